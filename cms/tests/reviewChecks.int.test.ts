import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { body, heading, link, paragraph } from '../src/reviewChecks/testing/lexicalBody'
import type { StaffActor } from './helpers/accessMatrix'
import type { BaseDocs } from './helpers/samples'
import type { EndpointAnswer } from './helpers/submissionClient'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let stop: () => Promise<void>
let call: (path: string, init?: RequestInit) => Promise<EndpointAnswer>
const tokens: Partial<Record<StaffActor, string>> = {}

beforeAll(async () => {
  vi.stubEnv('SITE_WEBHOOK_URL', undefined)
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  const { STAFF_PASSWORD } = await import('./helpers/staff')
  ;({ callApi: call } = await import('./helpers/submissionClient'))
  ;({ payload, staff, base } = await startNewsroom())
  stop = () => stopTestPayload(payload)
  for (const actor of ['editor', 'journalist'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: staff[actor].email, password: STAFF_PASSWORD },
    })
    tokens[actor] = token
  }
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
})

const as = (actor: 'editor' | 'journalist' | 'anonymous'): RequestInit => ({
  headers: actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens[actor]}` },
})
const reviewChecks = (id: string, actor: 'editor' | 'journalist' | 'anonymous' = 'journalist') =>
  call(`/articles/${id}/review-checks`, as(actor))

describe('GET /api/articles/:id/review-checks', () => {
  it('refuses anonymous visitors', async () => {
    const answer = await reviewChecks(base.articleId, 'anonymous')
    expect(answer.status).toBe(401)
    expect(answer.body.message).toMatch(/inte inloggad/)
  })

  it('refuses a malformed id naming the field, and answers 404 for an unknown one', async () => {
    const malformed = await reviewChecks('1%20OR%201')
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toMatch(/^Fältet id/)
    const unknown = await reviewChecks('00000000-0000-4000-8000-000000000000')
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toMatch(/finns inte/)
  })

  it('checks the newest draft (an autosave over the published version), not the published one', async () => {
    await payload.update({
      collection: 'articles',
      id: base.articleId,
      data: {
        lead: null,
        body: body(
          heading('h3', 'Bakgrund'),
          paragraph('Läs ', link('http://myndigheten.example/rapport', 'rapporten'), '.'),
        ),
      } as never,
      draft: true,
      autosave: true,
      overrideAccess: true,
    })
    const answer = await reviewChecks(base.articleId)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const findings = answer.body.findings as { check: string; message: string }[]
    expect(findings.map((finding) => finding.check)).toEqual(
      expect.arrayContaining(['lead', 'heading-levels', 'insecure-link']),
    )
    expect(findings.find((finding) => finding.check === 'insecure-link')!.message).toContain(
      'http://myndigheten.example/rapport',
    )
    // The published version is untouched: the checks read the draft only.
    const published = await payload.findByID({
      collection: 'articles',
      id: base.articleId,
      draft: false,
      overrideAccess: true,
    })
    expect(published.body ?? null).toBeNull()
  })
})
