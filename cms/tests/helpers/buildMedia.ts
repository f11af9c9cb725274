import { randomBytes } from 'node:crypto'

import { PDFDocument, StandardFonts } from 'pdf-lib'

/** A real PDF with one page of text, written by pdf-lib; `padTo` grows it by about that many bytes
 * with an attachment of random (incompressible) bytes. */
export async function buildPdf(text = 'Presentation', { padTo = 0 } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const page = document.addPage([595, 842])
  const font = await document.embedFont(StandardFonts.Helvetica)
  page.drawText(text, { x: 50, y: 780, size: 18, font })
  if (padTo > 0) await document.attach(new Uint8Array(randomBytes(padTo)), 'bilaga.bin')
  return document.save({ useObjectStreams: false })
}

/** The start of an MP4 file: an `ftyp` box (brand isom) and an empty `mdat` box. */
export function mp4Bytes(): Uint8Array {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
  ])
  const mdat = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('mdat')])
  return new Uint8Array(Buffer.concat([ftyp, mdat]))
}

/** The start of a WebM file: an EBML header whose DocType is `webm`. */
export function webmBytes(): Uint8Array {
  const docType = Buffer.concat([Buffer.from([0x42, 0x82, 0x84]), Buffer.from('webm')])
  const body = Buffer.concat([
    Buffer.from([0x42, 0x86, 0x81, 0x01]),
    Buffer.from([0x42, 0xf7, 0x81, 0x01]),
    docType,
    Buffer.from([0x42, 0x87, 0x81, 0x04]),
  ])
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | body.length]), body]),
  )
}
