import { readFileSync } from 'node:fs'
import path from 'node:path'

import { TIP_REPLY_BOX_PATH, TIP_REPLY_REFUSED } from '@redaktion/content-schemas/tipReplies'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NO_REPLY_BOX } from '../src/collections/TipMessages/hooks/requireReplyBox'
import { countInbox } from '../src/components/countInbox'
import type { StaffActor } from './helpers/accessMatrix'
import { buildPdf } from './helpers/buildMedia'
import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { answerReplyBox, openReplyBox, sendAnonymousTip } from './helpers/replyBoxClient'
import type { BaseDocs } from './helpers/samples'
import { formBody, postSubmission, solvedCaptcha } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let staff: Newsroom['staff']
let base: BaseDocs

beforeAll(async () => {
  ;({ payload, staff, base } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))

const as = (actor: StaffActor) => ({
  overrideAccess: false,
  depth: 0,
  user: { ...staff[actor], collection: 'users' as const },
})

async function tipIdOf(reference: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'tips',
    where: { reference: { equals: reference } },
  })
  return String(docs[0]?.id)
}

/** The raw SQLite file and its write-ahead log, read as text. */
function databaseText(): string {
  const file = (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
  return [file, `${file}-wal`]
    .map((name) => {
      try {
        return readFileSync(path.resolve(name)).toString('utf8')
      } catch {
        return ''
      }
    })
    .join('')
}

describe('the Svarslåda phrase', () => {
  it('is on the new tip’s receipt only, and the tip keeps only its scrypt hash', async () => {
    const sent = await sendAnonymousTip(base.articleId)
    expect(sent.answer.status).toBe(201)
    expect(sent.answer.body.replyBox).toEqual({ phrase: sent.phrase, path: TIP_REPLY_BOX_PATH })
    expect(sent.phrase.split(' ')).toHaveLength(8)

    const { docs } = await payload.find({
      collection: 'tips',
      where: { reference: { equals: sent.reference } },
      overrideAccess: true,
    })
    expect(docs[0]?.phraseHash).toMatch(/^scrypt\$N=32768,r=8,p=1\$/)
    const asEditor = await payload.findByID({
      collection: 'tips',
      id: String(docs[0]?.id),
      ...as('editor'),
    })
    expect(asEditor).not.toHaveProperty('phraseHash')
    expect(databaseText()).not.toContain(sent.phrase)
    expect(databaseText()).toContain(sent.reference)
  })

  it('is not on the 409 for a repeated idempotency key', async () => {
    const fields = {
      idempotencyKey: crypto.randomUUID(),
      message: 'Nämnden fattar beslut utan protokoll sedan i somras.',
      anonymous: 'on',
      website: '',
    }
    const first = await postSubmission(
      'tip',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    const again = await postSubmission(
      'tip',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(first.status).toBe(201)
    expect(first.body.replyBox).toBeTruthy()
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).not.toContain('replyBox')
    expect(JSON.stringify(again.body)).not.toContain(
      (first.body.replyBox as { phrase: string }).phrase,
    )
  })
})

describe('hasReplyBox for the admin', () => {
  it('says whether the tipster got a phrase and never gives the hash', async () => {
    const { reference } = await sendAnonymousTip(base.articleId)
    const withBox = await payload.findByID({
      collection: 'tips',
      id: await tipIdOf(reference),
      ...as('editor'),
    })
    expect(withBox.hasReplyBox).toBe(true)
    expect(withBox).not.toHaveProperty('phraseHash')
    const { docs } = await payload.find({
      collection: 'tips',
      where: { reference: { equals: reference } },
      ...as('editor'),
    })
    expect(docs.map((tip) => tip.hasReplyBox)).toEqual([true])
    expect(JSON.stringify([withBox, docs])).not.toContain('scrypt$')
  })

  it('is false on a tip staff wrote, even when they try to set it', async () => {
    const written = await payload.create({
      collection: 'tips',
      data: { message: 'Samtal med en källa på förvaltningen.', status: 'new', hasReplyBox: true },
      ...as('editor'),
    })
    const read = await payload.findByID({
      collection: 'tips',
      id: String(written.id),
      ...as('editor'),
    })
    expect(read.hasReplyBox).toBe(false)
    expect(read).not.toHaveProperty('phraseHash')
    // Nobody could read a message there: the REST API refuses it as the admin offers none.
    await expect(
      payload.create({
        collection: 'tip-messages',
        data: { tip: String(written.id), text: 'Kan du berätta mer?', state: 'sent' } as never,
        ...as('editor'),
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'tip', message: NO_REPLY_BOX }] } })
    const { totalDocs } = await payload.count({
      collection: 'tip-messages',
      where: { tip: { equals: String(written.id) } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('opening the reply box', () => {
  it('opens with the phrase typed with other spacing, case and hyphens', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const typed = `  ${phrase.toUpperCase().split(' ').join(' -\n ')}  `
    const opened = await openReplyBox({ reference: reference.toLowerCase(), phrase: typed })
    expect(opened.status).toBe(200)
    expect(opened.body).toEqual({
      reference,
      status: 'new',
      statusLabel: 'Mottaget',
      canAnswer: true,
      messages: [],
    })
  })

  it('answers a wrong phrase exactly like an unknown reference', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const otherWords = phrase.split(' ').reverse().join(' ')
    const wrong = await openReplyBox({ reference, phrase: otherWords })
    const unknown = await openReplyBox({ reference: 'T-0000-0000', phrase })
    expect(wrong.status).toBe(TIP_REPLY_REFUSED.status)
    expect(unknown.status).toBe(TIP_REPLY_REFUSED.status)
    expect(wrong.body).toEqual(unknown.body)
    expect(wrong.body).toEqual({
      message: TIP_REPLY_REFUSED.message,
      errors: [{ field: 'phrase', message: TIP_REPLY_REFUSED.message }],
    })
  })

  it('shows a newsroom message only after Skicka, without the sender’s name', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const tip = await tipIdOf(reference)
    const draft = await payload.create({
      collection: 'tip-messages',
      data: { tip, text: 'Har du protokollet från mötet?', state: 'draft' } as never,
      ...as('editor'),
    })
    expect((await openReplyBox({ reference, phrase })).body.messages).toEqual([])

    const sent = await payload.update({
      collection: 'tip-messages',
      id: draft.id,
      data: { state: 'sent' },
      ...as('editor'),
    })
    expect(sent.sentAt).toBeTruthy()
    expect(sent.sentBy).toBe(staff.editor.id)
    const opened = await openReplyBox({ reference, phrase })
    expect(opened.body.messages).toEqual([
      {
        id: String(draft.id),
        from: 'newsroom',
        sentAt: sent.sentAt,
        text: 'Har du protokollet från mötet?',
        attachments: [],
      },
    ])
    expect(JSON.stringify(opened.body)).not.toContain(String(staff.editor.email))
  })
})

describe('answering', () => {
  it('stores the answer with its PDF as a tip attachment on the thread, once per key', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const tip = await tipIdOf(reference)
    const pdf = {
      name: 'protokoll.pdf',
      type: 'application/pdf',
      data: await buildPdf('Protokoll'),
    }
    const idempotencyKey = crypto.randomUUID()
    const fields = { reference, phrase, idempotencyKey, message: 'Ja, här är protokollet.' }
    const answered = await answerReplyBox({ ...fields, attachments: pdf })
    const repeated = await answerReplyBox({ ...fields, attachments: pdf })
    expect(answered.status).toBe(201)
    expect(repeated.status).toBe(409)
    expect(repeated.body.thread).toEqual(answered.body)
    expect(answered.body.messages).toEqual([
      {
        id: expect.any(String),
        from: 'tipster',
        sentAt: expect.any(String),
        text: 'Ja, här är protokollet.',
        attachments: [{ filename: 'protokoll.pdf', type: 'PDF', bytes: pdf.data.length }],
      },
    ])

    const { docs } = await payload.find({
      collection: 'tip-messages',
      where: { tip: { equals: tip } },
      ...as('editor'),
      depth: 1,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ from: 'tipster', readAt: null })
    // Marking it read takes the server's time, once, whatever time the browser sends.
    const before = Date.now()
    const markRead = async (readAt: string | null) =>
      (
        await payload.update({
          collection: 'tip-messages',
          id: docs[0]!.id,
          data: { readAt, text: 'Ändrad av redaktionen' },
          ...as('editor'),
        })
      ).readAt
    const readAt = await markRead('2001-01-01T00:00:00.000Z')
    expect(Date.parse(readAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(await markRead(new Date().toISOString())).toBe(readAt)
    expect(await markRead(null)).toBeNull()
    const answer = await payload.findByID({ collection: 'tip-messages', id: docs[0]!.id })
    expect(answer.text).toBe('Ja, här är protokollet.')
    const [file] = docs[0]?.attachments ?? []
    expect(typeof file === 'object' && file.mimeType).toBe('application/pdf')
    const stored = await payload.findByID({ collection: 'tips', id: tip, ...as('editor') })
    expect(stored.status).toBe('new')
  })

  it('counts an unread answer on the dashboard of those who read the tip', async () => {
    const unread = async (actor: StaffActor) =>
      (await countInbox({ payload, user: staff[actor] })).find(
        (count) => count.collection === 'tip-messages',
      )!
    const [editorBefore, journalistBefore] = [await unread('editor'), await unread('journalist')]
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    await answerReplyBox({ reference, phrase, message: 'Ett olästa svar.' })
    const editor = await unread('editor')
    expect(editor.total - editorBefore.total).toBe(1)
    // The answer with the PDF above is unread too: the count is plural here.
    expect(editor.title).toBe(`${editor.total} olästa svar från tipsare`)
    expect((await unread('journalist')).total).toBe(journalistBefore.total)
  })

  it('refuses markup in the answer with the tip’s message', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const answer = await answerReplyBox({ reference, phrase, message: '<b>Hej</b>' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { field: 'message', message: 'Svar får inte innehålla HTML-kod.' },
    ])
  })

  it('refuses an answer to a closed tip with a 409 naming the message', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const tip = await tipIdOf(reference)
    await payload.update({
      collection: 'tips',
      id: tip,
      data: { status: 'closed' },
      ...as('editor'),
    })
    const opened = await openReplyBox({ reference, phrase })
    expect(opened.body).toMatchObject({
      status: 'closed',
      statusLabel: 'Avslutat',
      canAnswer: false,
    })
    const answer = await answerReplyBox({ reference, phrase, message: 'En sak till.' })
    expect(answer.status).toBe(409)
    expect(answer.body.errors).toEqual([{ field: 'message', message: expect.any(String) }])
    const { totalDocs } = await payload.count({
      collection: 'tip-messages',
      where: { tip: { equals: tip } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('deleting a tip', () => {
  it('by retention takes its thread along', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const tip = await tipIdOf(reference)
    await answerReplyBox({ reference, phrase, message: 'Ett svar före gallringen.' })
    const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString()
    await payload.db.updateOne({
      collection: 'tips',
      id: tip,
      data: { status: 'closed', handledAt: longAgo },
    })
    const job = await payload.jobs.queue({ task: 'purgeExpiredSubmissions', input: {} })
    await payload.jobs.runByID({ id: job.id })
    const left = await payload.count({
      collection: 'tip-messages',
      where: { tip: { equals: tip } },
    })
    expect(left.totalDocs).toBe(0)
    expect(
      (await payload.count({ collection: 'tips', where: { id: { equals: tip } } })).totalDocs,
    ).toBe(0)
  })

  it('deletes its thread and the thread’s files', async () => {
    const { reference, phrase } = await sendAnonymousTip(base.articleId)
    const tip = await tipIdOf(reference)
    const pdf = { name: 'bilaga.pdf', type: 'application/pdf', data: await buildPdf('Bilaga') }
    await answerReplyBox({ reference, phrase, message: 'Bifogar.', attachments: pdf })
    const { docs } = await payload.find({
      collection: 'tip-messages',
      where: { tip: { equals: tip } },
    })
    const fileIds = (docs[0]?.attachments ?? []).map((file) =>
      typeof file === 'object' ? file.id : file,
    )
    expect(fileIds).toHaveLength(1)

    await payload.delete({ collection: 'tips', id: tip, ...as('editor') })
    expect(
      (await payload.count({ collection: 'tip-messages', where: { tip: { equals: tip } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      (await payload.count({ collection: 'tip-attachments', where: { id: { in: fileIds } } }))
        .totalDocs,
    ).toBe(0)
  })
})
