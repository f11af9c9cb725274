import { createHash } from 'node:crypto'

import { verifySiteRequest } from '@redaktion/content-schemas/siteWebhook'
import { handleEndpoints, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import type { BaseDocs } from './helpers/samples'
import { startPreviewPublisher, type PreviewPublisher } from './helpers/previewPublisher'

const SECRET = 'publisher-secret-for-preview-tests'
const SITE = 'http://localhost:4321'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let publisher: PreviewPublisher
let stop: () => Promise<void>
let config: Parameters<typeof handleEndpoints>[0]['config']
let removePreviewAdditions: (html: string) => string
let stockholmTime: (at: Date) => string
const tokens: Partial<Record<StaffActor | 'otherJournalist', string>> = {}
let otherJournalist: TypedUser

beforeAll(async () => {
  publisher = await startPreviewPublisher()
  vi.stubEnv('PUBLISHER_URL', publisher.url)
  vi.stubEnv('SITE_WEBHOOK_SECRET', SECRET)
  vi.stubEnv('SITE_WEBHOOK_URL', undefined)
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  const { STAFF_PASSWORD } = await import('./helpers/staff')
  config = (await import('../src/payload.config')).default
  ;({ removePreviewAdditions } = await import('../src/preview/previewPage'))
  ;({ stockholmTime } = await import('../src/preview/stockholmTime'))
  ;({ payload, staff, base } = await startNewsroom())
  stop = () => stopTestPayload(payload)
  otherJournalist = await payload.create({
    collection: 'users',
    data: {
      email: 'annan@test.example',
      password: STAFF_PASSWORD,
      name: 'Annan',
      role: 'journalist',
    },
    overrideAccess: true,
  })
  for (const [actor, user] of [
    ['journalist', staff.journalist],
    ['editor', staff.editor],
    ['otherJournalist', otherJournalist],
  ] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: STAFF_PASSWORD },
    })
    tokens[actor] = token
  }
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await publisher?.close()
})

async function preview(id: string, actor?: keyof typeof tokens) {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/articles/${id}/preview`, {
      headers: actor ? { Authorization: `JWT ${tokens[actor]}` } : {},
    }),
  })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

async function draftBy(user: TypedUser, lead: string) {
  return payload.create({
    collection: 'articles',
    data: {
      title: `Utkast om tillitsreformen ${Math.random().toString(36).slice(2, 8)}`,
      type: 'nyhet',
      category: base.categoryId,
      authors: [base.authorId],
      lead,
    } as never,
    draft: true,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
  })
}

function expectPrivatePage(headers: Headers) {
  expect(headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(headers.get('cache-control')).toBe('no-store')
  expect(headers.get('x-robots-tag')).toBe('noindex')
  expect(headers.get('content-security-policy')).toMatch(/^default-src 'none'; /)
}

describe('GET /api/articles/:id/preview: who may look', () => {
  it('answers 401 with a Swedish page to anyone not logged in, and asks the publisher nothing', async () => {
    const before = publisher.calls.length
    const answer = await preview(base.articleId)
    expect(answer.status).toBe(401)
    expectPrivatePage(answer.headers)
    expect(answer.html).toContain('Logga in för att förhandsgranska')
    expect(publisher.calls).toHaveLength(before)
  })

  it('answers 404 for an article that does not exist or an id that cannot be one', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', '1e400', 'finns-inte']) {
      const answer = await preview(id, 'journalist')
      expect(answer.status).toBe(404)
      expectPrivatePage(answer.headers)
      expect(answer.html).toContain('Artikeln finns inte')
    }
  })

  it('shows a journalist their own draft', async () => {
    const draft = await draftBy(staff.journalist, 'Egen ingress.')
    const answer = await preview(draft.id, 'journalist')
    expect(answer.status).toBe(200)
    expect(answer.html).toContain('Egen ingress.')
  })

  it('shows another journalist’s draft too: the newsroom reads every article (publishedOrStaff)', async () => {
    const draft = await draftBy(otherJournalist, 'Kollegans ingress.')
    const answer = await preview(draft.id, 'journalist')
    expect(answer.status).toBe(200)
    expect(answer.html).toContain('Kollegans ingress.')
  })
})

describe('GET /api/articles/:id/preview: the page', () => {
  let html: string
  let headers: Headers
  let draftId: string
  let savedAt: string

  beforeAll(async () => {
    const draft = await draftBy(staff.journalist, 'Första ingressen.')
    draftId = draft.id
    // An autosave, never saved with a button: the preview renders it.
    const autosaved = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { lead: 'Autosparad ingress.' } as never,
      draft: true,
      autosave: true,
      overrideAccess: false,
      user: { ...staff.journalist, collection: 'users' },
    })
    savedAt = autosaved.updatedAt
    const answer = await preview(draft.id, 'journalist')
    expect(answer.status).toBe(200)
    ;({ html, headers } = answer)
  })

  it('sends the newest draft at depth 0 and when it was saved to the publisher, signed', () => {
    const call = publisher.calls.at(-1)!
    expect(call.path).toBe('/preview')
    expect(call.body.article).toMatchObject({ id: draftId, lead: 'Autosparad ingress.' })
    expect(call.body.article.category).toBe(base.categoryId)
    expect(call.body.savedAt).toBe(savedAt)
    expect(
      verifySiteRequest({
        secret: SECRET,
        method: 'POST',
        target: '/preview',
        timestamp: call.headers['x-redaktion-timestamp'] as string,
        signature: call.headers['x-redaktion-signature'] as string,
        rawBody: call.rawBody,
      }),
    ).toBe('valid')
  })

  it('is the publisher’s page exactly, once the delimited additions are removed', () => {
    expect(removePreviewAdditions(html)).toBe(publisher.pageFor(publisher.calls.at(-1)!.body))
  })

  it('carries the strip with the save time in Stockholm time and a link back to the editor', () => {
    const strip = /<div id="redaktion-preview-strip"[\s\S]*?<\/div>/.exec(html)![0]
    const text = strip.replace(/<[^>]+>/g, '')
    expect(text).toContain(
      `Förhandsvisning – inte publicerad · senast sparad ${stockholmTime(new Date(savedAt))}`,
    )
    expect(strip).toContain(`href="http://localhost:3000/admin/collections/articles/${draftId}"`)
  })

  it('is never indexed or cached, and loads the site’s assets through a <base>', () => {
    expectPrivatePage(headers)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toContain(`<base href="${SITE}/">`)
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('allows the site’s CSS, fonts and images and exactly one script, its own', () => {
    const policy = headers.get('content-security-policy')!
    expect(policy).toContain(`style-src ${SITE} 'unsafe-inline'`)
    expect(policy).toContain(`img-src ${SITE} 'self' data:`)
    expect(policy).toContain(`font-src ${SITE}`)
    expect(policy).toContain(`base-uri ${SITE}`)
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("form-action 'none'")
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)
    expect(scripts).toHaveLength(1)
    const hash = createHash('sha256').update(scripts[0]!).digest('base64')
    expect(policy).toContain(`script-src 'sha256-${hash}';`)
  })

  it('carries in its strip the draft updatedAt its live-refresh script polls for, over REST', async () => {
    const shown = /<div id="redaktion-preview-strip"[\s\S]*?<time datetime="([^"]+)"/.exec(
      html,
    )![1]!
    const query = 'draft=true&depth=0&select[updatedAt]=true'
    const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)][0]![1]!
    expect(script).toContain(`'?${query}'`)
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/articles/${draftId}?${query}`, {
        headers: { Authorization: `JWT ${tokens.journalist}` },
      }),
    })
    expect(response.status).toBe(200)
    const { updatedAt } = (await response.json()) as { updatedAt: string }
    expect(Date.parse(updatedAt)).toBe(Date.parse(shown))
  })
})

describe('GET /api/articles/:id/preview: when the publisher cannot help', () => {
  it('passes on a refusal in Swedish as 502', async () => {
    publisher.answerNext({ status: 422, body: { message: 'Artikeln saknar kategori.' } })
    const answer = await preview(base.articleId, 'editor')
    expect(answer.status).toBe(502)
    expectPrivatePage(answer.headers)
    expect(answer.html).toContain('Förhandsvisningen kunde inte göras. Artikeln saknar kategori.')
  })

  it('names the secret when the publisher does not accept the signature', async () => {
    publisher.answerNext({ status: 401, body: { message: 'unsigned' } })
    const answer = await preview(base.articleId, 'editor')
    expect(answer.status).toBe(502)
    expect(answer.html).toContain('SITE_WEBHOOK_SECRET')
  })

  it('answers 502 to an answer outside the contract', async () => {
    publisher.answerNext({ status: 200, body: { html: 42 } })
    expect((await preview(base.articleId, 'editor')).status).toBe(502)
    publisher.answerNext({
      status: 200,
      body: { html: '<p>ingen sida</p>', path: '/', renderMs: 1, notes: [] },
    })
    expect((await preview(base.articleId, 'editor')).status).toBe(502)
  })

  it('answers 503 while the publisher is down', async () => {
    await publisher.close()
    const answer = await preview(base.articleId, 'editor')
    expect(answer.status).toBe(503)
    expectPrivatePage(answer.headers)
    expect(answer.html).toContain('Publiceringstjänsten svarar inte just nu')
  })

  it('answers 503 where no publisher is configured', async () => {
    const { requestPreview } = await import('../src/preview/requestPreview')
    const outcome = await requestPreview(
      { publisherUrl: undefined },
      { article: { id: 'a' }, savedAt: new Date().toISOString() },
      { warn: () => {} },
    )
    expect(outcome).toMatchObject({ isRendered: false, status: 503 })
    expect(outcome.isRendered || outcome.message).toMatch(/PUBLISHER_URL saknas/)
  })
})
