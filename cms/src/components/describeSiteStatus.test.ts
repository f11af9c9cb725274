import type { PublisherStatus } from '@redaktion/content-schemas/siteWebhook'
import { describe, expect, it } from 'vitest'

import { describeSiteStatus, formatSwedishTime } from './describeSiteStatus'

const idle: PublisherStatus = {
  state: 'idle',
  pending: { changes: 0, deliveries: [] },
  building: null,
  retry: null,
  lastRelease: {
    id: 'r1',
    finishedAt: '2026-11-23T16:40:00Z',
    durationMs: 4200,
    changes: 3,
  },
  lastError: null,
  builds: 7,
}
const answer = (status: PublisherStatus) =>
  ({ isConfigured: true, isReachable: true, status }) as const

describe('describeSiteStatus', () => {
  it('gives the last publish time in Swedish, Stockholm time', () => {
    expect(formatSwedishTime('2026-11-23T16:40:00Z')).toBe('23 november 2026 kl. 17:40')
    const view = describeSiteStatus(answer(idle))
    expect(view.headline).toBe('Webbplatsen är uppdaterad.')
    expect(view.facts[0]).toEqual({
      label: 'Senast publicerad',
      value: '23 november 2026 kl. 17:40 (3 ändringar, bygget tog 4,2 s)',
    })
  })

  it('says when a build runs and how much waits', () => {
    const view = describeSiteStatus(
      answer({
        ...idle,
        state: 'building',
        pending: { changes: 1, deliveries: ['d0'] },
        building: { startedAt: '2026-11-23T16:41:00Z', changes: 2 },
      }),
    )
    expect(view.tone).toBe('working')
    expect(view.facts.map((fact) => fact.label)).toEqual([
      'Senast publicerad',
      'Bygger nu',
      'Väntar',
    ])
    expect(view.facts[2]!.value).toBe('1 ändring')
  })

  it('warns when the newest build failed, saying the last good release still serves', () => {
    const view = describeSiteStatus(
      answer({
        ...idle,
        lastError: { message: 'astro build exited 1', at: '2026-11-23T16:45:00Z' },
      }),
    )
    expect(view.tone).toBe('problem')
    expect(view.headline).toMatch(/fortfarande den senaste lyckade versionen/)
    expect(view.facts.at(-1)!.value).toBe('23 november 2026 kl. 17:45: astro build exited 1')
  })

  it('says when a failed build is tried again, and which try it is', () => {
    const failed = {
      ...idle,
      pending: { changes: 2, deliveries: ['d0', 'd1'] },
      lastError: { message: 'astro build exited 1', at: '2026-11-23T16:45:00Z' },
    }
    const waiting = describeSiteStatus(
      answer({
        ...failed,
        state: 'retry',
        retry: { attempt: 2, attempts: 6, at: '2026-11-23T16:45:10Z' },
      }),
    )
    expect(waiting.tone).toBe('problem')
    expect(waiting.headline).toBe(
      'Senaste bygget misslyckades och görs om automatiskt. Webbplatsen visar fortfarande den senaste lyckade versionen.',
    )
    expect(waiting.facts.map((fact) => fact.label)).toEqual([
      'Senast publicerad',
      'Väntar',
      'Nytt försök',
      'Senaste fel',
    ])
    expect(waiting.facts[2]!.value).toBe('kl. 17:45:10 (försök 2 av 6)')

    const trying = describeSiteStatus(
      answer({
        ...failed,
        state: 'building',
        pending: { changes: 0, deliveries: [] },
        building: { startedAt: '2026-11-23T16:45:10Z', changes: 2 },
        retry: { attempt: 2, attempts: 6, at: '2026-11-23T16:45:10Z' },
      }),
    )
    expect(trying.tone).toBe('working')
    expect(trying.facts.find((fact) => fact.label === 'Nytt försök')?.value).toBe(
      'pågår (försök 2 av 6)',
    )
  })

  it('says that changes wait for a publish or "Bygg om nu" once the retries are used up', () => {
    const view = describeSiteStatus(
      answer({
        ...idle,
        pending: { changes: 1, deliveries: ['d0'] },
        lastError: { message: 'astro build exited 1', at: '2026-11-23T16:50:00Z' },
      }),
    )
    expect(view.tone).toBe('problem')
    expect(view.headline).toContain(
      'ändringarna byggs vid nästa publicering eller med ”Bygg om nu”',
    )
  })

  it('passes on why the status cannot be shown', () => {
    const view = describeSiteStatus({ isConfigured: false, message: 'Inte inställd.' })
    expect(view).toEqual({ headline: 'Inte inställd.', tone: 'problem', facts: [] })
  })
})
