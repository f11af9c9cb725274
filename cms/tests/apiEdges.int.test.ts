import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { docxFile, pngFile } from './helpers/samples'
import { staffApi, type StaffApi } from './helpers/staffApi'
import { formBody, postSubmission, solvedCaptcha, validFields } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let room: Newsroom
let api: StaffApi

beforeAll(async () => {
  room = await startNewsroom()
  api = await staffApi(room.payload, room.staff)
})
afterAll(() => stopTestPayload(room.payload))

describe('jobs and document locks', () => {
  it('runs no jobs over HTTP, for anyone', async () => {
    for (const actor of ['journalist', 'editor', 'admin'] as const) {
      const run = await api.rest('GET', '/payload-jobs/run?allQueues=true', { actor })
      expect(run.status).toBe(401)
      const schedules = await api.rest('GET', '/payload-jobs/handle-schedules', { actor })
      expect(schedules.status).toBe(401)
    }
  })

  it('takes a lock only in one’s own name, and leaves other people’s locks alone', async () => {
    const document = { relationTo: 'articles', value: room.base.articleId }
    const forged = await api.rest('POST', '/payload-locked-documents', {
      actor: 'journalist',
      body: { document, user: { relationTo: 'users', value: room.staff.editor.id } },
    })
    expect(forged.status).toBe(403)
    const editorsLock = await room.payload.create({
      collection: 'payload-locked-documents',
      data: { document, user: { relationTo: 'users', value: room.staff.editor.id } } as never,
    })
    const released = await api.rest('DELETE', `/payload-locked-documents/${editorsLock.id}`, {
      actor: 'journalist',
    })
    expect([403, 404]).toContain(released.status)
    expect(
      await room.payload.count({
        collection: 'payload-locked-documents',
        where: { id: { equals: editorsLock.id } },
      }),
    ).toMatchObject({ totalDocs: 1 })
    const own = await api.rest('POST', '/payload-locked-documents', {
      actor: 'journalist',
      body: { document },
    })
    expect(own.status).toBe(201)
    const ownLock = own.body.doc as { id: number; user: { value: { id: number } | number } }
    const holder = ownLock.user.value
    expect(typeof holder === 'object' ? holder.id : holder).toBe(room.staff.journalist.id)
  })
})

describe('uploads', () => {
  it('serves every stored file as an attachment that must not be sniffed', async () => {
    const png = await pngFile()
    const media = await room.payload.create({
      collection: 'media',
      data: { alt: 'Bild' },
      file: { ...png, data: Buffer.from(png.data), size: png.data.length },
    })
    const docx = docxFile()
    const document = await room.payload.create({
      collection: 'debate-documents',
      data: {},
      file: { ...docx, data: Buffer.from(docx.data), size: docx.data.length },
    })
    for (const [path, actor] of [
      [`/media/file/${media.filename}`, 'anonymous'],
      [`/debate-documents/file/${document.filename}`, 'editor'],
    ] as const) {
      const answer = await api.rest('GET', path, { actor })
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-disposition')).toBe('attachment')
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('answers a missing file with a 404 that says so', async () => {
    const answer = await api.rest('GET', '/media/file/finns-inte.png')
    expect(answer.status).toBe(404)
    expect(JSON.stringify(answer.body)).toMatch(/finns inte/)
  })
})

describe('bad requests', () => {
  it('answers a create sent as text/plain with a 4xx in Swedish', async () => {
    const answer = await api.rest('POST', '/categories', {
      actor: 'editor',
      body: 'title=Kategori',
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(answer.status).toBe(415)
    expect(JSON.stringify(answer.body)).toMatch(/application\/json/)
  })

  it('answers an access check for an id that cannot exist with a 4xx', async () => {
    for (const [method, path] of [
      ['POST', '/users/access/1e400'],
      ['GET', '/users/access?id=x'],
    ] as const) {
      const answer = await api.rest(method, path, { actor: 'journalist' })
      // Text ids (SQLite's and MongoDB's) make any short string plausible: Payload's own 404.
      expect(answer.status).toBe(404)
      expect(JSON.stringify(answer.body)).toMatch(/inget giltigt id|Hittades inte/)
    }
  })

  it('gives GraphQL callers no "Did you mean" hints about the schema', async () => {
    const answer = await api.graphql('{ Articles { docs { titel } } }')
    expect(answer.errors.length).toBeGreaterThan(0)
    expect(JSON.stringify(answer.errors)).not.toMatch(/Did you mean/)
  })
})

describe('reader submissions', () => {
  it('answers a filled honeypot as if accepted and stores nothing', async () => {
    const fields: Record<string, string> = {
      ...validFields('correction', room.base.articleId),
      website: 'https://spam.example',
      altcha: await solvedCaptcha(),
    }
    const answer = await postSubmission('correction', formBody(fields))
    expect(answer.status).toBe(201)
    expect(answer.body.message).toMatch(/Tack/)
    expect(JSON.stringify(answer.body)).not.toMatch(/Webbplats|website/i)
    const { totalDocs } = await room.payload.count({
      collection: 'corrections',
      where: { idempotencyKey: { equals: fields.idempotencyKey } },
    })
    expect(totalDocs).toBe(0)
  })

  it('treats a field named like an object property as any unknown field', async () => {
    const fields = {
      ...validFields('correction', room.base.articleId),
      altcha: await solvedCaptcha(),
    }
    const form = formBody(fields)
    form.append('constructor', 'x')
    const answer = await postSubmission('correction', form)
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).not.toMatch(/skickades mer än en gång/)
  })
})

describe('error reports', () => {
  it('show the reporter’s contact details to editors and the assignee, not to every journalist', async () => {
    const report = await room.payload.create({
      collection: 'corrections',
      data: {
        article: room.base.articleId,
        whatIsWrong: 'Fel siffra.',
        contactName: 'Lisa Läsare',
        contactEmail: 'lisa@example.se',
      } as never,
    })
    const read = async (actor: 'journalist' | 'editor') =>
      (await api.rest('GET', `/corrections/${report.id}?depth=0`, { actor })).body
    expect(await read('editor')).toMatchObject({ contactEmail: 'lisa@example.se' })
    expect(await read('journalist')).not.toHaveProperty('contactEmail')
    await room.payload.update({
      collection: 'corrections',
      id: report.id,
      data: { assignee: room.staff.journalist.id },
    })
    expect(await read('journalist')).toMatchObject({ contactName: 'Lisa Läsare' })
  })
})
