import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { SUBMISSION_FIELD_LABELS, SUBMISSION_LIMITS } from '@redaktion/content-schemas/submissions'
import busboy from 'busboy'

import { SubmissionError, fieldError } from './SubmissionError'

export interface ReceivedFile {
  field: string
  filename: string
  bytes: Buffer
}

export interface SubmissionBody {
  fields: Record<string, unknown>
  files: ReceivedFile[]
}

/** What is read of a request: a web Request, or Payload's request built on one. */
export interface IncomingRequest {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}

export interface BodyLimits {
  /** Form fields that may carry files, with how many each may carry. */
  fileFields: Record<string, number>
}

const MEGABYTES = (bytes: number) => Math.round(bytes / 1024 / 1024)
const TOO_LARGE = `Bidraget är för stort: högst ${MEGABYTES(SUBMISSION_LIMITS.bodyBytes)} MB.`

/**
 * Reads a submission: multipart/form-data (the browser form, files allowed), or JSON (API
 * clients, no files). Every size is capped while streaming, so an oversized body is refused
 * before it is held in memory, and a field sent twice is refused rather than guessed at.
 */
export async function readSubmissionBody(
  request: IncomingRequest,
  limits: BodyLimits,
): Promise<SubmissionBody> {
  const contentType = request.headers.get('content-type') ?? ''
  const declaredLength = Number(request.headers.get('content-length') ?? 0)
  if (declaredLength > SUBMISSION_LIMITS.bodyBytes) throw new SubmissionError(413, TOO_LARGE)
  if (!request.body) throw new SubmissionError(400, 'Bidraget är tomt.')
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase()
  if (mediaType === 'multipart/form-data') return readMultipart(request, contentType, limits)
  if (mediaType === 'application/json') return { fields: await readJson(request), files: [] }
  throw new SubmissionError(
    415,
    'Fel innehållstyp: skicka formuläret som multipart/form-data eller JSON.',
  )
}

async function readJson(request: IncomingRequest): Promise<Record<string, unknown>> {
  const text = await readCapped(request, SUBMISSION_LIMITS.jsonBytes)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new SubmissionError(400, 'Bidraget är inte giltig JSON.')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SubmissionError(400, 'Bidraget måste vara ett JSON-objekt med formulärets fält.')
  }
  return value as Record<string, unknown>
}

async function readCapped(request: IncomingRequest, maxBytes: number): Promise<string> {
  const reader = request.body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new SubmissionError(413, `Bidraget är för stort: högst ${maxBytes / 1024} kB som JSON.`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function readMultipart(
  request: IncomingRequest,
  contentType: string,
  limits: BodyLimits,
): Promise<SubmissionBody> {
  const maxFiles = Object.values(limits.fileFields).reduce((sum, count) => sum + count, 0)
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        limits: {
          fields: 40,
          fieldNameSize: 100,
          fieldSize: SUBMISSION_LIMITS.fieldBytes,
          files: maxFiles,
          fileSize: SUBMISSION_LIMITS.fileBytes,
          parts: 60,
        },
        defParamCharset: 'utf8',
      })
    } catch {
      reject(new SubmissionError(400, 'Formuläret kunde inte läsas (trasig multipart-data).'))
      return
    }
    // No prototype: a field named `constructor` or `__proto__` is just a field name.
    const fields: Record<string, unknown> = Object.create(null)
    const files: ReceivedFile[] = []
    const pending: Promise<void>[] = []
    let failure: SubmissionError | null = null
    let received = 0
    const source = Readable.fromWeb(request.body as NodeReadableStream)

    // After a refusal the rest of the body is read and dropped, so the client is still
    // listening when the answer comes; only a body beyond the cap is cut off.
    const fail = (error: SubmissionError) => {
      if (failure) return
      failure = error
      source.unpipe(parser)
      source.resume()
      reject(error)
    }

    source.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > SUBMISSION_LIMITS.bodyBytes) {
        fail(new SubmissionError(413, TOO_LARGE))
        source.destroy()
      }
    })
    source.on('error', () => fail(new SubmissionError(400, 'Överföringen avbröts.')))

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) {
        fail(fieldError(413, name, `Fältet ${labelOf(name)} är för långt.`))
        return
      }
      if (Object.hasOwn(fields, name)) {
        fail(fieldError(400, name, `${labelOf(name)} skickades mer än en gång.`))
        return
      }
      fields[name] = value
    })
    parser.on('file', (name, stream, info) => {
      const allowed = Object.hasOwn(limits.fileFields, name) ? limits.fileFields[name] : undefined
      if (allowed === undefined) {
        stream.resume()
        fail(fieldError(400, name, `Fältet ${name} tar inte emot filer.`))
        return
      }
      if (files.filter((file) => file.field === name).length >= allowed) {
        stream.resume()
        fail(fieldError(400, name, `${labelOf(name)}: högst ${allowed} filer.`))
        return
      }
      const chunks: Buffer[] = []
      pending.push(
        new Promise<void>((done) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('limit', () =>
            fail(
              fieldError(
                413,
                name,
                `${labelOf(name)}: filen ${info.filename} är för stor (högst ${MEGABYTES(SUBMISSION_LIMITS.fileBytes)} MB).`,
              ),
            ),
          )
          stream.on('close', () => {
            if (!stream.truncated) {
              files.push({
                field: name,
                filename: info.filename ?? '',
                bytes: Buffer.concat(chunks),
              })
            }
            done()
          })
        }),
      )
    })
    parser.on('filesLimit', () => {
      const [field = 'form'] = Object.keys(limits.fileFields)
      fail(fieldError(400, field, `${labelOf(field)}: för många filer, högst ${maxFiles}.`))
    })
    parser.on('fieldsLimit', () => fail(new SubmissionError(400, 'För många fält i formuläret.')))
    parser.on('partsLimit', () => fail(new SubmissionError(400, 'För många delar i formuläret.')))
    parser.on('error', () =>
      fail(new SubmissionError(400, 'Formuläret kunde inte läsas (trasig multipart-data).')),
    )
    parser.on('close', () => {
      void Promise.all(pending).then(() => {
        if (!failure) resolve({ fields, files })
      })
    })
    source.pipe(parser)
  })
}

function labelOf(field: string): string {
  return Object.hasOwn(SUBMISSION_FIELD_LABELS, field)
    ? SUBMISSION_FIELD_LABELS[field as keyof typeof SUBMISSION_FIELD_LABELS]
    : `Fältet ${field}`
}
