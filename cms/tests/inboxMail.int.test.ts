import type { SubmissionKind } from '@redaktion/content-schemas/submissions'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { type Eml, readMailFolder } from './helpers/readEml'
import type { BaseDocs } from './helpers/samples'
import { debateData } from './helpers/samples'
import { startNewsroom } from './helpers/newsroom'
import { formBody, postSubmission, solvedCaptcha, validFields } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let base: BaseDocs
const dataDir = process.env.DATA_DIR!

beforeAll(async () => {
  ;({ payload, base } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))
afterEach(() => vi.restoreAllMocks())

const TIP = {
  message: 'Chefen på Testverket fifflar med upphandlingen av datorer.',
  name: 'Vera Visselblåsare',
  contact: 'vera@example.se',
}

async function queueMail(kind: SubmissionKind, submission: { reference?: string | null }) {
  return payload.jobs.queue({
    task: 'sendSubmissionMail',
    input: { kind, reference: String(submission.reference) },
  })
}

/** Payload deletes a job once it has completed; a failed one stays with its error. */
async function isJobDone(id: number | string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { id: { equals: id } },
  })
  return totalDocs === 0
}

function mailFor(reference: string): Eml | undefined {
  return readMailFolder(dataDir).find((mail) => mail.headers.subject?.endsWith(reference))
}

describe('news desk mail', () => {
  it('goes out for a tip sent through the public endpoint, a few seconds later', async () => {
    const fields = validFields('tip', base.articleId)
    const answer = await postSubmission(
      'tip',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(answer.status).toBe(201)
    const reference = String(answer.body.reference)

    await payload.jobs.run()
    expect(mailFor(reference)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 5_500))
    await payload.jobs.run()
    const mail = mailFor(reference)
    expect(mail?.headers.subject).toBe(`Nytt tips ${reference}`)
    expect(JSON.stringify(mail)).not.toMatch(/diarieföra|Alex|alex@example/)
  })

  it('writes a new tip as an .eml with reference, time and admin link, and nothing of the tip', async () => {
    const tip = await payload.create({ collection: 'tips', data: TIP as never, depth: 0 })
    const job = await queueMail('tip', tip)
    await payload.jobs.runByID({ id: job.id })

    const mail = mailFor(tip.reference!)
    expect(mail?.headers).toMatchObject({
      from: 'Redaktion <redaktion@redaktion.example>',
      to: 'nyhetsdesk@redaktion.example',
      subject: `Nytt tips ${tip.reference}`,
    })
    expect(mail?.headers['content-type']).toMatch(/^text\/plain; charset=utf-8/)
    expect(mail?.text).toContain(`Referens: ${tip.reference}`)
    expect(mail?.text).toMatch(/Mottaget: \d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}:\d{2}/)
    expect(mail?.text).toContain(`http://localhost:3000/admin/collections/tips/${tip.id}`)
    const raw = JSON.stringify(mail)
    for (const secret of [TIP.message, 'fifflar', 'Testverket', TIP.name, 'Vera', TIP.contact]) {
      expect(raw).not.toContain(secret)
    }
  })

  it('names the article of an error report but not what the reader wrote or who they are', async () => {
    const report = await payload.create({
      collection: 'corrections',
      data: {
        article: base.articleId,
        whatIsWrong: 'Siffran 42 miljoner stämmer inte.',
        whatIsRight: 'Det var 24 miljoner.',
        source: 'Årsredovisningen',
        contactName: 'Lisa Läsare',
        contactEmail: 'lisa@example.se',
      } as never,
      depth: 0,
    })
    await payload.jobs.runByID({ id: (await queueMail('correction', report)).id })

    const mail = mailFor(report.reference!)
    expect(mail?.headers.subject).toBe(`Ny felanmälan ${report.reference}`)
    expect(mail?.text).toContain('Gäller artikeln: Basartikel')
    expect(mail?.text).toContain(`/admin/collections/corrections/${report.id}`)
    expect(JSON.stringify(mail)).not.toMatch(/42 miljoner|24 miljoner|Årsredovisning|Lisa|lisa@/)
  })

  it('gives a debate piece’s title but none of the writer’s contact details', async () => {
    const piece = await payload.create({
      collection: 'debate-submissions',
      data: debateData() as never,
      depth: 0,
    })
    await payload.jobs.runByID({ id: (await queueMail('debate', piece)).id })

    const mail = mailFor(piece.reference!)
    expect(mail?.headers.subject).toBe(`Nytt debattinlägg ${piece.reference}`)
    expect(mail?.text).toContain(`Rubrik: ${piece.title}`)
    expect(mail?.text).toContain(`/admin/collections/debate-submissions/${piece.id}`)
    expect(JSON.stringify(mail)).not.toMatch(/kim@example\.se|070-123 45 67/)
  })

  it('retries a failed mail later and leaves the submission as it was', async () => {
    const tip = await payload.create({ collection: 'tips', data: TIP as never, depth: 0 })
    const stored = await payload.findByID({ collection: 'tips', id: tip.id, depth: 0 })
    const sendEmail = payload.sendEmail
    const failingOnce = vi
      .spyOn(payload, 'sendEmail')
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:587'))
      .mockImplementation((message) => sendEmail(message))
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    const job = await queueMail('tip', tip)

    await payload.jobs.runByID({ id: job.id })
    const afterFailure = await payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(afterFailure).toMatchObject({ totalTried: 1, hasError: false })
    expect(afterFailure.completedAt ?? null).toBeNull()
    expect(new Date(afterFailure.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    expect(mailFor(tip.reference!)).toBeUndefined()
    expect(await payload.findByID({ collection: 'tips', id: tip.id, depth: 0 })).toEqual(stored)
    expect(JSON.stringify(logged.mock.calls)).toMatch(/News desk mail for tip T-[0-9A-Z-]+ failed/)
    expect(JSON.stringify(logged.mock.calls)).not.toMatch(/fifflar|Vera|vera@/)

    await payload.jobs.runByID({ id: job.id })
    expect(await isJobDone(job.id)).toBe(true)
    expect(failingOnce).toHaveBeenCalledTimes(2)
    expect(mailFor(tip.reference!)?.headers.subject).toBe(`Nytt tips ${tip.reference}`)
    expect(await payload.findByID({ collection: 'tips', id: tip.id, depth: 0 })).toEqual(stored)
  })

  it('sends nothing, and does not retry, when the submission was deleted before its mail', async () => {
    const tip = await payload.create({ collection: 'tips', data: TIP as never, depth: 0 })
    const job = await queueMail('tip', tip)
    await payload.delete({ collection: 'tips', id: tip.id })

    await payload.jobs.runByID({ id: job.id })
    expect(await isJobDone(job.id)).toBe(true)
    expect(mailFor(tip.reference!)).toBeUndefined()
  })
})
