import { randomUUID } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCaptcha } from '../src/submissions/captcha'
import {
  honeypotCases,
  hostileCases,
  type FormKind,
  type HostileContext,
} from './helpers/hostileRequests'
import { createFormEvent } from './helpers/registrationEvents'
import { answerReplyBox, sendAnonymousTip } from './helpers/replyBoxClient'
import { articleData, type BaseDocs } from './helpers/samples'
import { startNewsroom } from './helpers/newsroom'
import { formBody, postSubmission, solvedCaptcha, validFields } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

const COUNTED: CollectionSlug[] = [
  'tips',
  'tip-attachments',
  'corrections',
  'debate-submissions',
  'debate-documents',
  'registrations',
  'comments',
  'page-feedback',
  'tip-messages',
  'payload-jobs',
]

let payload: Payload
let base: BaseDocs
let context: HostileContext
let before: Record<string, number>

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  for (const folder of ['tip-attachments', 'debate-documents']) {
    const dir = path.join(process.env.DATA_DIR ?? '', 'uploads', folder)
    counts[`files in ${folder}`] = (await readdir(dir).catch(() => [])).length
  }
  return counts
}

beforeAll(async () => {
  ;({ payload, base } = await startNewsroom())
  const draft = await payload.create({
    collection: 'articles',
    data: articleData(base, 'draft') as never,
    draft: true,
  })
  const closedDebate = await payload.create({
    collection: 'articles',
    data: { ...articleData(base, 'published'), type: 'debatt' } as never,
  })
  const closedDebateReply = await payload.create({
    collection: 'articles',
    data: {
      ...articleData(base, 'published'),
      type: 'replik',
      repliesTo: closedDebate.id,
    } as never,
  })
  // Closed once its reply is in: a closed debate takes no new replies.
  await payload.update({
    collection: 'articles',
    id: closedDebate.id,
    data: { debateClosed: true } as never,
  })
  const DAY_MS = 24 * 60 * 60 * 1000
  const event = await createFormEvent(payload, { capacity: 1000 })
  const refusedEventIds = {
    draft: (await createFormEvent(payload, { _status: 'draft' })).id,
    cancelled: (await createFormEvent(payload, { eventStatus: 'cancelled' })).id,
    past: (
      await createFormEvent(payload, {
        startsAt: new Date(Date.now() - 2 * DAY_MS).toISOString(),
        endsAt: new Date(Date.now() - DAY_MS).toISOString(),
      })
    ).id,
    closed: (
      await createFormEvent(payload, {
        registration: { mode: 'form', closesAt: new Date(Date.now() - DAY_MS).toISOString() },
      })
    ).id,
    byMail: (await createFormEvent(payload, { registration: { mode: 'url', url: 'https://x.se' } }))
      .id,
  }
  // The base article is news, whose comments are closed; comments go to a debate piece.
  const debate = await payload.create({
    collection: 'articles',
    data: { ...articleData(base, 'published'), type: 'debatt' } as never,
  })
  // The Svarslåda cases carry the reference and phrase of a real tip, so only their fault stops them.
  const replyBox = await sendAnonymousTip(base.articleId)
  const answerKey = randomUUID()
  const fieldsOf = (kind: FormKind): Record<string, string> => {
    if (kind === 'tip/reply-box') return { reference: replyBox.reference, phrase: replyBox.phrase }
    if (kind === 'tip/reply-box/answer') {
      return {
        reference: replyBox.reference,
        phrase: replyBox.phrase,
        idempotencyKey: randomUUID(),
        message: 'Jag har fler papper.',
      }
    }
    return validFields(kind, kind === 'comment' ? String(debate.id) : base.articleId, event.id)
  }
  const answered = await answerReplyBox({
    ...fieldsOf('tip/reply-box/answer'),
    idempotencyKey: answerKey,
  })
  expect(answered.status).toBe(201)
  const acceptedKeys = { 'tip/reply-box': '', 'tip/reply-box/answer': answerKey } as Record<
    FormKind,
    string
  >
  let usedCaptcha = ''
  for (const kind of [
    'tip',
    'correction',
    'debate',
    'registration',
    'comment',
    'page-feedback',
  ] as const) {
    const fields = fieldsOf(kind)
    usedCaptcha = await solvedCaptcha()
    const answer = await postSubmission(kind, formBody({ ...fields, altcha: usedCaptcha }))
    expect(answer.status).toBe(201)
    acceptedKeys[kind] = fields.idempotencyKey!
  }
  const forger = createCaptcha({
    secret: 'someone-else-entirely-0123456789abcdef',
    cost: 2000,
    ttlSeconds: 600,
  })
  const { solveChallenge } = await import('altcha-lib')
  const { deriveKey } = await import('altcha-lib/algorithms/sha')
  const forgedChallenge = await forger.issue()
  const forgedSolution = await solveChallenge({ challenge: forgedChallenge, deriveKey })
  context = {
    fields: fieldsOf,
    captcha: solvedCaptcha,
    usedCaptcha,
    forgedCaptcha: Buffer.from(
      JSON.stringify({ challenge: forgedChallenge, solution: forgedSolution }),
    ).toString('base64'),
    draftArticleId: String(draft.id),
    closedArticleId: base.articleId,
    closedDebateReplyId: String(closedDebateReply.id),
    refusedEventIds,
    acceptedKeys,
  }
  before = await countRows()
})
afterAll(() => stopTestPayload(payload))

const cases = hostileCases()

describe('hostile and malformed submissions', () => {
  it('are at least 200 different requests, and the honeypot ones a few more', () => {
    expect(honeypotCases().length).toBeGreaterThanOrEqual(15)
    expect(cases.length).toBeGreaterThanOrEqual(400)
    for (const kind of ['registration', 'comment', 'page-feedback']) {
      expect(cases.filter((entry) => entry.kind === kind).length).toBeGreaterThanOrEqual(60)
    }
    expect(new Set(cases.map((entry) => entry.name)).size).toBe(cases.length)
  })

  it.each(cases.map((entry) => [entry.name, entry] as const))(
    'refuses %s with a 4xx and a message',
    async (_name, entry) => {
      const { body, headers } = await entry.build(context)
      const answer = await postSubmission(entry.kind, body, headers)
      expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400)
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
      expect(typeof answer.body.message).toBe('string')
      expect(String(answer.body.message).length).toBeGreaterThan(5)
      expect(Array.isArray(answer.body.errors)).toBe(true)
    },
  )

  it.each(honeypotCases().map((entry) => [entry.name, entry] as const))(
    'answers %s as if accepted',
    async (_name, entry) => {
      const { body, headers } = await entry.build(context)
      const answer = await postSubmission(entry.kind, body, headers)
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      expect(String(answer.body.message)).toMatch(/^Tack!/)
      expect(JSON.stringify(answer.body)).not.toMatch(/Webbplats|website/i)
    },
  )

  it('stored nothing from any of them', async () => {
    expect(await countRows()).toEqual(before)
  })
})
