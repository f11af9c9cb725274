import { existsSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ERASED_REPORT_TEXT } from '../src/jobs/purgeExpiredSubmissions'
import { stockholmDayBefore } from '../src/pageFeedback/stockholmDay'
import { createFormEvent } from './helpers/registrationEvents'
import { debateData, docxFile, pngFile } from './helpers/samples'
import { createBaseDocs, createStaff } from './helpers/staff'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

// A short retention period; read when the config is first imported.
vi.hoisted(() => {
  process.env.SUBMISSION_RETENTION_DAYS = '2'
  process.env.REGISTRATION_RETENTION_DAYS = '5'
})

const DAY_MS = 24 * 60 * 60 * 1000
let payload: Payload
let articleId: string

beforeAll(async () => {
  payload = await startTestPayload()
  const staff = await createStaff(payload)
  articleId = (await createBaseDocs(payload, staff.journalist)).articleId as string
})
afterAll(async () => {
  await stopTestPayload(payload)
  delete process.env.SUBMISSION_RETENTION_DAYS
  delete process.env.REGISTRATION_RETENTION_DAYS
})

/** Moves a submission's handled date into the past, as if it had been closed days ago. */
async function handledDaysAgo(collection: CollectionSlug, id: string, days: number) {
  const handledAt = new Date(Date.now() - days * DAY_MS).toISOString()
  await payload.db.updateOne({ collection, id, data: { handledAt } })
}

async function runRetention() {
  const job = await payload.jobs.queue({ task: 'purgeExpiredSubmissions', input: {} })
  await payload.jobs.runByID({ id: job.id })
}

async function exists(collection: CollectionSlug, id: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection, where: { id: { equals: id } } })
  return totalDocs === 1
}

const report = (status: 'new' | 'reviewing' | 'corrected' | 'rejected', notice?: string) => ({
  article: articleId,
  whatIsWrong: 'Siffran 42 miljoner stämmer inte.',
  whatIsRight: 'Det var 24 miljoner.',
  source: 'Årsredovisningen 2025',
  contactName: 'Lisa Läsare',
  contactEmail: 'lisa@example.se',
  status,
  notice,
})

describe('retention', () => {
  it('deletes closed tips and their files once the retention period has passed', async () => {
    const png = await pngFile()
    const attachment = await payload.create({
      collection: 'tip-attachments',
      data: {},
      file: { ...png, data: Buffer.from(png.data), size: png.data.length },
    })
    const file = path.join(process.env.DATA_DIR!, 'uploads/tip-attachments', attachment.filename!)
    expect(existsSync(file)).toBe(true)
    const expired = await payload.create({
      collection: 'tips',
      data: { message: 'Gammalt tips.', status: 'closed', attachments: [attachment.id] },
    })
    const recentlyClosed = await payload.create({
      collection: 'tips',
      data: { message: 'Nyss avslutat.', status: 'closed' },
    })
    const stillOpen = await payload.create({
      collection: 'tips',
      data: { message: 'Pågår sedan länge.', status: 'in-progress' },
    })
    await handledDaysAgo('tips', expired.id, 3)
    await handledDaysAgo('tips', recentlyClosed.id, 1)
    await payload.db.updateOne({
      collection: 'tips',
      id: stillOpen.id,
      data: { createdAt: new Date(Date.now() - 30 * DAY_MS).toISOString() },
    })

    await runRetention()

    expect(await exists('tips', expired.id)).toBe(false)
    expect(await exists('tip-attachments', attachment.id)).toBe(false)
    expect(existsSync(file)).toBe(false)
    expect(await exists('tips', recentlyClosed.id)).toBe(true)
    expect(await exists('tips', stillOpen.id)).toBe(true)
  })

  it('deletes rejected reports but keeps a corrected one’s notice, erasing only the reader’s part', async () => {
    const rejected = await payload.create({ collection: 'corrections', data: report('rejected') })
    const corrected = await payload.create({
      collection: 'corrections',
      data: report('corrected', 'I en tidigare version angavs fel belopp.'),
    })
    const reviewing = await payload.create({ collection: 'corrections', data: report('reviewing') })
    await handledDaysAgo('corrections', rejected.id, 3)
    await handledDaysAgo('corrections', corrected.id, 3)

    await runRetention()

    expect(await exists('corrections', rejected.id)).toBe(false)
    expect(await exists('corrections', reviewing.id)).toBe(true)
    const kept = await payload.findByID({ collection: 'corrections', id: corrected.id, depth: 0 })
    expect(kept).toMatchObject({
      status: 'corrected',
      article: articleId,
      notice: 'I en tidigare version angavs fel belopp.',
      noticePublishedAt: corrected.noticePublishedAt,
      reference: corrected.reference,
      whatIsWrong: ERASED_REPORT_TEXT,
    })
    for (const field of ['whatIsRight', 'source', 'contactName', 'contactEmail'] as const) {
      expect(kept[field] ?? null).toBeNull()
    }
    expect(JSON.stringify(kept)).not.toMatch(/42 miljoner|24 miljoner|Årsredovisning|Lisa|lisa@/)

    await runRetention()
    const again = await payload.findByID({ collection: 'corrections', id: corrected.id, depth: 0 })
    expect(again.updatedAt).toBe(kept.updatedAt)
  })

  it('deletes declined and published debate pieces with their document, and keeps those in work', async () => {
    const piece = async (status: 'received' | 'accepted' | 'declined' | 'published') => {
      const docx = docxFile()
      const document = await payload.create({
        collection: 'debate-documents',
        data: {},
        file: { ...docx, data: Buffer.from(docx.data), size: docx.data.length },
      })
      return payload.create({
        collection: 'debate-submissions',
        data: { ...debateData(), status, document: document.id },
      })
    }
    const declined = await piece('declined')
    const published = await piece('published')
    const recentlyDeclined = await piece('declined')
    const accepted = await piece('accepted')
    await handledDaysAgo('debate-submissions', declined.id, 3)
    await handledDaysAgo('debate-submissions', published.id, 3)
    await handledDaysAgo('debate-submissions', recentlyDeclined.id, 1)
    const documentOf = (doc: { document?: unknown }) =>
      (typeof doc.document === 'object'
        ? (doc.document as { id: string }).id
        : doc.document) as string

    await runRetention()

    for (const gone of [declined, published]) {
      expect(await exists('debate-submissions', gone.id)).toBe(false)
      expect(await exists('debate-documents', documentOf(gone))).toBe(false)
    }
    for (const kept of [recentlyDeclined, accepted]) {
      expect(await exists('debate-submissions', kept.id)).toBe(true)
      expect(await exists('debate-documents', documentOf(kept))).toBe(true)
    }
  })

  it('deletes an event’s registrations the configured number of days after it ended', async () => {
    const endedDaysAgo = async (days: number) => {
      const event = await createFormEvent(payload)
      const endsAt = new Date(Date.now() - days * DAY_MS)
      await payload.db.updateOne({
        collection: 'events',
        id: event.id,
        data: { startsAt: new Date(endsAt.getTime() - 3_600_000).toISOString(), endsAt },
      })
      const registration = await payload.create({
        collection: 'registrations',
        data: {
          event: event.id,
          name: 'Sam Deltagare',
          email: 'sam@example.se',
          status: 'confirmed',
        },
      })
      return registration.id
    }
    const longAgo = await endedDaysAgo(6)
    const recently = await endedDaysAgo(4)
    const upcoming = await payload.create({
      collection: 'registrations',
      data: {
        event: (await createFormEvent(payload)).id,
        name: 'Kommande',
        email: 'kommande@example.se',
        status: 'confirmed',
      },
    })

    await runRetention()

    expect(await exists('registrations', longAgo)).toBe(false)
    expect(await exists('registrations', recently)).toBe(true)
    expect(await exists('registrations', upcoming.id)).toBe(true)
  })

  it('erases page feedback texts after the retention period and keeps the counts', async () => {
    const now = new Date()
    const add = (day: string) =>
      payload.create({
        collection: 'page-feedback',
        data: { page: '/evenemang/gammalt/', day, answer: 'no', text: 'Vad kostar det?' },
      })
    const old = await add(stockholmDayBefore(now, 3))
    const recent = await add(stockholmDayBefore(now, 1))

    await runRetention()

    const kept = await payload.findByID({ collection: 'page-feedback', id: old.id })
    expect(kept).toMatchObject({ page: '/evenemang/gammalt/', answer: 'no' })
    expect(kept.text ?? null).toBeNull()
    const fresh = await payload.findByID({ collection: 'page-feedback', id: recent.id })
    expect(fresh.text).toBe('Vad kostar det?')
  })

  it('deletes rejected and never moderated comments and erases approved ones’ e-mail after the period', async () => {
    const add = async (status: 'pending' | 'approved' | 'rejected', daysAgo: number) => {
      const created = await payload.create({
        collection: 'comments',
        data: {
          article: articleId,
          name: 'Maja Läsare',
          email: 'maja@example.se',
          text: 'Bra!',
        } as never,
      })
      // A moderated comment's age is its moderation's, a waiting one's is when it was sent.
      const at = new Date(Date.now() - daysAgo * DAY_MS).toISOString()
      await payload.db.updateOne({
        collection: 'comments',
        id: created.id,
        data: status === 'pending' ? { createdAt: at } : { status, moderatedAt: at },
      })
      return created.id
    }
    const oldRejected = await add('rejected', 3)
    const newRejected = await add('rejected', 1)
    const oldApproved = await add('approved', 3)
    const newApproved = await add('approved', 1)
    const pending = await add('pending', 1)
    const forgotten = await add('pending', 3)

    await runRetention()

    expect(await exists('comments', oldRejected)).toBe(false)
    expect(await exists('comments', newRejected)).toBe(true)
    const kept = await payload.findByID({ collection: 'comments', id: oldApproved, depth: 0 })
    expect(kept).toMatchObject({ status: 'approved', name: 'Maja Läsare', text: 'Bra!' })
    expect(kept.email ?? null).toBeNull()
    const recent = await payload.findByID({ collection: 'comments', id: newApproved, depth: 0 })
    expect(recent.email).toBe('maja@example.se')
    const waiting = await payload.findByID({ collection: 'comments', id: pending, depth: 0 })
    expect(waiting).toMatchObject({ status: 'pending', email: 'maja@example.se' })
    expect(await exists('comments', forgotten)).toBe(false)
  })

  it('is scheduled every night by the jobs runner', async () => {
    await payload.jobs.handleSchedules()
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'purgeExpiredSubmissions' } },
    })
    expect(docs).toHaveLength(1)
    const due = new Date(docs[0]!.waitUntil!)
    expect([due.getHours(), due.getMinutes(), due.getSeconds()]).toEqual([3, 15, 0])
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(DAY_MS)
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: docs[0]!.id } } })
  })
})
