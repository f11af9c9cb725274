import { createHash } from 'node:crypto'

import { handleEndpoints, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import type { BaseDocs } from './helpers/samples'
import { startPreviewPublisher, type PreviewPublisher } from './helpers/previewPublisher'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let publisher: PreviewPublisher
let stop: () => Promise<void>
let config: Parameters<typeof handleEndpoints>[0]['config']
const tokens: Partial<Record<StaffActor, string>> = {}
let articleId: string
let otherArticleId: string

beforeAll(async () => {
  publisher = await startPreviewPublisher()
  vi.stubEnv('PUBLISHER_URL', publisher.url)
  vi.stubEnv('SITE_WEBHOOK_SECRET', 'publisher-secret-for-link-tests')
  vi.stubEnv('SITE_WEBHOOK_URL', undefined)
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  const { STAFF_PASSWORD } = await import('./helpers/staff')
  config = (await import('../src/payload.config')).default
  ;({ payload, staff, base } = await startNewsroom())
  stop = () => stopTestPayload(payload)
  for (const actor of ['journalist', 'editor'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: staff[actor].email, password: STAFF_PASSWORD },
    })
    tokens[actor] = token
  }
  const draft = (lead: string) =>
    payload.create({
      collection: 'articles',
      data: {
        title: `Granskas ${lead}`,
        type: 'nyhet',
        category: base.categoryId,
        authors: [base.authorId],
        lead,
      } as never,
      draft: true,
      overrideAccess: true,
    })
  articleId = (await draft('Källan läser detta.')).id
  otherArticleId = (await draft('En annan artikel.')).id
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await publisher?.close()
})

async function call(
  method: string,
  path: string,
  { actor, body }: { actor?: StaffActor; body?: unknown } = {},
) {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: {
        ...(actor ? { Authorization: `JWT ${tokens[actor]}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // An HTML page.
  }
  return { status: response.status, headers: response.headers, text, json }
}

interface CreatedLink {
  id: string
  token: string
  url: string
  expiresAt: string
  tokenHash?: string
}

async function createLink(data: Record<string, unknown> = { article: articleId }) {
  const answer = await call('POST', '/preview-links', { actor: 'editor', body: data })
  expect(answer.status, answer.text).toBe(201)
  return (answer.json as { doc: CreatedLink }).doc
}

const view = (token: string) =>
  call('GET', `/preview-links/view?token=${encodeURIComponent(token)}`)

describe('making a fact-check link', () => {
  it('gives the editor the token once, in a link, valid for 48 hours', async () => {
    const before = Date.now()
    const link = await createLink()
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.url).toBe(`http://localhost:3000/api/preview-links/view?token=${link.token}`)
    expect(link.tokenHash).toBeUndefined()
    const hours = (new Date(link.expiresAt).getTime() - before) / 3_600_000
    expect(hours).toBeGreaterThan(47.9)
    expect(hours).toBeLessThan(48.1)
    const read = await call('GET', `/preview-links/${link.id}`, { actor: 'editor' })
    expect(read.status).toBe(200)
    expect(read.json.token).toBeUndefined()
    expect(read.json.tokenHash).toBeUndefined()
    expect(read.json.createdBy).toMatchObject({ id: staff.editor.id })
  })

  it('stores only a hash of the token', async () => {
    const link = await createLink()
    const row = await payload.db.findOne<Record<string, unknown> & { id: string }>({
      collection: 'preview-links',
      where: { id: { equals: link.id } },
    })
    expect(row?.tokenHash).toBe(createHash('sha256').update(link.token).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(link.token)
  })

  it('refuses an expiry in the past or more than 30 days ahead, naming the field', async () => {
    for (const expiresAt of [
      new Date(Date.now() - 60_000).toISOString(),
      new Date(Date.now() + 31 * 24 * 3_600_000).toISOString(),
    ]) {
      const answer = await call('POST', '/preview-links', {
        actor: 'editor',
        body: { article: articleId, expiresAt },
      })
      expect(answer.status).toBe(400)
      expect(answer.text).toMatch(/expiresAt/)
    }
  })

  it('is for editors only', async () => {
    for (const actor of ['journalist', undefined] as const) {
      const answer = await call('POST', '/preview-links', {
        actor,
        body: { article: articleId },
      })
      expect([401, 403]).toContain(answer.status)
      const list = await call('GET', '/preview-links', { actor })
      expect([401, 403]).toContain(list.status)
    }
    expect(
      await payload.count({
        collection: 'preview-links',
        where: { createdBy: { equals: staff.journalist.id } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })
})

describe('opening a fact-check link', () => {
  it('shows the article’s preview without logging in, read-only, never framed or indexed', async () => {
    const link = await createLink()
    const answer = await view(link.token)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('Källan läser detta.')
    expect(answer.text).toContain('Förhandsvisning för faktagranskning – inte publicerad')
    expect(answer.text).not.toContain('Tillbaka till redigeringen')
    expect(answer.text).not.toContain('/admin')
    expect(answer.text).not.toContain('<script>')
    const policy = answer.headers.get('content-security-policy')!
    expect(policy).toContain("script-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(answer.headers.get('x-frame-options')).toBe('DENY')
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('x-robots-tag')).toBe('noindex')
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('renders only the link’s own article, whatever else the URL says', async () => {
    const link = await createLink()
    const answer = await call(
      'GET',
      `/preview-links/view?token=${link.token}&id=${otherArticleId}&article=${otherArticleId}`,
    )
    expect(answer.status).toBe(200)
    expect(publisher.calls.at(-1)!.body.article.id).toBe(articleId)
    expect(answer.text).not.toContain('En annan artikel.')
    // Nor can the link be pointed at another article afterwards.
    await call('PATCH', `/preview-links/${link.id}`, {
      actor: 'editor',
      body: { article: otherArticleId },
    })
    await view(link.token)
    expect(publisher.calls.at(-1)!.body.article.id).toBe(articleId)
  })

  it('answers an unknown, a malformed and a missing token alike, asking the publisher nothing', async () => {
    const before = publisher.calls.length
    const unknown = await view('A'.repeat(43))
    const malformed = await view('inte-en-nyckel')
    expect(unknown.status).toBe(404)
    expect(malformed.status).toBe(404)
    expect(malformed.text).toBe(unknown.text)
    expect(unknown.text).toContain('Länken gäller inte')
    const missing = await call('GET', '/preview-links/view')
    expect(missing.status).toBe(400)
    expect(missing.text).toContain('(token)')
    expect(publisher.calls).toHaveLength(before)
  })

  it('stops working once revoked, for good', async () => {
    const link = await createLink()
    expect((await view(link.token)).status).toBe(200)
    const revoked = await call('PATCH', `/preview-links/${link.id}`, {
      actor: 'editor',
      body: { revokedAt: new Date().toISOString() },
    })
    expect(revoked.status).toBe(200)
    const gone = await view(link.token)
    expect(gone.status).toBe(404)
    expect(gone.text).toBe((await view('A'.repeat(43))).text)
    await call('PATCH', `/preview-links/${link.id}`, {
      actor: 'editor',
      body: { revokedAt: null },
    })
    expect((await view(link.token)).status).toBe(404)
  })

  it('stops working once expired', async () => {
    const link = await createLink()
    expect((await view(link.token)).status).toBe(200)
    await payload.db.updateOne({
      collection: 'preview-links',
      id: link.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await view(link.token)).status).toBe(404)
  })

  it('stops working when its article is deleted', async () => {
    const doomed = await payload.create({
      collection: 'articles',
      data: {
        title: 'Strax borta',
        type: 'nyhet',
        category: base.categoryId,
        authors: [base.authorId],
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const link = await createLink({ article: doomed.id })
    await payload.delete({ collection: 'articles', id: doomed.id, overrideAccess: true })
    expect((await view(link.token)).status).toBe(404)
  })
})
