import { randomUUID } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { queueScheduledPublish } from '../src/utilities/queueScheduledPublish'
import type { StaffActor } from './helpers/accessMatrix'
import { readMailFolder } from './helpers/readEml'
import type { BaseDocs } from './helpers/samples'
import { debateData } from './helpers/samples'
import { STAFF_PASSWORD } from './helpers/staff'
import {
  callApi,
  formBody,
  postSubmission,
  solvedCaptcha,
  validFields,
} from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

// A short retention period; read when the config is first imported.
vi.hoisted(() => {
  process.env.SUBMISSION_RETENTION_DAYS = '2'
})

const DAY_MS = 24 * 60 * 60 * 1000
const NEWSDESK = 'nyhetsdesk@redaktion.example'
let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let editorToken: string
const dataDir = process.env.DATA_DIR!

beforeAll(async () => {
  const { startNewsroom } = await import('./helpers/newsroom')
  ;({ payload, staff, base } = await startNewsroom())
  ;({ token: editorToken } = (await payload.login({
    collection: 'users',
    data: { email: staff.editor.email, password: STAFF_PASSWORD },
  })) as { token: string })
})
afterAll(async () => {
  await stopTestPayload(payload)
  delete process.env.SUBMISSION_RETENTION_DAYS
})
afterEach(() => vi.restoreAllMocks())

const address = () => `skribent-${randomUUID().slice(0, 8)}@example.se`
const mailsTo = (to: string) => readMailFolder(dataDir).filter((mail) => mail.headers.to === to)

const writerJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendWriterMail' } },
      pagination: false,
      depth: 0,
    })
  ).docs

/** Runs the writer mail jobs now instead of in a few seconds. */
async function runWriterMail(): Promise<void> {
  for (const job of await writerJobs()) {
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }
  await payload.jobs.run({ limit: 100, silent: true })
}

/** Every queued job, as stored: what the queue would hand anyone who can read it. */
const jobTable = async () =>
  JSON.stringify(
    (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs,
  )

function sendDecision(collection: 'debate-submissions' | 'corrections', id: string) {
  return callApi(`/${collection}/${id}/send-decision`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
    body: '{}',
  })
}

async function newPiece(email: string, status?: 'declined') {
  const piece = await payload.create({
    collection: 'debate-submissions',
    data: { ...debateData(), email, ...(status ? { status } : {}) } as never,
    depth: 0,
  })
  return { ...piece, id: String(piece.id) }
}

async function newReport(contactEmail: string | undefined, status: 'corrected' | 'rejected') {
  const report = await payload.create({
    collection: 'corrections',
    data: {
      article: base.articleId,
      whatIsWrong: 'Siffran 42 miljoner stämmer inte.',
      contactEmail,
      status,
      notice: status === 'corrected' ? 'I en tidigare version angavs fel belopp.' : undefined,
    } as never,
    depth: 0,
  })
  return { ...report, id: String(report.id) }
}

const editorWrites = (collection: 'debate-submissions' | 'corrections', id: string, data: object) =>
  payload.update({
    collection,
    id,
    data: data as never,
    user: staff.editor,
    overrideAccess: false,
    depth: 0,
  })

describe('the receipt', () => {
  it('mails a debate writer the title, the reference and what happens next, from a job without the address', async () => {
    const email = address()
    const fields = { ...validFields('debate', base.articleId), email }
    const answer = await postSubmission(
      'debate',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(answer.status).toBe(201)
    expect(await writerJobs()).toHaveLength(1)
    expect(await jobTable()).not.toContain(email)

    await runWriterMail()
    const [receipt, ...more] = mailsTo(email)
    expect(more).toHaveLength(0)
    expect(receipt?.headers.subject).toBe(
      'Vi har tagit emot ditt debattinlägg ”Låt myndigheterna lita på sina anställda”',
    )
    expect(receipt?.headers['reply-to']).toContain(NEWSDESK)
    expect(receipt?.text).toContain(`Din referens: ${answer.body.reference}`)
    expect(receipt?.text).toMatch(/Vad händer nu\?/)
    expect(receipt?.text).not.toMatch(/Tillitsreformen|nästa steg|Kim Debattör|070-123/)
    expect(await writerJobs()).toHaveLength(0)
    expect(await jobTable()).not.toContain(email)
  })

  it('mails an error reporter who left an address, naming the article only', async () => {
    const email = address()
    const fields = { ...validFields('correction', base.articleId), contactEmail: email }
    const answer = await postSubmission(
      'correction',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(answer.status).toBe(201)
    await runWriterMail()
    const [receipt] = mailsTo(email)
    expect(receipt?.headers.subject).toBe('Vi har tagit emot din felanmälan om ”Basartikel”')
    expect(receipt?.text).toContain(`Din referens: ${answer.body.reference}`)
    expect(receipt?.text).not.toMatch(/2019|2021|proposition|Robin/)
  })

  it('mails nobody but the news desk for a report without an address, or for a tip', async () => {
    const before = readMailFolder(dataDir).length
    const { contactEmail: _email, ...report } = validFields('correction', base.articleId)
    const reportAnswer = await postSubmission(
      'correction',
      formBody({ ...report, altcha: await solvedCaptcha() }),
    )
    const tipAnswer = await postSubmission(
      'tip',
      formBody({ ...validFields('tip', base.articleId), altcha: await solvedCaptcha() }),
    )
    expect([reportAnswer.status, tipAnswer.status]).toEqual([201, 201])
    expect(await writerJobs()).toHaveLength(0)

    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendSubmissionMail' } },
      pagination: false,
      depth: 0,
    })
    for (const job of jobs.docs) {
      await payload.db.updateOne({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
    }
    await payload.jobs.run({ limit: 100, silent: true })
    const sent = readMailFolder(dataDir).slice(before)
    expect(sent.length).toBeGreaterThanOrEqual(2)
    expect(sent.every((mail) => mail.headers.to === NEWSDESK)).toBe(true)
    expect(JSON.stringify(sent)).not.toContain('alex@example.se')
  })
})

describe('the decision', () => {
  it('gives a scheduled debate piece its Stockholm date and the editor’s message, once', async () => {
    const email = address()
    const piece = await newPiece(email)
    const drafted = await callApi(`/debate-submissions/${piece.id}/create-draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: '{}',
    })
    expect(drafted.status).toBe(200)
    const early = await sendDecision('debate-submissions', piece.id)
    expect(early.status).toBe(409)
    expect(early.body.message).toMatch(/inget publiceringsdatum/)

    // 22:30 UTC on 2 May is 00:30 on 3 May in Stockholm.
    await queueScheduledPublish(payload, {
      articleId: String(drafted.body.articleId),
      userId: String(staff.editor.id),
      at: new Date('2030-05-02T22:30:00Z'),
    })
    await editorWrites('debate-submissions', piece.id, {
      writerMessage: 'Vi har kortat andra stycket något.',
    })
    const sent = await sendDecision('debate-submissions', piece.id)
    expect(sent.status).toBe(200)
    expect(sent.body.message).toBe('Beslutet är på väg till skribenten.')
    expect(await jobTable()).not.toContain(email)
    await runWriterMail()

    const decisions = mailsTo(email).filter((mail) =>
      mail.headers.subject?.startsWith('Vi publicerar'),
    )
    expect(decisions).toHaveLength(1)
    expect(decisions[0]?.text).toContain('Vi publicerar ditt inlägg den 3 maj 2030.')
    expect(decisions[0]?.text).toContain(
      'Meddelande från redaktionen:\nVi har kortat andra stycket något.',
    )
    expect(decisions[0]?.text).toContain(`Din referens: ${piece.reference}`)
    expect(decisions[0]?.text).not.toMatch(/Första stycket|Andra stycket\./)

    const again = await sendDecision('debate-submissions', piece.id)
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/mejlades redan till skribenten/)
    // What was sent stays as sent.
    await editorWrites('debate-submissions', piece.id, { writerMessage: 'Något annat.' })
    const stored = await payload.findByID({ collection: 'debate-submissions', id: piece.id })
    expect(stored).toMatchObject({
      decisionMailed: 'published',
      writerMessage: 'Vi har kortat andra stycket något.',
    })
    expect(stored.decisionMailedAt).toBeTruthy()
    await runWriterMail()
    expect(
      mailsTo(email).filter((mail) => mail.headers.subject?.startsWith('Vi publicerar')),
    ).toHaveLength(1)
  })

  it('links a published debate piece and gives its publication day', async () => {
    const email = address()
    const piece = await newPiece(email)
    const drafted = await callApi(`/debate-submissions/${piece.id}/create-draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: '{}',
    })
    const articleId = String(drafted.body.articleId)
    const article = await payload.update({
      collection: 'articles',
      id: articleId,
      // 23:30 UTC on 3 March is 00:30 on 4 March in Stockholm.
      data: {
        _status: 'published',
        category: base.categoryId,
        publishedAt: '2020-03-03T23:30:00.000Z',
      } as never,
      user: staff.editor,
      overrideAccess: false,
      context: { skipSiteWebhook: true },
      depth: 0,
    })
    await editorWrites('debate-submissions', piece.id, { status: 'published' })
    expect((await sendDecision('debate-submissions', piece.id)).status).toBe(200)
    await runWriterMail()

    const [published] = mailsTo(email).filter((mail) =>
      mail.headers.subject?.startsWith('Vi publicerar'),
    )
    expect(published?.text).toContain(
      `Vi har publicerat ditt inlägg ”${piece.title}” den 4 mars 2020.`,
    )
    expect(published?.text).toContain(`http://localhost:4321/artikel/${article.slug}/`)
  })

  it('declines only when the editor presses the button, and once for two presses at once', async () => {
    const email = address()
    const piece = await newPiece(email)
    await editorWrites('debate-submissions', piece.id, { status: 'declined' })
    await runWriterMail()
    expect(mailsTo(email)).toHaveLength(0)

    const answers = await Promise.all([
      sendDecision('debate-submissions', piece.id),
      sendDecision('debate-submissions', piece.id),
    ])
    expect(answers.some((answer) => answer.status === 200)).toBe(true)
    await runWriterMail()
    const [declined, ...more] = mailsTo(email)
    expect(more).toHaveLength(0)
    expect(declined?.text).toContain(`Vi avstår från att publicera ditt inlägg ”${piece.title}”.`)
    expect(declined?.text).not.toContain('Meddelande från redaktionen')

    // Reopened and declined again: the writer already knows.
    await editorWrites('debate-submissions', piece.id, { status: 'reviewing' })
    await editorWrites('debate-submissions', piece.id, { status: 'declined' })
    expect((await sendDecision('debate-submissions', piece.id)).status).toBe(409)
  })

  it('tells an error reporter the article is corrected, with its link, or that it is not', async () => {
    const article = await payload.findByID({ collection: 'articles', id: base.articleId })
    const correctedTo = address()
    const corrected = await newReport(correctedTo, 'corrected')
    expect((await sendDecision('corrections', corrected.id)).status).toBe(200)
    const rejectedTo = address()
    const rejected = await newReport(rejectedTo, 'rejected')
    await editorWrites('corrections', rejected.id, { writerMessage: 'Siffran kommer från SCB.' })
    expect((await sendDecision('corrections', rejected.id)).status).toBe(200)
    await runWriterMail()

    const [fixed] = mailsTo(correctedTo)
    expect(fixed?.headers.subject).toBe('Vi har rättat artikeln ”Basartikel”')
    expect(fixed?.text).toContain(`http://localhost:4321/artikel/${article.slug}/`)
    expect(fixed?.text).not.toMatch(/42 miljoner|tidigare version/)
    const [notFixed] = mailsTo(rejectedTo)
    expect(notFixed?.text).toContain(
      'Vi har granskat artikeln ”Basartikel” och gör ingen rättelse.',
    )
    expect(notFixed?.text).toContain('Meddelande från redaktionen:\nSiffran kommer från SCB.')
  })

  it('refuses a report without an address and a status that is no decision', async () => {
    const anonymous = await newReport(undefined, 'rejected')
    const noAddress = await sendDecision('corrections', anonymous.id)
    expect(noAddress.status).toBe(409)
    expect(noAddress.body.message).toMatch(/ingen e-postadress/)
    const piece = await newPiece(address())
    const undecided = await sendDecision('debate-submissions', piece.id)
    expect(undecided.status).toBe(409)
    expect(undecided.body.message).toMatch(/Sätt statusen/)
    expect(await writerJobs()).toHaveLength(0)
  })

  it('keeps no address in a failed job and sends once it is retried', async () => {
    const email = address()
    const piece = await newPiece(email, 'declined')
    expect((await sendDecision('debate-submissions', piece.id)).status).toBe(200)
    vi.spyOn(payload, 'sendEmail').mockRejectedValueOnce(
      new Error(`550 5.1.1 <${email}>: Recipient address rejected`),
    )
    await runWriterMail()
    const [failed] = await writerJobs()
    expect(failed?.hasError || (failed?.log ?? []).length > 0).toBe(true)
    expect(await jobTable()).not.toContain(email)
    expect(await jobTable()).toContain('<mottagaren>')

    await runWriterMail()
    expect(mailsTo(email)).toHaveLength(1)
  })
})

describe('retention', () => {
  it('mails nothing once the report is deleted or its reporter erased', async () => {
    const deletedTo = address()
    const deleted = await newReport(deletedTo, 'rejected')
    const erasedTo = address()
    const erased = await newReport(erasedTo, 'corrected')
    await editorWrites('corrections', erased.id, { writerMessage: 'Tack, Lisa!' })
    expect((await sendDecision('corrections', deleted.id)).status).toBe(200)
    expect((await sendDecision('corrections', erased.id)).status).toBe(200)
    for (const { id } of [deleted, erased]) {
      const handledAt = new Date(Date.now() - 3 * DAY_MS).toISOString()
      await payload.db.updateOne({ collection: 'corrections', id, data: { handledAt } })
    }
    const purge = await payload.jobs.queue({ task: 'purgeExpiredSubmissions', input: {} })
    await payload.jobs.runByID({ id: purge.id })
    await runWriterMail()

    expect(mailsTo(deletedTo)).toHaveLength(0)
    expect(mailsTo(erasedTo)).toHaveLength(0)
    const left = await payload.findByID({ collection: 'corrections', id: erased.id })
    expect(left).toMatchObject({ contactEmail: null, writerMessage: null })
    expect(await jobTable()).not.toMatch(new RegExp(`${deletedTo}|${erasedTo}`))
  })
})
