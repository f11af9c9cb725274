import { readdirSync } from 'node:fs'
import path from 'node:path'

import { strToU8, unzipSync, zipSync } from 'fflate'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildDocx } from './helpers/buildDocx'
import { docxFile, pngFile } from './helpers/samples'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

let payload: Payload
beforeAll(async () => {
  payload = await startTestPayload()
})
afterAll(() => stopTestPayload(payload))

/** Stores a document the way the submission endpoint does: the collection's own checks apply. */
function uploadWordDocument(data: Uint8Array, name = 'inlagg.docx') {
  return payload.create({
    collection: 'debate-documents',
    data: {},
    file: { data: Buffer.from(data), mimetype: DOCX_TYPE, name, size: data.length },
    overrideAccess: true,
  })
}

async function storedDocuments() {
  const { totalDocs } = await payload.count({ collection: 'debate-documents' })
  const dir = path.join(process.env.DATA_DIR!, 'uploads', 'debate-documents')
  const files = (() => {
    try {
      return readdirSync(dir)
    } catch {
      return []
    }
  })()
  return { totalDocs, files: files.length }
}

describe('debate documents', () => {
  it('accepts a real Word document', async () => {
    const before = await storedDocuments()
    const doc = await uploadWordDocument(docxFile().data)
    expect(doc.mimeType).toBe(DOCX_TYPE)
    expect(await storedDocuments()).toEqual({
      totalDocs: before.totalDocs + 1,
      files: before.files + 1,
    })
  })

  it('rejects a PNG renamed to .docx and stores nothing', async () => {
    const before = await storedDocuments()
    const png = await pngFile()
    await expect(uploadWordDocument(png.data, 'inlagg.docx')).rejects.toThrow(
      /inte ett Word-dokument/,
    )
    expect(await storedDocuments()).toEqual(before)
  })

  it('rejects a ZIP archive that is not a Word document', async () => {
    const before = await storedDocuments()
    const zip = zipSync({ 'anteckningar.txt': strToU8('hej') })
    await expect(uploadWordDocument(zip)).rejects.toThrow(/inte ett Word-dokument/)
    expect(await storedDocuments()).toEqual(before)
  })

  it('rejects a Word document over 10 MB and stores nothing', async () => {
    const before = await storedDocuments()
    const filler = new Uint8Array(10 * 1024 * 1024 + 1024).map(
      (_, index) => (index * 2654435761) >>> 24,
    )
    const large = zipSync({
      ...unzipSync(buildDocx('Stor fil')),
      'word/media/bild.bin': [filler, { level: 0 }],
    })
    await expect(uploadWordDocument(large)).rejects.toThrow(/för stort: högst 10 MB/)
    expect(await storedDocuments()).toEqual(before)
  })
})

describe('media', () => {
  it('makes thumbnail, card and hero sizes and requires alt text', async () => {
    const png = await pngFile()
    const file = {
      data: Buffer.from(png.data),
      mimetype: png.mimetype,
      name: png.name,
      size: png.data.length,
    }
    await expect(payload.create({ collection: 'media', data: {} as never, file })).rejects.toThrow(
      /Alternativtext/,
    )
    const media = await payload.create({ collection: 'media', data: { alt: 'En testbild' }, file })
    expect(Object.keys(media.sizes ?? {})).toEqual(['thumbnail', 'card', 'hero'])
  })
})
