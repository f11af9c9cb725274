import {
  RECEIPT_MESSAGES,
  SUBMISSION_COLLECTIONS,
  WAITLIST_RECEIPT_MESSAGE,
  type SubmissionData,
  type SubmissionKind,
  type SubmissionReceipt,
} from '@redaktion/content-schemas/submissions'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
} from 'payload'

import { TIP_REPLY_BOX_PATH } from '@redaktion/content-schemas/tipReplies'

import { registrationReceipt, type StoredRegistration } from '../registrations/registrationReceipt'
import { referenceCode } from '../utilities/referenceCode'
import type { WriterKind } from '../writerMail/writerDecision'
import { createPhrase } from '../tipReplies/createPhrase'
import { hashPhrase } from '../tipReplies/phraseHash'
import type { CheckedFile } from './checkFiles'

export interface StoreArguments<Kind extends SubmissionKind> {
  payload: Payload
  kind: Kind
  data: SubmissionData[Kind]
  files: CheckedFile[]
  /** Fields the server decides, stored with the reader's (a registration's status and keys). */
  serverFields?: Record<string, unknown>
}

type StoredDocument = { id: number | string; reference?: string | null; createdAt: string }

/** How long the news desk's mail waits, so it never looks for a row still being written. */
const MAIL_DELAY_MS = 5_000

type Written = { collection: CollectionSlug; id: number | string }

/**
 * Stores a submission, its files and the job that mails the news desk, all or nothing, so the
 * reader's receipt always has a row behind it and a row always has its mail on the way.
 *
 * MongoDB does this in one transaction. SQLite runs without transactions here (see
 * database.ts), so the writes are ordered to be safe at every step and undone on failure: the
 * mail job first (it names the reference code, waits a few seconds, and finds nothing to mail if
 * the submission never arrives), then the files, then the submission itself.
 */
export async function storeSubmission<Kind extends SubmissionKind>({
  payload,
  kind,
  data,
  files,
  serverFields = {},
}: StoreArguments<Kind>): Promise<SubmissionReceipt> {
  const req = await createLocalReq({ context: { isReaderSubmission: true } }, payload)
  const isTransaction = await initTransaction(req)
  const written: Written[] = []
  const reference = referenceCode(kind)
  // Svarslåda: the phrase lives only in this function and on the receipt; the tip keeps its hash.
  const phrase = kind === 'tip' ? createPhrase() : undefined
  const phraseHash = phrase === undefined ? undefined : await hashPhrase(phrase)
  let doc: StoredDocument
  try {
    const job = await payload.jobs.queue({
      task: 'sendSubmissionMail',
      input: { kind, reference },
      waitUntil: new Date(Date.now() + MAIL_DELAY_MS),
      req,
    })
    written.push({ collection: 'payload-jobs', id: job.id })
    if (kind === 'registration') {
      // The registrant's own confirmation, by the same rule: queued first, sent only if the
      // registration is there when it runs.
      const confirmation = await payload.jobs.queue({
        task: 'sendRegistrantMail',
        input: { reference, reason: 'received' },
        waitUntil: new Date(Date.now() + MAIL_DELAY_MS),
        req,
      })
      written.push({ collection: 'payload-jobs', id: confirmation.id })
    }
    if (hasWriterAddress(kind, data)) {
      // The writer's receipt, by the same rule; the job carries the reference, not the address.
      const receipt = await payload.jobs.queue({
        task: 'sendWriterMail',
        input: { kind: kind as WriterKind, reference, mail: 'receipt' },
        waitUntil: new Date(Date.now() + MAIL_DELAY_MS),
        req,
      })
      written.push({ collection: 'payload-jobs', id: receipt.id })
    }
    const uploadIds: (number | string)[] = []
    for (const file of files) {
      const collection = kind === 'debate' ? 'debate-documents' : 'tip-attachments'
      const upload = await payload.create({
        collection,
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
      written.push({ collection, id: upload.id })
      uploadIds.push(upload.id)
    }
    doc = (await payload.create({
      collection: SUBMISSION_COLLECTIONS[kind],
      data: {
        ...documentData({ kind, data, uploadIds }),
        ...serverFields,
        reference,
        ...(phraseHash === undefined ? {} : { phraseHash }),
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })) as StoredDocument
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    if (!isTransaction) await undo(payload, written)
    throw error
  }
  payload.logger.debug(`Reader submission stored: ${kind} ${doc.reference}`)
  const receipt = await receiptOf(payload, kind, doc)
  return phrase === undefined
    ? receipt
    : { ...receipt, replyBox: { phrase, path: TIP_REPLY_BOX_PATH } }
}

/** Debate writers always give an address; an error reporter may; a tipster is never mailed. */
function hasWriterAddress(kind: SubmissionKind, data: unknown): boolean {
  if (kind === 'debate') return true
  return kind === 'correction' && Boolean((data as SubmissionData['correction']).contactEmail)
}

/** Deletes what a failed store wrote, newest first; an upload's file goes with its row. */
async function undo(payload: Payload, written: Written[]): Promise<void> {
  for (const { collection, id } of written.reverse()) {
    try {
      await payload.delete({ collection, id, overrideAccess: true })
    } catch (error) {
      payload.logger.error(
        { err: error },
        `Could not undo a failed submission's ${collection} ${id}`,
      )
    }
  }
}

/** The receipt for an idempotency key that was already accepted, if there is one. */
export async function findReceipt(
  payload: Payload,
  kind: SubmissionKind,
  idempotencyKey: string,
): Promise<SubmissionReceipt | null> {
  const found = await payload.find({
    collection: SUBMISSION_COLLECTIONS[kind],
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { reference: true, createdAt: true, ...(kind === 'registration' ? REGISTRATION : {}) },
  })
  const doc = found.docs[0] as StoredDocument | undefined
  return doc ? receiptOf(payload, kind, doc) : null
}

const REGISTRATION = { event: true, status: true } as const

async function receiptOf(
  payload: Payload,
  kind: SubmissionKind,
  doc: StoredDocument,
): Promise<SubmissionReceipt> {
  const receipt: SubmissionReceipt = {
    kind,
    reference: String(doc.reference),
    receivedAt: new Date(doc.createdAt).toISOString(),
    message: RECEIPT_MESSAGES[kind],
  }
  if (kind !== 'registration') return receipt
  const registration = await registrationReceipt(payload, doc as unknown as StoredRegistration)
  return {
    ...receipt,
    registration,
    message:
      registration.status === 'waitlisted' ? WAITLIST_RECEIPT_MESSAGE : RECEIPT_MESSAGES[kind],
  }
}

function documentData<Kind extends SubmissionKind>({
  kind,
  data,
  uploadIds,
}: {
  kind: Kind
  data: SubmissionData[Kind]
  uploadIds: (number | string)[]
}): Record<string, unknown> {
  const { website: _honeypot, ...fields } = data as Record<string, unknown>
  if (kind === 'tip') {
    const tip = fields as SubmissionData['tip']
    return {
      message: tip.message,
      article: tip.article || undefined,
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
    return { ...report, article: String(report.article) }
  }
  if (kind === 'comment') {
    // Pending whatever the form says: only an editor's approval publishes it.
    const comment = fields as SubmissionData['comment']
    return { ...comment, article: String(comment.article), status: 'pending' }
  }
  if (kind === 'registration') {
    const registration = fields as SubmissionData['registration']
    return { ...registration, event: String(registration.event) }
  }
  const { hasDocument: _hasDocument, ...piece } = fields as SubmissionData['debate']
  return { ...piece, document: uploadIds[0] }
}
