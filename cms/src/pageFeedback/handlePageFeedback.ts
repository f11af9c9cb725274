import {
  PAGE_FEEDBACK_RECEIPT_MESSAGE,
  isIdempotencyKey,
  parsePageFeedback,
  type PageFeedbackReceipt,
} from '@redaktion/content-schemas/submissions'
import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { consumeRateLimit, type SubmissionGuards } from '../submissions/handleSubmission'
import { readSubmissionBody } from '../submissions/readSubmissionBody'
import { SubmissionError, fieldError } from '../submissions/SubmissionError'
import { stockholmDay } from './stockholmDay'

export type PageFeedbackOutcome =
  | { status: 201; body: PageFeedbackReceipt }
  | { status: 409; body: PageFeedbackReceipt & { errors: [] } }

const THANKS: PageFeedbackOutcome = {
  status: 201,
  body: { message: PAGE_FEEDBACK_RECEIPT_MESSAGE },
}
const REPEATED: PageFeedbackOutcome = {
  status: 409,
  body: { message: 'Ditt svar har redan tagits emot. Tack!', errors: [] },
}

/**
 * "Hjälpte informationen på sidan dig?": the same checks as the other submissions (rate limit,
 * streamed body limits, a repeated key, the shared schema, the captcha, the honeypot), then one
 * row of page, Stockholm day, answer and text. Nothing else about the answer or its sender is
 * kept: no time of day, no reference, no address, no user agent.
 */
export async function handlePageFeedback(
  req: PayloadRequest,
  { captcha, rateLimit }: SubmissionGuards,
): Promise<PageFeedbackOutcome> {
  const { payload } = req
  await consumeRateLimit(req, rateLimit)
  const { fields } = await readSubmissionBody(req, { fileFields: {} })
  const { altcha, website: honeypot, ...formFields } = fields
  const key = formFields.idempotencyKey
  if (isIdempotencyKey(key) && (await isReceived(payload, key))) return REPEATED

  const parsed = parsePageFeedback(formFields)
  if (!parsed.success) {
    throw new SubmissionError(400, 'Kontrollera ditt svar.', parsed.errors)
  }
  const verdict = await captcha.verify(altcha)
  if (!verdict.isValid) throw fieldError(400, 'altcha', verdict.message)
  if (honeypot !== undefined && honeypot !== '') return THANKS

  const { page, answer, text, idempotencyKey } = parsed.data
  try {
    await payload.create({
      collection: 'page-feedback',
      data: { page, day: stockholmDay(new Date()), answer, text, idempotencyKey },
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    // Two sends with one key at once: the unique index let exactly one through.
    if (error instanceof ValidationError && (await isReceived(payload, idempotencyKey))) {
      return REPEATED
    }
    throw error
  }
  return THANKS
}

async function isReceived(payload: Payload, idempotencyKey: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'page-feedback',
    where: { idempotencyKey: { equals: idempotencyKey } },
    overrideAccess: true,
  })
  return totalDocs > 0
}
