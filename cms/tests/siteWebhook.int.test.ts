import type { Article } from '@redaktion/content-schemas/payload-types'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { releaseStuckDeliveries } from '../src/jobs/releaseStuckDeliveries'
import { verifySiteRequest } from '@redaktion/content-schemas/siteWebhook'
import {
  type SiteDeliveryRunner,
  startSiteDeliveryRunner,
} from '../src/siteWebhook/siteDeliveryRunner'
import { queueScheduledPublish } from '../src/utilities/queueScheduledPublish'
import type { StaffActor } from './helpers/accessMatrix'
import type { BaseDocs } from './helpers/samples'
import { queuedDeliveries, runDeliveries } from './helpers/siteDeliveries'
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhookReceiver'

const SECRET = 'site-webhook-secret-for-tests'

let payload: Payload
let base: BaseDocs
let staff: Record<StaffActor, TypedUser>
let receiver: WebhookReceiver
let stop: () => Promise<void>

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  // The CMS config reads the environment when it is first imported: set it, then import.
  vi.stubEnv('SITE_WEBHOOK_URL', `${receiver.url}/hook`)
  vi.stubEnv('SITE_WEBHOOK_SECRET', SECRET)
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  ;({ payload, base, staff } = await startNewsroom())
  stop = () => stopTestPayload(payload)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await receiver?.close()
})
beforeEach(async () => {
  await runDeliveries(payload)
  receiver.received.length = 0
})

let counter = 0
const articleData = (extra: Record<string, unknown> = {}) => ({
  title: `Webbhookartikel ${++counter}`,
  slug: `webbhookartikel-${counter}`,
  type: 'nyhet',
  category: base.categoryId,
  authors: [base.authorId],
  ...extra,
})

const createDraft = () =>
  payload.create({
    collection: 'articles',
    data: articleData({ _status: 'draft' }) as never,
    draft: true,
    depth: 0,
  }) as Promise<Article>

const publish = (id: string, data: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'articles',
    id,
    data: { ...data, _status: 'published' } as never,
    depth: 0,
  }) as Promise<Article>

const createPublished = async () => {
  const article = await publish((await createDraft()).id)
  await runDeliveries(payload)
  receiver.received.length = 0
  return article
}

const events = async () =>
  (await queuedDeliveries(payload)).map(({ input }) => ({
    event: input.event,
    collection: input.collection,
    ids: input.ids,
    slugs: input.slugs,
  }))

describe('site webhook deliveries', () => {
  it('publishing queues one job that delivers a signed body naming the article', async () => {
    const draft = await createDraft()
    expect(await queuedDeliveries(payload)).toHaveLength(0)
    const article = await publish(draft.id)

    const jobs = await queuedDeliveries(payload)
    expect(jobs).toHaveLength(1)
    await runDeliveries(payload)

    expect(receiver.received).toHaveLength(1)
    const [delivery] = receiver.received
    expect(delivery!.path).toBe('/hook')
    expect(delivery!.headers['content-type']).toBe('application/json')
    expect(delivery!.headers['x-redaktion-delivery']).toBe(jobs[0]!.input.deliveryId)
    expect(
      verifySiteRequest({
        secret: SECRET,
        method: 'POST',
        target: '/hook',
        timestamp: delivery!.headers['x-redaktion-timestamp'] as string,
        signature: delivery!.headers['x-redaktion-signature'] as string,
        rawBody: delivery!.rawBody,
      }),
    ).toBe('valid')
    expect(delivery!.body).toEqual({
      deliveryId: jobs[0]!.input.deliveryId,
      event: 'publish',
      collection: 'articles',
      ids: [String(article.id)],
      slugs: [article.slug],
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })

  it('queues nothing for drafts and autosaves of a never-published article', async () => {
    const draft = await createDraft()
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { lead: 'Utkast' } as never,
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { lead: 'Autosparat' } as never,
      draft: true,
      autosave: true,
    })
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })

  it('queues nothing for drafts and autosaves beside a published article', async () => {
    const article = await createPublished()
    for (const autosave of [false, true]) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { lead: `Ändring som inte är publicerad (${autosave})`, _status: 'draft' } as never,
        draft: true,
        autosave,
      })
    }
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })

  it('announces an edit of a published article as an update', async () => {
    const article = await createPublished()
    await publish(article.id, { lead: 'Ny ingress' })
    expect(await events()).toEqual([
      { event: 'update', collection: 'articles', ids: [String(article.id)], slugs: [article.slug] },
    ])
  })

  it('names the old and the new slug when a published slug changes', async () => {
    const article = await createPublished()
    await publish(article.id, { slug: `${article.slug}-ny` })
    expect(await events()).toContainEqual({
      event: 'update',
      collection: 'articles',
      ids: [String(article.id)],
      slugs: [`${article.slug}-ny`, article.slug],
    })
  })

  it('announces an unpublish, also while unpublished edits are pending', async () => {
    for (const hasPendingDraft of [false, true]) {
      const article = await createPublished()
      if (hasPendingDraft) {
        await payload.update({
          collection: 'articles',
          id: article.id,
          data: { lead: 'Väntande ändring', _status: 'draft' } as never,
          draft: true,
        })
      }
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'draft' } as never,
      })
      expect(await events()).toEqual([
        {
          event: 'unpublish',
          collection: 'articles',
          ids: [String(article.id)],
          slugs: [article.slug],
        },
      ])
      await runDeliveries(payload)
    }
  })

  it('announces the deletion of a published article but not of a draft', async () => {
    const article = await createPublished()
    await payload.delete({ collection: 'articles', id: article.id })
    const draft = await createDraft()
    await payload.delete({ collection: 'articles', id: draft.id })
    expect(await events()).toEqual([
      { event: 'delete', collection: 'articles', ids: [String(article.id)], slugs: [article.slug] },
    ])
  })

  it('announces a scheduled publish when the jobs runner publishes the article', async () => {
    const draft = await createDraft()
    await queueScheduledPublish(payload, {
      articleId: draft.id,
      userId: staff.editor.id,
      at: new Date(),
    })
    await payload.jobs.run({ where: { taskSlug: { equals: 'schedulePublish' } }, silent: true })
    expect(await events()).toEqual([
      { event: 'publish', collection: 'articles', ids: [String(draft.id)], slugs: [draft.slug] },
    ])
  })

  it('announces a correction notice when it is published and when it is withdrawn', async () => {
    const report = await payload.create({
      collection: 'corrections',
      data: { article: base.articleId, whatIsWrong: 'Fel år.' } as never,
      depth: 0,
    })
    expect(await queuedDeliveries(payload)).toHaveLength(0)
    const article = await payload.findByID({ collection: 'articles', id: base.articleId })
    await payload.update({
      collection: 'corrections',
      id: report.id,
      data: { status: 'corrected', notice: 'Rätt år är 2025.' } as never,
    })
    await payload.update({
      collection: 'corrections',
      id: report.id,
      data: { internalNotes: 'Klart.' } as never,
    })
    await payload.update({
      collection: 'corrections',
      id: report.id,
      data: { status: 'rejected' } as never,
    })
    const correction = {
      event: 'correction',
      collection: 'corrections',
      ids: [String(report.id)],
      slugs: [article.slug],
    }
    expect(await events()).toEqual([correction, correction])
  })

  it('announces a changed author as a dependency, with old and new slug', async () => {
    await payload.update({
      collection: 'authors',
      id: base.authorId,
      data: { slug: 'bas-skribent-ny' } as never,
    })
    expect(await events()).toEqual([
      {
        event: 'dependency',
        collection: 'authors',
        ids: [String(base.authorId)],
        slugs: ['bas-skribent-ny', 'bas-skribent'],
      },
    ])
  })

  it('queues nothing for a change made with the skipSiteWebhook context flag', async () => {
    await payload.create({
      collection: 'categories',
      data: { title: 'Tyst kategori' } as never,
      context: { skipSiteWebhook: true },
    })
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })

  it('retries a delivery the receiver answered with 500, then delivers it', async () => {
    receiver.answerNext(500)
    await publish((await createDraft()).id)
    const [job] = await queuedDeliveries(payload)
    const started = Date.now()
    await runDeliveries(payload)

    const [waiting] = await queuedDeliveries(payload)
    expect(waiting?.id).toBe(job!.id)
    expect(waiting?.hasError).toBeFalsy()
    expect(waiting?.totalTried).toBe(1)
    expect(Date.parse(waiting!.waitUntil!) - started).toBeGreaterThanOrEqual(4_000)

    await payload.jobs.runByID({ id: job!.id, silent: true })
    expect(receiver.received.map((request) => request.body.deliveryId)).toEqual([
      job!.input.deliveryId,
      job!.input.deliveryId,
    ])
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })

  it('sends again a delivery that a stopped CMS left marked as processing', async () => {
    await publish((await createDraft()).id)
    const [job] = await queuedDeliveries(payload)
    // The runner marks a job before sending it; the CMS is killed before it finishes.
    await payload.update({ collection: 'payload-jobs', id: job!.id, data: { processing: true } })
    await runDeliveries(payload)
    expect(receiver.received).toHaveLength(0)

    expect(await releaseStuckDeliveries(payload)).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(await releaseStuckDeliveries(payload, { stuckAfterMs: 0 })).toBe(1)
    await runDeliveries(payload)
    expect(receiver.received.map((request) => request.body.deliveryId)).toEqual([
      job!.input.deliveryId,
    ])
  })

  it('does not retry a delivery the receiver refuses with 400', async () => {
    receiver.answerNext(400)
    await publish((await createDraft()).id)
    await runDeliveries(payload)
    expect(receiver.received).toHaveLength(1)
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })
})

describe('the site delivery runner', () => {
  // A tick that never comes in a test run: only a change's nudge can send a delivery.
  const NEVER = '0 0 0 1 1 *'
  let runner: SiteDeliveryRunner

  beforeAll(() => {
    runner = startSiteDeliveryRunner(payload, NEVER)
  })
  afterAll(() => runner.cron.stop())

  const deliveredIds = () => receiver.received.map((request) => request.body.deliveryId)

  it('sends a delivery right after its change, without waiting for the tick', async () => {
    const article = await publish((await createDraft()).id)
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 10_000 })
    expect(receiver.received[0]!.body).toMatchObject({
      event: 'publish',
      collection: 'articles',
      ids: [String(article.id)],
    })
    await vi.waitFor(async () => expect(await queuedDeliveries(payload)).toHaveLength(0))
  })

  it('sends each delivery once, however many runs are asked for at once', async () => {
    const drafts = await Promise.all([createDraft(), createDraft(), createDraft()])
    for (const draft of drafts) await publish(draft.id)
    await Promise.all([runner.run(), runner.run(), runner.run(), runner.run()])
    await vi.waitFor(() => expect(receiver.received).toHaveLength(3), { timeout: 10_000 })
    await vi.waitFor(async () => expect(await queuedDeliveries(payload)).toHaveLength(0))
    expect(new Set(deliveredIds()).size).toBe(3)
    expect(receiver.received.map((request) => request.body.ids[0]).sort()).toEqual(
      drafts.map((draft) => String(draft.id)).sort(),
    )
  })

  it('is stopped with Payload, which stops its tick with its own crons', async () => {
    expect(payload.crons).toContain(runner.cron)
    runner.cron.stop()
    await publish((await createDraft()).id)
    await runner.run()
    expect(receiver.received).toHaveLength(0)
    expect(await queuedDeliveries(payload)).toHaveLength(1)
  })
})
