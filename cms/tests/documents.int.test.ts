import { readdir } from 'node:fs/promises'
import path from 'node:path'

import type { Article, Document, Event } from '@redaktion/content-schemas/payload-types'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import { buildPdf, mp4Bytes, webmBytes } from './helpers/buildMedia'
import { articleData, eventData, type BaseDocs } from './helpers/samples'
import { queuedDeliveries, runDeliveries } from './helpers/siteDeliveries'
import type { StaffApi } from './helpers/staffApi'
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhookReceiver'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let api: StaffApi
let receiver: WebhookReceiver
let stop: () => Promise<void>

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  vi.stubEnv('SITE_WEBHOOK_URL', `${receiver.url}/hook`)
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  const { staffApi } = await import('./helpers/staffApi')
  ;({ payload, staff, base } = await startNewsroom())
  api = await staffApi(payload, staff)
  stop = () => stopTestPayload(payload)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await receiver?.close()
})
beforeEach(async () => {
  await runDeliveries(payload)
})

const MB = 1024 * 1024

/** Uploads as the journalist over REST, exactly as the admin's upload form does. */
function upload(collection: 'documents' | 'videos', name: string, data: Uint8Array, type: string) {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(data)], { type }), name)
  form.append('_payload', JSON.stringify({ title: 'Presentation' }))
  return api.rest('POST', `/${collection}`, { actor: 'journalist', body: form })
}

const storedFiles = async (collection: string) => {
  const dir = path.join(process.env.DATA_DIR!, 'uploads', collection)
  return (await readdir(dir).catch(() => [])).sort()
}

const countOf = async (collection: 'documents' | 'videos') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('PDF documents', () => {
  it('accepts a real PDF, under a safe name, labelled with its type and size', async () => {
    const pdf = await buildPdf('Presentation om tillit', { padTo: Math.round(2.1 * MB) })
    const answer = await upload(
      'documents',
      'Presentation ÅÄÖ <script>.PDF',
      pdf,
      'application/pdf',
    )
    expect(answer.status).toBe(201)
    const doc = answer.body.doc as Document
    expect(doc.filename).toBe('presentation-aao-script.pdf')
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.label).toBe('Presentation (PDF, 2,1 MB)')
    expect(await storedFiles('documents')).toContain(doc.filename)
  })

  it('refuses a fake PDF, an HTML page named .pdf and a file over 25 MB, storing nothing', async () => {
    const before = { docs: await countOf('documents'), files: await storedFiles('documents') }
    const fake = new TextEncoder().encode(`%PDF-1.7\n${'1 0 obj\n'.repeat(40)}%%EOF\n`)
    const html = new TextEncoder().encode(
      '<!doctype html><title>x</title><script>alert(1)</script>',
    )
    for (const bytes of [fake, html]) {
      const answer = await upload('documents', 'presentation.pdf', bytes, 'application/pdf')
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toEqual([
        {
          message:
            'Fil: filen är inte en PDF som går att öppna. Spara dokumentet som PDF och försök igen.',
        },
      ])
    }
    const oversize = await buildPdf('Stor', { padTo: 26 * MB })
    // Over REST, Payload's request parser stops at 25 MB first (upload.responseOnLimit); an
    // in-process Request cannot show that (undici keeps writing into the aborted body), so the
    // collection's own limit is checked here, through the local API.
    await expect(
      payload.create({
        collection: 'documents',
        data: { title: 'Stor' },
        file: {
          data: Buffer.from(oversize),
          mimetype: 'application/pdf',
          name: 'stor.pdf',
          size: oversize.length,
        },
      }),
    ).rejects.toMatchObject({ status: 413, message: 'Fil: dokumentet är för stort, högst 25 MB.' })
    expect(await countOf('documents')).toBe(before.docs)
    expect(await storedFiles('documents')).toEqual(before.files)
  }, 60_000)

  it('needs a title', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([Buffer.from(await buildPdf())], { type: 'application/pdf' }),
      'a.pdf',
    )
    form.append('_payload', JSON.stringify({}))
    const answer = await api.rest('POST', '/documents', { actor: 'journalist', body: form })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('Titel')
  })

  it('serves a document inline as a PDF the browser may not sniff', async () => {
    const answer = await upload('documents', 'visa.pdf', await buildPdf(), 'application/pdf')
    const doc = answer.body.doc as Document
    const file = await api.rest('GET', `/documents/file/${doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toBe('inline')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('announces a changed document to the site, and a new one not until it is used', async () => {
    const answer = await upload('documents', 'beroende.pdf', await buildPdf(), 'application/pdf')
    const doc = answer.body.doc as Document
    expect(await queuedDeliveries(payload)).toEqual([])
    await payload.update({ collection: 'documents', id: doc.id, data: { title: 'Bilder' } })
    const [delivery] = await queuedDeliveries(payload)
    expect(delivery?.input).toMatchObject({
      event: 'dependency',
      collection: 'documents',
      ids: [String(doc.id)],
    })
  })
})

describe('documents in article bodies and on events', () => {
  it('keeps a document inserted into an article body, and gives it to the site with its label', async () => {
    const answer = await upload(
      'documents',
      'rapport.pdf',
      await buildPdf('Rapport'),
      'application/pdf',
    )
    const doc = answer.body.doc as Document
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: null,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                text: 'Läs rapporten:',
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
            ],
          },
          {
            type: 'upload',
            version: 3,
            format: '',
            id: 'a1b2c3',
            fields: null,
            relationTo: 'documents',
            value: doc.id,
          },
        ],
      },
    }
    const article = (await payload.create({
      collection: 'articles',
      data: { ...articleData(base, 'published'), body } as never,
      user: { ...staff.editor, collection: 'users' },
      overrideAccess: false,
    })) as Article
    const read = (await payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 1,
      overrideAccess: false,
    })) as Article
    const node = read.body!.root.children[1] as unknown as {
      type: string
      relationTo: string
      value: Document
    }
    expect(node.type).toBe('upload')
    expect(node.relationTo).toBe('documents')
    expect(node.value).toMatchObject({
      id: doc.id,
      title: 'Presentation',
      label: 'Presentation (PDF, 1 kB)',
      mimeType: 'application/pdf',
      url: expect.stringMatching(new RegExp(`/api/documents/file/${doc.filename}$`)),
    })
  })

  it('refuses a body upload node for a collection that is no body content', async () => {
    const video = await upload('videos', 'film.mp4', mp4Bytes(), 'video/mp4')
    expect(video.status).toBe(201)
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        children: [
          {
            type: 'upload',
            version: 3,
            format: '',
            id: 'x1',
            fields: null,
            relationTo: 'videos',
            value: (video.body.doc as { id: string }).id,
          },
        ],
      },
    }
    await expect(
      payload.create({
        collection: 'articles',
        data: { ...articleData(base, 'published'), body } as never,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('links documents and a video file from a published event', async () => {
    const doc = (await upload('documents', 'bilder.pdf', await buildPdf(), 'application/pdf')).body
      .doc as Document
    const video = (await upload('videos', 'film.webm', webmBytes(), 'video/webm')).body.doc as {
      id: string
    }
    const event = (await payload.create({
      collection: 'events',
      data: eventData('published', {
        documents: [doc.id],
        video: { file: video.id, title: 'Inspelning av seminariet' },
      }) as never,
      depth: 1,
    })) as Event
    expect((event.documents as Document[])[0]!.label).toMatch(/^Presentation \(PDF, \d+ kB\)$/)
    expect(event.video?.file).toMatchObject({ id: video.id, mimeType: 'video/webm' })
  })
})

describe('video files', () => {
  it('accepts MP4 and WebM by their bytes, naming the file after what it is', async () => {
    const webmNamedMp4 = await upload('videos', 'Seminarium A3.mp4', webmBytes(), 'video/mp4')
    expect(webmNamedMp4.status).toBe(201)
    expect(webmNamedMp4.body.doc).toMatchObject({
      filename: 'seminarium-a3.webm',
      mimeType: 'video/webm',
    })
  })

  it('refuses anything else, storing nothing', async () => {
    const before = await countOf('videos')
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>'.repeat(3))
    const answer = await upload('videos', 'film.mp4', html, 'video/mp4')
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { message: 'Fil: filen är inte en MP4- eller WebM-video.' },
    ])
    expect(await countOf('videos')).toBe(before)
  })
})
