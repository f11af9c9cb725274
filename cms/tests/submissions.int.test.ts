import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { strToU8, unzipSync, zipSync } from 'fflate'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCaptcha } from '../src/submissions/captcha'
import { storeSubmission } from '../src/submissions/storeSubmission'
import { REFERENCE_CODE } from '../src/utilities/referenceCode'
import { buildDocx } from './helpers/buildDocx'
import type { BaseDocs } from './helpers/samples'
import { startNewsroom } from './helpers/newsroom'
import {
  SITE_ORIGIN,
  callApi,
  formBody,
  postSubmission,
  solvedCaptcha,
  validFields,
} from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let base: BaseDocs

beforeAll(async () => {
  ;({ payload, base } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

async function photoWithLocation(): Promise<Uint8Array> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#c0ffee' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Källkamera', Artist: 'Avslöjande Fotograf' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1' },
    })
    .toBuffer()
}

function docxWithAuthor(): Uint8Array {
  const parts = unzipSync(buildDocx('Internt mejl om diarieföringen.'))
  parts['docProps/core.xml'] = strToU8(
    '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Anna Visselblåsare</dc:creator></cp:coreProperties>',
  )
  return zipSync(parts)
}

/** The smallest PDF that is one: header, a page tree, the cross-reference table, the trailer. */
function minimalPdf(): Uint8Array {
  return strToU8(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n' +
      'trailer<</Size 3/Root 1 0 R>>\nstartxref\n97\n%%EOF\n',
  )
}

const uploadsDir = (collection: string) =>
  path.join(process.env.DATA_DIR ?? '', 'uploads', collection)

describe('submission endpoints', () => {
  it('stores an anonymous tip with its attachments, stripped of metadata, and answers with a receipt', async () => {
    const fields = validFields('tip', base.articleId)
    const answer = await postSubmission(
      'tip',
      formBody({
        ...fields,
        name: '',
        contact: '',
        anonymous: 'on',
        altcha: await solvedCaptcha(),
        attachments: [
          { name: 'foto.jpg', type: 'image/jpeg', data: await photoWithLocation() },
          { name: 'mejl.docx', type: WORD, data: docxWithAuthor() },
          { name: 'beslut.pdf', type: 'application/pdf', data: minimalPdf() },
        ],
      }),
    )
    expect(answer.status).toBe(201)
    expect(answer.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    expect(answer.body.reference).toMatch(REFERENCE_CODE)
    expect(answer.body.reference).toMatch(/^T-/)

    const { docs } = await payload.find({
      collection: 'tips',
      where: { reference: { equals: answer.body.reference } },
      depth: 1,
    })
    const tip = docs[0]!
    expect(tip.anonymous).toBe(true)
    expect(tip.name ?? null).toBeNull()
    expect(tip.contact ?? null).toBeNull()
    expect(tip.status).toBe('new')
    const attachments = (tip.attachments ?? []) as { filename: string; mimeType: string }[]
    expect(attachments.map((file) => file.mimeType).sort()).toEqual(
      ['application/pdf', 'image/jpeg', WORD].sort(),
    )
    const photo = attachments.find((file) => file.mimeType === 'image/jpeg')!
    const stored = await readFile(path.join(uploadsDir('tip-attachments'), photo.filename))
    const metadata = await sharp(stored).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('Fotograf'))).toBe(false)
    const document = attachments.find((file) => file.mimeType === WORD)!
    const storedDocx = unzipSync(
      await readFile(path.join(uploadsDir('tip-attachments'), document.filename)),
    )
    expect(new TextDecoder().decode(storedDocx['docProps/core.xml'])).not.toContain('Anna')

    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendSubmissionMail' } },
    })
    expect(jobs.docs.some((job) => JSON.stringify(job.input).includes(String(tip.reference)))).toBe(
      true,
    )
  })

  it('stores an error report on a published article with the reader’s contact details', async () => {
    const fields = validFields('correction', base.articleId)
    const answer = await postSubmission(
      'correction',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(answer.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'corrections',
      where: { reference: { equals: answer.body.reference } },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      article: base.articleId,
      whatIsWrong: fields.whatIsWrong,
      whatIsRight: fields.whatIsRight,
      source: fields.source,
      contactEmail: fields.contactEmail,
      status: 'new',
    })
    expect(docs[0]?.noticePublishedAt ?? null).toBeNull()
  })

  it('stores a debate piece sent as a Word document only', async () => {
    const answer = await postSubmission(
      'debate',
      formBody({
        ...validFields('debate', base.articleId),
        text: '',
        altcha: await solvedCaptcha(),
        document: { name: 'inlagg.docx', type: WORD, data: buildDocx('Mitt inlägg.') },
      }),
    )
    expect(answer.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'debate-submissions',
      where: { reference: { equals: answer.body.reference } },
      depth: 0,
    })
    expect(docs[0]?.document).toBeTruthy()
    expect(docs[0]?.status).toBe('received')
    expect(docs[0]?.consentToEditing).toBe(true)
  })

  it('answers a repeated idempotency key with the first receipt and stores one row', async () => {
    const fields = validFields('tip', base.articleId)
    const first = await postSubmission(
      'tip',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    const again = await postSubmission(
      'tip',
      formBody({ ...fields, altcha: await solvedCaptcha() }),
    )
    expect(first.status).toBe(201)
    expect(again.status).toBe(409)
    // The Svarslåda phrase is shown once: never again on the repeat's receipt.
    const { replyBox: _phrase, ...receipt } = first.body
    expect(again.body.receipt).toEqual(receipt)
    const { totalDocs } = await payload.count({
      collection: 'tips',
      where: { idempotencyKey: { equals: fields.idempotencyKey } },
    })
    expect(totalDocs).toBe(1)
  })

  it('lets exactly one of two simultaneous sends with the same key through', async () => {
    const fields = validFields('debate', base.articleId)
    const [captchaA, captchaB] = [await solvedCaptcha(), await solvedCaptcha()]
    const answers = await Promise.all([
      postSubmission('debate', formBody({ ...fields, altcha: captchaA })),
      postSubmission('debate', formBody({ ...fields, altcha: captchaB })),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    const { totalDocs } = await payload.count({
      collection: 'debate-submissions',
      where: { idempotencyKey: { equals: fields.idempotencyKey } },
    })
    expect(totalDocs).toBe(1)
  })

  it('accepts a captcha once', async () => {
    const altcha = await solvedCaptcha()
    const first = await postSubmission(
      'tip',
      formBody({ ...validFields('tip', base.articleId), altcha }),
    )
    const replay = await postSubmission(
      'tip',
      formBody({ ...validFields('tip', base.articleId), altcha }),
    )
    expect(first.status).toBe(201)
    expect(replay.status).toBe(400)
    expect(replay.body.errors).toEqual([
      { field: 'altcha', message: expect.stringContaining('redan använts') },
    ])
  })

  it('refuses an expired captcha', async () => {
    const expiredIssuer = createCaptcha({
      secret: process.env.PAYLOAD_SECRET ?? '',
      cost: 2000,
      ttlSeconds: -60,
    })
    const { solveChallenge } = await import('altcha-lib')
    const { deriveKey } = await import('altcha-lib/algorithms/sha')
    const challenge = await expiredIssuer.issue()
    const solution = await solveChallenge({ challenge, deriveKey })
    const altcha = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
    const answer = await postSubmission(
      'tip',
      formBody({ ...validFields('tip', base.articleId), altcha }),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { field: 'altcha', message: expect.stringContaining('gått ut') },
    ])
  })

  it('refuses browsers on other origins and answers the site’s preflight', async () => {
    const foreign = await postSubmission(
      'tip',
      formBody({ ...validFields('tip', base.articleId), altcha: await solvedCaptcha() }),
      { origin: 'https://evil.example' },
    )
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await callApi('/submissions/correction', {
      method: 'OPTIONS',
      headers: { origin: SITE_ORIGIN, 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
  })

  it('stores all of a submission or none of it: rows, files and the mail job', async () => {
    const countAll = async () => ({
      tips: (await payload.count({ collection: 'tips' })).totalDocs,
      attachments: (await payload.count({ collection: 'tip-attachments' })).totalDocs,
      jobs: (await payload.count({ collection: 'payload-jobs' })).totalDocs,
      files: (await readdir(uploadsDir('tip-attachments')).catch(() => [])).length,
    })
    const before = await countAll()
    const pdf = Buffer.from(minimalPdf())
    await expect(
      storeSubmission({
        payload,
        kind: 'tip',
        // The attachment is stored first; the tip then fails on an article that does not exist.
        data: {
          idempotencyKey: crypto.randomUUID(),
          message: 'Ett tips som aldrig ska sparas halvt.',
          anonymous: true,
          article: '999999',
        },
        files: [
          { field: 'attachments', filename: 'beslut.pdf', mimeType: 'application/pdf', bytes: pdf },
        ],
      }),
    ).rejects.toThrow()
    expect(await countAll()).toEqual(before)
  })

  it('hands out challenges that are never cached', async () => {
    const answer = await callApi('/submissions/challenge', { headers: { origin: SITE_ORIGIN } })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.body).toHaveProperty('signature')
  })
})
