import { fieldErrorsOf, type FieldError } from '@redaktion/content-schemas/submissions'
import {
  TIP_READER_STATUS,
  tipReplyAnswerSchema,
  tipReplyOpenSchema,
  type TipReplyThread,
} from '@redaktion/content-schemas/tipReplies'

import { checkFiles, type FileFacts } from './fileChecks'
import { jsonOf, rejectionOf, type Rejection } from './submissionResponse'

/** `POST {cms}/api/submissions/tip/reply-box`: opens the box (JSON). */
export const replyBoxOpenEndpoint = (cmsUrl: string) => `${cmsUrl}/api/submissions/tip/reply-box`

/** `POST {cms}/api/submissions/tip/reply-box/answer`: the tipster's answer (multipart). */
export const replyBoxAnswerEndpoint = (cmsUrl: string) =>
  `${cmsUrl}/api/submissions/tip/reply-box/answer`

/** What became of one request to the box, as the page acts on it. */
export type TipReplyOutcome =
  | { type: 'opened'; thread: TipReplyThread }
  | Rejection
  /** No answer, a server error, or an answer that is not a thread. */
  | { type: 'unavailable' }

const isThread = (value: unknown): value is TipReplyThread => {
  const thread = value as Partial<TipReplyThread> | null
  return (
    typeof thread?.reference === 'string' &&
    typeof thread.status === 'string' &&
    thread.status in TIP_READER_STATUS &&
    typeof thread.canAnswer === 'boolean' &&
    Array.isArray(thread.messages) &&
    thread.messages.every(
      (message) =>
        typeof message?.id === 'string' &&
        (message.from === 'newsroom' || message.from === 'tipster') &&
        typeof message.text === 'string' &&
        !Number.isNaN(Date.parse(message.sentAt)) &&
        Array.isArray(message.attachments),
    )
  )
}

/** Reads either endpoint's answer: a thread on 2xx, the Swedish refusal on 4xx. */
export async function readTipReplyResponse(response: Response): Promise<TipReplyOutcome> {
  const body = await jsonOf(response)
  if (response.ok)
    return isThread(body) ? { type: 'opened', thread: body } : { type: 'unavailable' }
  if (response.status >= 500 || response.status < 400) return { type: 'unavailable' }
  return rejectionOf(response, body, 'Svarslådan kunde inte öppnas')
}

/** The browser's check of reference and phrase, with the schema the CMS applies. */
export function validateOpen(fields: { reference: string; phrase: string }): FieldError[] {
  const result = tipReplyOpenSchema.safeParse(fields)
  return result.success ? [] : fieldErrorsOf(result.error)
}

/** The browser's check of an answer: the shared schema, then the files as a tip's. */
export function validateAnswer({
  fields,
  files,
}: {
  fields: { reference: string; phrase: string; idempotencyKey: string; message: string }
  files: readonly FileFacts[]
}): FieldError[] {
  const result = tipReplyAnswerSchema.safeParse(fields)
  return [...(result.success ? [] : fieldErrorsOf(result.error)), ...checkFiles('tip', files)]
}

/** The JSON body that opens the box: reference and phrase as typed, and the captcha. */
export function openBody(fields: { reference: string; phrase: string; altcha: string }): string {
  return JSON.stringify({
    reference: fields.reference,
    phrase: fields.phrase,
    altcha: fields.altcha,
  })
}

/** The multipart body of an answer: the text fields, the captcha, then one part per file. */
export function answerFormData({
  fields,
  files,
  altcha,
}: {
  fields: { reference: string; phrase: string; idempotencyKey: string; message: string }
  files: readonly File[]
  altcha: string
}): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  body.append('altcha', altcha)
  for (const file of files) body.append('attachments', file, file.name)
  return body
}
