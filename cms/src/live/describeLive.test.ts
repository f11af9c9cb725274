import type { DocumentLive } from '@redaktion/content-schemas/preview'
import { describe, expect, it } from 'vitest'

import { describeLive, formatSeconds, liveCellLabel } from './describeLive'
import type { ArticleLiveStatus } from './liveStatus'

const URL = 'http://localhost:4321/artikel/en-rubrik/'
const PUBLISHED_AT = '2026-12-02T13:02:00.600Z'
const NOW = new Date('2026-12-02T13:02:10Z')

const record = (overrides: Partial<DocumentLive>): DocumentLive => ({
  id: 'a1',
  state: 'live',
  changedAt: '2026-12-02T13:02:00.650Z',
  liveAt: '2026-12-02T13:02:03.050Z',
  releaseId: 'r9',
  error: null,
  ...overrides,
})
const published = (live: DocumentLive | null): ArticleLiveStatus => ({
  id: 'a1',
  isPublished: true,
  publishedVersionAt: PUBLISHED_AT,
  url: URL,
  live,
})

describe('describeLive', () => {
  it('says when the page went live, Stockholm time, and how long after the publish', () => {
    const view = describeLive({ status: published(record({})), problem: null, now: NOW })
    expect(view).toEqual({
      tone: 'ok',
      text: 'Live på webbplatsen kl. 14:02:03 (2,4 s efter publicering)',
      url: URL,
    })
  })

  it('names the day when the page went live on another day', () => {
    const view = describeLive({
      status: published(record({})),
      problem: null,
      now: new Date('2026-12-05T09:00:00Z'),
    })
    expect(view?.text).toBe(
      'Live på webbplatsen den 2 december kl. 14:02:03 (2,4 s efter publicering)',
    )
  })

  it('says "Publiceras…" while the change waits or builds', () => {
    for (const state of ['pending', 'building'] as const) {
      const view = describeLive({
        status: published(record({ state, liveAt: null })),
        problem: null,
        now: NOW,
      })
      expect(view).toEqual({ tone: 'working', text: 'Publiceras…', url: URL })
    }
  })

  it('treats the previous publish’s record as the new one on its way', () => {
    const previous = record({ changedAt: '2026-12-01T08:00:00Z', liveAt: '2026-12-01T08:00:02Z' })
    expect(describeLive({ status: published(previous), problem: null, now: NOW })?.tone).toBe(
      'working',
    )
    expect(describeLive({ status: published(null), problem: null, now: NOW })?.text).toBe(
      'Publiceras…',
    )
    // Long after the publish, a record that is still the previous one is a problem to name.
    const later = describeLive({
      status: published(previous),
      problem: null,
      now: new Date('2026-12-02T14:00:00Z'),
    })
    expect(later?.tone).toBe('problem')
    expect(later?.text).toMatch(/har inte nått publiceringstjänsten/)
  })

  it('passes on the build’s error when the release failed', () => {
    const view = describeLive({
      status: published(
        record({ state: 'failed', liveAt: null, error: 'Bygget av artikelsidan avbröts' }),
      ),
      problem: null,
      now: NOW,
    })
    expect(view?.tone).toBe('problem')
    expect(view?.text).toBe(
      'Publiceringen misslyckades. Bygget av artikelsidan avbröts. Webbplatsen visar fortfarande den tidigare versionen; bygget görs om automatiskt.',
    )
  })

  it('says nothing for an article that is not published', () => {
    const draft: ArticleLiveStatus = {
      id: 'a2',
      isPublished: false,
      publishedVersionAt: null,
      url: null,
      live: null,
    }
    expect(describeLive({ status: draft, problem: 'Svarar inte', now: NOW })).toBeNull()
  })

  it('passes on why the publisher could not be asked', () => {
    const view = describeLive({
      status: published(null),
      problem: 'Publiceringstjänsten svarar inte just nu.',
      now: NOW,
    })
    expect(view).toEqual({
      tone: 'unknown',
      text: 'Publiceringstjänsten svarar inte just nu.',
      url: URL,
    })
  })

  it('writes seconds with one decimal and a decimal comma', () => {
    expect(formatSeconds(2400)).toBe('2,4 s')
    expect(formatSeconds(12_049)).toBe('12,0 s')
    expect(formatSeconds(-30)).toBe('0,0 s')
  })

  it('gives the list column a short word: only a failed or lost publish is “Inte live”', () => {
    const label = (live: DocumentLive | null, problem: string | null = null) =>
      liveCellLabel(describeLive({ status: published(live), problem, now: NOW })!)
    expect(label(record({}))).toBe('Live')
    expect(label(record({ state: 'building', liveAt: null }))).toBe('Publiceras…')
    expect(label(record({ state: 'failed', liveAt: null, error: 'Fel' }))).toBe('Inte live')
    expect(label(null, 'Svarar inte')).toBe('Okänt')
  })
})
