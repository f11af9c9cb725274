import {
  RECEIPT_MESSAGES,
  SUBMISSION_LIMITS,
  isIdempotencyKey,
  parseSubmission,
  type SubmissionData,
  type SubmissionKind,
  type SubmissionReceipt,
} from '@redaktion/content-schemas/submissions'
import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import type { Captcha } from './captcha'
import { checkAttachment, checkDebateDocument, type CheckedFile } from './checkFiles'
import { clientAddress, type RateLimit } from './rateLimit'
import { readSubmissionBody, type ReceivedFile } from './readSubmissionBody'
import { assertOpenForReplies } from './assertOpenForReplies'
import { findPublishedEvent } from '../registrations/registrationQueries'
import { assertRegistrationOpen, storeRegistration } from '../registrations/storeRegistration'
import { referenceCode } from '../utilities/referenceCode'
import { findReceipt, storeSubmission } from './storeSubmission'
import { SubmissionError, fieldError } from './SubmissionError'

export interface SubmissionGuards {
  captcha: Captcha
  rateLimit: RateLimit
}

export type SubmissionOutcome =
  | { status: 201; body: SubmissionReceipt }
  | {
      status: 409
      body: { message: string; errors: []; receipt: SubmissionReceipt }
    }

const FILE_FIELDS: Record<SubmissionKind, Record<string, number>> = {
  tip: { attachments: SUBMISSION_LIMITS.attachments },
  correction: {},
  debate: { document: 1 },
  registration: {},
  comment: {},
}

/**
 * One reader submission, from request to receipt. The checks run cheapest first, and nothing is
 * written until every one has passed: rate limit, body size and shape, a repeated idempotency
 * key (answered with the first receipt), the shared schema, the captcha, the files' contents,
 * the article or the event (published, taking registrations through the form now). Throws a SubmissionError for anything the reader should be told.
 */
export async function handleSubmission(
  kind: SubmissionKind,
  req: PayloadRequest,
  { captcha, rateLimit }: SubmissionGuards,
): Promise<SubmissionOutcome> {
  const { payload } = req
  await consumeRateLimit(req, rateLimit)

  const body = await readSubmissionBody(req, { fileFields: FILE_FIELDS[kind] })
  const { fields } = body
  // A file input left empty still sends a nameless, empty part.
  const files = body.files.filter((file) => file.filename !== '' || file.bytes.length > 0)
  // The honeypot is judged last, so a bot that fills it is answered exactly like a person.
  const { altcha, website: honeypot, ...formFields } = fields
  const key = formFields.idempotencyKey
  if (isIdempotencyKey(key)) {
    const receipt = await findReceipt(payload, kind, key)
    if (receipt) return duplicate(receipt)
  }

  const parsed = parseSubmission(
    kind,
    kind === 'debate' ? { ...formFields, hasDocument: files.length > 0 } : formFields,
  )
  if (!parsed.success) {
    throw new SubmissionError(400, 'Kontrollera uppgifterna i formuläret.', parsed.errors)
  }

  const verdict = await captcha.verify(altcha)
  if (!verdict.isValid) throw fieldError(400, 'altcha', verdict.message)

  const checkedFiles = await checkFiles(kind, files)
  const article = 'article' in parsed.data ? parsed.data.article : undefined
  if (article && !(await isPublishedArticle(payload, article))) {
    throw fieldError(400, 'article', 'Artikeln finns inte eller är inte publicerad.')
  }
  if (kind === 'comment' && article && !(await hasCommentsOpen(payload, article))) {
    throw fieldError(400, 'article', 'Artikeln tar inte emot kommentarer.')
  }
  const repliesTo = 'repliesTo' in parsed.data ? parsed.data.repliesTo : undefined
  if (repliesTo !== undefined) await assertOpenForReplies(payload, repliesTo)
  const eventId = 'event' in parsed.data ? parsed.data.event : undefined
  const event = eventId === undefined ? undefined : await findPublishedEvent(payload, eventId)
  if (event !== undefined) assertRegistrationOpen(event)
  if (honeypot !== undefined && honeypot !== '') return decoyReceipt(kind)

  try {
    return {
      status: 201,
      body: event
        ? await storeRegistration({
            payload,
            data: parsed.data as SubmissionData['registration'],
            event,
          })
        : await storeSubmission({ payload, kind, data: parsed.data, files: checkedFiles }),
    }
  } catch (error) {
    // Two sends with one key at once: the database's unique index let exactly one through.
    const receipt = await findReceipt(payload, kind, parsed.data.idempotencyKey)
    if (receipt) return duplicate(receipt)
    if (error instanceof ValidationError) {
      // The collections' own rules are stricter than the schema in nothing we know of; if one
      // ever is, the reader still gets a 400 naming the field rather than a 500.
      throw new SubmissionError(
        400,
        'Kontrollera uppgifterna i formuläret.',
        error.data.errors.map(({ path, message }) => ({ field: path, message })),
      )
    }
    throw error
  }
}

/** Counts one send from the client's address; a 429 with Retry-After once it is over its limit. */
export async function consumeRateLimit(req: PayloadRequest, rateLimit: RateLimit): Promise<void> {
  const rate = await rateLimit.consume(clientAddress(req.headers))
  if (rate.isAllowed) return
  const minutes = Math.max(1, Math.ceil(rate.retryAfterSeconds / 60))
  throw new SubmissionError(
    429,
    `Du har skickat många bidrag på kort tid. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.`,
    [],
    { 'Retry-After': String(rate.retryAfterSeconds) },
  )
}

/** What a bot that filled the honeypot is told: a receipt like any other, with nothing behind it. */
function decoyReceipt(kind: SubmissionKind): SubmissionOutcome {
  return {
    status: 201,
    body: {
      kind,
      reference: referenceCode(kind),
      receivedAt: new Date().toISOString(),
      message: RECEIPT_MESSAGES[kind],
      // Shaped like a real registration's receipt, so the answer gives nothing away.
      ...(kind === 'registration'
        ? { registration: { status: 'confirmed' as const, placesLeft: null } }
        : {}),
    },
  }
}

function duplicate(receipt: SubmissionReceipt): SubmissionOutcome {
  return {
    status: 409,
    body: { message: 'Det här bidraget har redan tagits emot.', errors: [], receipt },
  }
}

async function checkFiles(kind: SubmissionKind, files: ReceivedFile[]): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = []
  for (const file of files) {
    if (file.bytes.length === 0) {
      throw fieldError(400, file.field, `Filen ${file.filename} är tom.`)
    }
    checked.push(kind === 'debate' ? checkDebateDocument(file) : await checkAttachment(file))
  }
  return checked
}

async function hasCommentsOpen(payload: Payload, id: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { commentsOpen: { equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs === 1
}

async function isPublishedArticle(payload: Payload, id: string): Promise<boolean> {
  try {
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: {
        and: [{ id: { equals: id } }, { _status: { equals: 'published' } }],
      },
      overrideAccess: true,
    })
    return totalDocs === 1
  } catch {
    return false
  }
}
