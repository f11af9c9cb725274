import { fieldErrorsOf } from '@redaktion/content-schemas/submissions'
import {
  TIP_REPLY_LIMITS,
  tipReplyAnswerSchema,
  tipReplyOpenSchema,
  type TipReplyDuplicate,
  type TipReplyThread,
} from '@redaktion/content-schemas/tipReplies'
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { checkAttachment, type CheckedFile } from '../submissions/checkFiles'
import { consumeRateLimit, type SubmissionGuards } from '../submissions/handleSubmission'
import { readSubmissionBody } from '../submissions/readSubmissionBody'
import { SubmissionError, fieldError } from '../submissions/SubmissionError'
import { findReplyBoxTip } from './findReplyBoxTip'
import { readerThread } from './readerThread'
import { findAnsweredTip, storeTipsterAnswer } from './storeTipsterAnswer'

export type TipReplyOutcome =
  { status: 200 | 201; body: TipReplyThread } | { status: 409; body: TipReplyDuplicate }

const duplicate = (thread: TipReplyThread): TipReplyOutcome => ({
  status: 409,
  body: { message: 'Det här svaret har redan tagits emot.', errors: [], thread },
})

/** `POST /api/submissions/tip/reply-box`: reference + phrase → the thread. */
export async function openReplyBox(
  req: PayloadRequest,
  { captcha, rateLimit }: SubmissionGuards,
): Promise<TipReplyOutcome> {
  await consumeRateLimit(req, rateLimit)
  const { fields } = await readSubmissionBody(req, { fileFields: {} })
  const { altcha, ...formFields } = fields
  const data = parse(tipReplyOpenSchema, formFields)
  const verdict = await captcha.verify(altcha)
  if (!verdict.isValid) throw fieldError(400, 'altcha', verdict.message)
  const tip = await findReplyBoxTip(req.payload, data)
  return { status: 200, body: await readerThread(req.payload, tip) }
}

/**
 * `POST /api/submissions/tip/reply-box/answer`: the tipster's answer with its files. A repeated
 * idempotency key answers 409 with the thread and stores nothing (after the phrase is checked,
 * so a key alone reveals nothing); a closed tip refuses with 409 naming `message`.
 */
export async function answerReplyBox(
  req: PayloadRequest,
  { captcha, rateLimit }: SubmissionGuards,
): Promise<TipReplyOutcome> {
  const { payload } = req
  await consumeRateLimit(req, rateLimit)
  const body = await readSubmissionBody(req, {
    fileFields: { attachments: TIP_REPLY_LIMITS.attachments },
  })
  // A file input left empty still sends a nameless, empty part.
  const files = body.files.filter((file) => file.filename !== '' || file.bytes.length > 0)
  const { altcha, ...formFields } = body.fields
  const data = parse(tipReplyAnswerSchema, formFields)

  const answered = await findAnsweredTip(payload, data.idempotencyKey)
  if (answered) {
    const tip = await findReplyBoxTip(payload, data)
    if (tip.id !== answered)
      throw fieldError(400, 'idempotencyKey', 'Formulärnyckeln är ogiltig. Ladda om sidan.')
    return duplicate(await readerThread(payload, tip))
  }

  const verdict = await captcha.verify(altcha)
  if (!verdict.isValid) throw fieldError(400, 'altcha', verdict.message)
  const tip = await findReplyBoxTip(payload, data)
  if (tip.status === 'closed') {
    throw fieldError(409, 'message', 'Tipset är avslutat och tar inte emot fler svar.')
  }
  const checked: CheckedFile[] = []
  for (const file of files) {
    if (file.bytes.length === 0) throw fieldError(400, file.field, `Filen ${file.filename} är tom.`)
    checked.push(await checkAttachment(file))
  }
  try {
    await storeTipsterAnswer({ payload, tipId: tip.id, data, files: checked })
  } catch (error) {
    // Two sends with one key at once: the unique index let exactly one through.
    if ((await findAnsweredTip(payload, data.idempotencyKey)) === tip.id) {
      return duplicate(await readerThread(payload, tip))
    }
    throw error
  }
  return { status: 201, body: await readerThread(payload, tip) }
}

function parse<Schema extends z.ZodType>(schema: Schema, fields: unknown): z.output<Schema> {
  const result = schema.safeParse(fields)
  if (!result.success) {
    throw new SubmissionError(
      400,
      'Kontrollera uppgifterna i formuläret.',
      fieldErrorsOf(result.error),
    )
  }
  return result.data
}
