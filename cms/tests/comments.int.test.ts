import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { countInbox } from '../src/components/countInbox'
import type { StaffActor } from './helpers/accessMatrix'
import { readMailFolder } from './helpers/readEml'
import { runMailJobs } from './helpers/registrationEvents'
import { articleData, type BaseDocs } from './helpers/samples'
import { queuedDeliveries } from './helpers/siteDeliveries'
import { formBody, postSubmission, solvedCaptcha, validFields } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

// Deliveries are queued only with a webhook address; RUN_JOBS=false keeps them from leaving.
vi.hoisted(() => {
  process.env.SITE_WEBHOOK_URL = 'http://127.0.0.1:9/hook'
})

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs

beforeAll(async () => {
  const { startNewsroom } = await import('./helpers/newsroom')
  ;({ payload, staff, base } = await startNewsroom())
})
afterAll(async () => {
  await stopTestPayload(payload)
  delete process.env.SITE_WEBHOOK_URL
})

const as = (actor: StaffActor) => ({
  overrideAccess: false,
  depth: 0,
  user: { ...staff[actor], collection: 'users' as const },
})

async function publishedArticle(type: string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    data: { ...articleData(base, 'published'), type, ...extra } as never,
    context: { skipSiteWebhook: true },
  })
}

async function comment(articleId: string, text = 'Jag håller med, men vem betalar?') {
  const fields = { ...validFields('comment', articleId), text }
  const answer = await postSubmission(
    'comment',
    formBody({ ...fields, altcha: await solvedCaptcha() }),
  )
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  const { docs } = await payload.find({
    collection: 'comments',
    where: { reference: { equals: String(answer.body.reference) } },
    depth: 0,
  })
  return { answer, doc: docs[0]! }
}

/** The deliveries queued since `before`, as the slugs of the pages they change. */
async function deliveredSlugsSince(before: number): Promise<string[][]> {
  const jobs = await queuedDeliveries(payload)
  return jobs.slice(before).map((job) => job.input.slugs)
}

describe('comments open', () => {
  it('by default on debate pieces and replies, not on news; an editor may close them', async () => {
    expect((await publishedArticle('debatt')).commentsOpen).toBe(true)
    expect((await publishedArticle('replik')).commentsOpen).toBe(true)
    expect((await publishedArticle('nyhet')).commentsOpen).toBe(false)
    const closed = await publishedArticle('debatt', { commentsOpen: false })
    expect(closed.commentsOpen).toBe(false)
  })

  it('are the editors’ to change: a journalist’s draft takes the default of its type', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { ...articleData(base, 'draft'), type: 'nyhet', commentsOpen: true } as never,
      draft: true,
      ...as('journalist'),
    })
    expect(draft.commentsOpen).toBe(false)
  })
})

describe('a reader’s comment', () => {
  it('is stored pending with the receipt’s message, and the news desk hears only the article title', async () => {
    const article = await publishedArticle('debatt', { title: 'Låt tilliten växa' })
    const { answer, doc } = await comment(String(article.id), 'Hemlig åsikt om tilliten.')
    expect(answer.body.reference).toMatch(/^K-/)
    expect(answer.body.message).toBe('Tack! Din kommentar visas när redaktionen har godkänt den.')
    expect(doc).toMatchObject({ status: 'pending', name: 'Maja Läsare', email: 'maja@example.se' })
    expect(doc.moderatedAt ?? null).toBeNull()
    await runMailJobs(payload)
    const mail = readMailFolder(process.env.DATA_DIR!).find((sent) =>
      sent.headers.subject?.endsWith(String(answer.body.reference)),
    )
    expect(mail?.text).toContain('Gäller artikeln: Låt tilliten växa')
    expect(mail?.text).not.toMatch(/Hemlig|Maja|maja@example/)
  })

  it('is refused on an article whose comments are closed, naming the article', async () => {
    const article = await publishedArticle('debatt', { commentsOpen: false })
    const fields = validFields('comment', String(article.id))
    const answer = await postSubmission(
      'comment',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { field: 'article', message: 'Artikeln tar inte emot kommentarer.' },
    ])
  })
})

describe('moderation', () => {
  it('publishes on approval and withdraws on rejection, rebuilding the article each time', async () => {
    const article = await publishedArticle('debatt')
    const { doc } = await comment(String(article.id))
    const start = (await queuedDeliveries(payload)).length
    // A pending comment is nowhere on the site: editing it announces nothing.
    await payload.update({
      collection: 'comments',
      id: doc.id,
      data: { text: 'Rättad stavning.' },
      ...as('editor'),
    })
    expect(await deliveredSlugsSince(start)).toEqual([])

    const approved = await payload.update({
      collection: 'comments',
      id: doc.id,
      data: { status: 'approved' },
      ...as('editor'),
    })
    expect(approved.moderatedAt).toEqual(expect.any(String))
    expect(approved.moderatedBy).toBe(staff.editor.id)
    expect(await deliveredSlugsSince(start)).toEqual([[article.slug]])

    await payload.update({
      collection: 'comments',
      id: doc.id,
      data: { status: 'rejected' },
      ...as('editor'),
    })
    const jobs = await queuedDeliveries(payload)
    expect(
      jobs.slice(start).map((job) => [job.input.event, job.input.collection, job.input.ids]),
    ).toEqual([
      ['publish', 'comments', [String(doc.id)]],
      ['unpublish', 'comments', [String(doc.id)]],
    ])
  })

  it('is the editors’: a journalist can neither approve nor see the e-mail address', async () => {
    const article = await publishedArticle('debatt')
    const { doc } = await comment(String(article.id))
    const read = await payload.findByID({ collection: 'comments', id: doc.id, ...as('journalist') })
    expect(read.email).toBeUndefined()
    await expect(
      payload.update({
        collection: 'comments',
        id: doc.id,
        data: { status: 'approved' },
        ...as('journalist'),
      }),
    ).rejects.toThrow()
    const after = await payload.findByID({ collection: 'comments', id: doc.id, depth: 0 })
    expect(after.status).toBe('pending')
  })

  it('starts a comment pending unless an editor decides: a journalist cannot create it approved', async () => {
    const create = (actor: StaffActor) =>
      payload.create({
        collection: 'comments',
        data: {
          article: base.articleId,
          name: 'Redaktionen',
          text: 'Test.',
          status: 'approved',
        } as never,
        ...as(actor),
      })
    expect((await create('journalist')).status).toBe('pending')
    const byEditor = await create('editor')
    expect(byEditor).toMatchObject({ status: 'approved', moderatedBy: staff.editor.id })
  })

  it('counts what waits on the dashboard, "N kommentarer väntar", linking to the filtered list', async () => {
    const pending = async () =>
      (await countInbox({ payload, user: staff.editor })).find(
        (card) => card.collection === 'comments',
      )!
    const before = await pending()
    const article = await publishedArticle('debatt')
    const { doc } = await comment(String(article.id))
    const after = await pending()
    expect(after.total).toBe(before.total + 1)
    expect(after.title).toBe(
      `${after.total} ${after.total === 1 ? 'kommentar' : 'kommentarer'} väntar`,
    )
    expect(after.href).toBe('/admin/collections/comments?where%5Bstatus%5D%5Bequals%5D=pending')
    await payload.update({ collection: 'comments', id: doc.id, data: { status: 'approved' } })
    expect((await pending()).total).toBe(before.total)
  })
})
