import {
  ATTACHMENT_TYPES,
  SUBMISSION_FIELD_LABELS,
  type AttachmentType,
} from '@redaktion/content-schemas/submissions'
import { fileTypeFromBuffer } from 'file-type'
import sharp, { type FormatEnum } from 'sharp'

import { WORD_MIME_TYPE } from '../collections/DebateDocuments'
import { inspectZip, withoutDocumentProperties } from '../utilities/inspectZip'
import { isWordDocument } from '../utilities/isWordDocument'
import type { ReceivedFile } from './readSubmissionBody'
import { fieldError } from './SubmissionError'

export interface CheckedFile {
  field: string
  filename: string
  mimeType: AttachmentType
  bytes: Buffer
}

const IMAGE_TYPES = new Set<string>(['image/jpeg', 'image/png', 'image/webp'])

/**
 * A tip attachment, judged by its bytes: a PDF, a JPEG/PNG/WebP image or a Word document. Images
 * are re-encoded by sharp, which drops EXIF (camera, GPS position, time) and every other kind of
 * metadata; Word documents lose their author and company properties.
 */
export async function checkAttachment(file: ReceivedFile): Promise<CheckedFile> {
  const label = SUBMISSION_FIELD_LABELS.attachments
  const refuse = (reason: string) =>
    fieldError(415, file.field, `${label}: ${safeName(file.filename)} ${reason}`)
  const detected = await fileTypeFromBuffer(file.bytes)
  const mimeType = isWordDocument(file.bytes) ? WORD_MIME_TYPE : detected?.mime
  if (!mimeType || !(mimeType in ATTACHMENT_TYPES)) {
    throw refuse('är inte en tillåten filtyp (PDF, JPEG, PNG, WebP eller Word .docx).')
  }
  if (mimeType === WORD_MIME_TYPE) {
    refuseZipBomb(file, refuse)
    return {
      ...withName(file, '.docx'),
      mimeType: WORD_MIME_TYPE as AttachmentType,
      bytes: withoutDocumentProperties(file.bytes),
    }
  }
  if (IMAGE_TYPES.has(mimeType)) {
    return {
      ...withName(file, extensionOf(mimeType)),
      mimeType: mimeType as AttachmentType,
      bytes: await stripImage(file, refuse),
    }
  }
  if (!isCompletePdf(file.bytes)) throw refuse('är en skadad eller ofullständig PDF.')
  return { ...withName(file, '.pdf'), mimeType: mimeType as AttachmentType, bytes: file.bytes }
}

/** A PDF that ends as a PDF must: a cross-reference table and the end-of-file marker. */
function isCompletePdf(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  return (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
    tail.includes('startxref') &&
    tail.includes('%%EOF')
  )
}

/** A debate piece's document: a real Word document, not a renamed file or a zip bomb. */
export function checkDebateDocument(file: ReceivedFile): CheckedFile {
  const refuse = (reason: string) =>
    fieldError(
      415,
      file.field,
      `${SUBMISSION_FIELD_LABELS.document}: ${safeName(file.filename)} ${reason}`,
    )
  if (!isWordDocument(file.bytes)) {
    throw refuse('är inte ett Word-dokument (.docx). Spara dokumentet som .docx och försök igen.')
  }
  refuseZipBomb(file, refuse)
  return {
    ...withName(file, '.docx'),
    mimeType: WORD_MIME_TYPE as AttachmentType,
    bytes: file.bytes,
  }
}

/** A Word document is a ZIP archive; one that would unpack to an absurd size is refused. */
function refuseZipBomb(file: ReceivedFile, refuse: (reason: string) => Error): void {
  const verdict = inspectZip(file.bytes)
  if (!verdict.isSafe) throw refuse(`kan inte tas emot: ${verdict.reason}`)
}

async function stripImage(file: ReceivedFile, refuse: (reason: string) => Error): Promise<Buffer> {
  try {
    // `rotate()` bakes the EXIF orientation into the pixels before the metadata goes.
    const image = sharp(file.bytes, { limitInputPixels: 100_000_000, failOn: 'error' }).rotate()
    const { format } = await image.metadata()
    return await image.toFormat(format as keyof FormatEnum).toBuffer()
  } catch {
    throw refuse('är en skadad eller för stor bild.')
  }
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
}

function extensionOf(mimeType: string): string {
  return EXTENSIONS[mimeType] ?? ''
}

/**
 * The stored name keeps what the reader called the file (minus any path and odd characters) and
 * always ends in the extension of what the file really is.
 */
function withName(file: ReceivedFile, extension: string): { field: string; filename: string } {
  const base = safeName(file.filename).replace(/\.[^.]*$/, '') || 'bilaga'
  return { field: file.field, filename: `${base}${extension}` }
}

function safeName(filename: string): string {
  const leaf = filename.split(/[\\/]/).at(-1) ?? ''
  return leaf.replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(0, 100)
}
