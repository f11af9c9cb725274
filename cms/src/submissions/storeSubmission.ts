import { rm } from 'node:fs/promises'
import path from 'node:path'

import {
  RECEIPT_MESSAGES,
  SUBMISSION_COLLECTIONS,
  type SubmissionData,
  type SubmissionKind,
  type SubmissionReceipt,
} from '@redaktion/content-schemas/submissions'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { CheckedFile } from './checkFiles'

export interface StoreArguments<Kind extends SubmissionKind> {
  payload: Payload
  kind: Kind
  data: SubmissionData[Kind]
  files: CheckedFile[]
}

type StoredDocument = { id: number | string; reference?: string | null; createdAt: string }

/**
 * Stores a submission, its files and the job that mails the news desk in one transaction, so
 * the reader's receipt always has a row behind it and a row always has its mail on the way.
 * Files written before a failed commit are removed again.
 */
export async function storeSubmission<Kind extends SubmissionKind>({
  payload,
  kind,
  data,
  files,
}: StoreArguments<Kind>): Promise<SubmissionReceipt> {
  const req = await createLocalReq({ context: { isReaderSubmission: true } }, payload)
  await initTransaction(req)
  const written: string[] = []
  try {
    const uploadIds: (number | string)[] = []
    for (const file of files) {
      const upload = await payload.create({
        collection: kind === 'debate' ? 'debate-documents' : 'tip-attachments',
        data: {},
        file: {
          data: file.bytes,
          mimetype: file.mimeType,
          name: file.filename,
          size: file.bytes.length,
        },
        req,
        overrideAccess: true,
        depth: 0,
      })
      if (upload.filename) written.push(uploadPath(payload, kind, upload.filename))
      uploadIds.push(upload.id)
    }
    const doc = (await payload.create({
      collection: SUBMISSION_COLLECTIONS[kind],
      data: documentData({ payload, kind, data, uploadIds }) as never,
      req,
      overrideAccess: true,
      depth: 0,
    })) as StoredDocument
    await payload.jobs.queue({
      task: 'sendSubmissionMail',
      input: { kind, id: String(doc.id) },
      req,
    })
    await commitTransaction(req)
    payload.logger.debug(`Reader submission stored: ${kind} ${doc.reference}`)
    return receiptOf(kind, doc)
  } catch (error) {
    await killTransaction(req)
    await Promise.all(written.map((file) => rm(file, { force: true })))
    throw error
  }
}

/** The receipt for an idempotency key that was already accepted, if there is one. */
export async function findReceipt(
  payload: Payload,
  kind: SubmissionKind,
  idempotencyKey: string,
  req?: PayloadRequest,
): Promise<SubmissionReceipt | null> {
  const found = await payload.find({
    collection: SUBMISSION_COLLECTIONS[kind],
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { reference: true, createdAt: true },
    req,
  })
  const doc = found.docs[0] as StoredDocument | undefined
  return doc ? receiptOf(kind, doc) : null
}

function receiptOf(kind: SubmissionKind, doc: StoredDocument): SubmissionReceipt {
  return {
    kind,
    reference: String(doc.reference),
    receivedAt: new Date(doc.createdAt).toISOString(),
    message: RECEIPT_MESSAGES[kind],
  }
}

function documentData<Kind extends SubmissionKind>({
  payload,
  kind,
  data,
  uploadIds,
}: {
  payload: Payload
  kind: Kind
  data: SubmissionData[Kind]
  uploadIds: (number | string)[]
}): Record<string, unknown> {
  const articleId = (id: string) => toDocumentId(payload, id)
  const { website: _honeypot, ...fields } = data as Record<string, unknown>
  if (kind === 'tip') {
    const tip = fields as SubmissionData['tip']
    return {
      message: tip.message,
      article: tip.article ? articleId(tip.article) : undefined,
      anonymous: tip.anonymous,
      // An anonymous tip keeps nothing that could lead back to its sender.
      name: tip.anonymous ? undefined : tip.name,
      contact: tip.anonymous ? undefined : tip.contact,
      attachments: uploadIds,
      idempotencyKey: tip.idempotencyKey,
    }
  }
  if (kind === 'correction') {
    const report = fields as SubmissionData['correction']
    return { ...report, article: articleId(String(report.article)) }
  }
  const { hasDocument: _hasDocument, ...piece } = fields as SubmissionData['debate']
  return { ...piece, document: uploadIds[0] }
}

/** SQLite ids are numbers, MongoDB's are strings; the form sends both as strings. */
export function toDocumentId(payload: Payload, id: string): number | string {
  return payload.db.defaultIDType === 'number' ? Number(id) : id
}

function uploadPath(payload: Payload, kind: SubmissionKind, filename: string): string {
  const collection = payload.collections[kind === 'debate' ? 'debate-documents' : 'tip-attachments']
  const upload = collection.config.upload
  const staticDir = typeof upload === 'object' ? upload.staticDir : undefined
  return path.join(staticDir ?? '', filename)
}
