import { z } from 'zod'

import { SUBMISSION_LIMITS, plainTextRule } from './submissions'

/**
 * Svarslåda: the way back to an anonymous tipster. The receipt of a tip shows, once, a secret
 * phrase of random Swedish words; the CMS keeps only a slow hash of it. With the tip's reference
 * and the phrase, the tipster opens `/tipsa/svar/`, reads the newsroom's questions and answers
 * them. Nothing identifies the tipster: no account, no cookie, no mail; the page holds the
 * reference and phrase in memory only and sends them with every request.
 *
 * Endpoints (CMS), each with the captcha (`altcha`, stripped before these schemas see the
 * fields) and the rate limit of the other submission endpoints:
 * - `POST /api/submissions/tip/reply-box` (JSON `TipReplyOpen` + `altcha`) → 200 `TipReplyThread`
 * - `POST /api/submissions/tip/reply-box/answer` (multipart `TipReplyAnswer` + `altcha` +
 *   `attachments` files, checked as a tip's attachments) → 201 `TipReplyThread`
 * A repeated answer (same idempotency key) stores nothing and answers 409 `TipReplyDuplicate`.
 * A wrong phrase and an unknown reference both answer 403 `TIP_REPLY_REFUSED` (same body, same
 * status, the same time: an unknown reference is hashed against a dummy). A closed tip answers
 * 409 to an answer, naming `message`.
 */

/** Words in a phrase; with a list of at least 2,048 words that is at least 88 bits. */
export const TIP_PHRASE_WORDS = 8
/** The smallest word list the phrase may be drawn from (2^11: 11 bits a word). */
export const TIP_PHRASE_MIN_LIST = 2048

export const TIP_REPLY_LIMITS = {
  /** Longest phrase as typed (eight words, generous spacing). */
  phrase: 200,
  /** One answer from the tipster. */
  message: SUBMISSION_LIMITS.message,
  /** Files one answer may carry. */
  attachments: SUBMISSION_LIMITS.attachments,
} as const

export const TIP_REPLY_FIELD_LABELS = {
  reference: 'Referens',
  phrase: 'Lösenfras',
  message: 'Svar',
  attachments: 'Bilagor',
  idempotencyKey: 'Formulärnyckel',
  altcha: 'Robotkontrollen',
} as const

/** The same answer for a wrong phrase and an unknown reference. */
export const TIP_REPLY_REFUSED = {
  status: 403,
  message: 'Referensen eller lösenfrasen stämmer inte. Kontrollera båda och försök igen.',
  field: 'phrase',
} as const

/** The reference on a tip's receipt, e.g. `T-4K7Q-9XZM` (Crockford base 32); case-insensitive. */
const TIP_REFERENCE = /^T-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

/**
 * A phrase as the tipster typed it, made comparable: Unicode NFC, lower case, words separated by
 * any run of spaces, hyphens or line breaks joined by one space. The CMS hashes this form.
 */
export function normalizePhrase(phrase: string): string {
  return phrase
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .split(/[\s-]+/u)
    .filter((word) => word !== '')
    .join(' ')
}

const reference = z
  .string({ error: `${TIP_REPLY_FIELD_LABELS.reference} måste fyllas i.` })
  .transform((value) => value.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, `${TIP_REPLY_FIELD_LABELS.reference} måste fyllas i.`)
      .regex(
        TIP_REFERENCE,
        `${TIP_REPLY_FIELD_LABELS.reference} ska se ut som på kvittot, t.ex. T-4K7Q-9XZM.`,
      ),
  )

const phrase = z
  .string({ error: `${TIP_REPLY_FIELD_LABELS.phrase} måste fyllas i.` })
  .max(TIP_REPLY_LIMITS.phrase, `${TIP_REPLY_FIELD_LABELS.phrase} är för lång.`)
  .transform(normalizePhrase)
  .pipe(
    z
      .string()
      .min(1, `${TIP_REPLY_FIELD_LABELS.phrase} måste fyllas i.`)
      .refine(
        (value) => value.split(' ').length === TIP_PHRASE_WORDS,
        `${TIP_REPLY_FIELD_LABELS.phrase} består av ${TIP_PHRASE_WORDS} ord, som på kvittot.`,
      ),
  )

const unknownField = (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `Okänt fält i formuläret: ${(issue.keys ?? []).join(', ')}.`
    : undefined

/** Opening the reply box: reference and phrase. */
export const tipReplyOpenSchema = z.strictObject(
  { reference, phrase },
  { error: (issue) => unknownField(issue) },
)
export type TipReplyOpen = z.output<typeof tipReplyOpenSchema>

/**
 * The tipster's answer. The message is plain text with the rules of a tip's message (no markup,
 * no control characters), refused with the same Swedish messages by the same rule.
 */
export const tipReplyAnswerSchema = z.strictObject(
  {
    reference,
    phrase,
    idempotencyKey: z
      .string({ error: `${TIP_REPLY_FIELD_LABELS.idempotencyKey} saknas. Ladda om sidan.` })
      .uuid(`${TIP_REPLY_FIELD_LABELS.idempotencyKey} är ogiltig. Ladda om sidan.`),
    message: plainTextRule(TIP_REPLY_FIELD_LABELS.message, {
      min: 1,
      max: TIP_REPLY_LIMITS.message,
    }),
  },
  { error: (issue) => unknownField(issue) },
)
export type TipReplyAnswer = z.output<typeof tipReplyAnswerSchema>

/** The tip's status as the tipster reads it. */
export const TIP_READER_STATUS = {
  new: 'Mottaget',
  'in-progress': 'Vi tittar på det',
  closed: 'Avslutat',
} as const
export type TipReaderStatus = keyof typeof TIP_READER_STATUS

/** One message of the thread as the tipster sees it: only what was sent, no names of staff. */
export interface TipReplyMessage {
  id: string
  from: 'newsroom' | 'tipster'
  /** ISO time the newsroom pressed Skicka, or the tipster's answer was stored. */
  sentAt: string
  text: string
  /** The tipster's own files, by name, type label and size; never a download link. */
  attachments: { filename: string; type: string; bytes: number }[]
}

/** The answer of both reply-box endpoints. */
export interface TipReplyThread {
  reference: string
  status: TipReaderStatus
  statusLabel: (typeof TIP_READER_STATUS)[TipReaderStatus]
  /** Whether the tipster can still answer (not once the tip is closed). */
  canAnswer: boolean
  /** Oldest first. Drafts the newsroom has not sent are never here. */
  messages: TipReplyMessage[]
}

/** The 409 for an answer already received: the thread as it stands, the answer in it once. */
export interface TipReplyDuplicate {
  message: string
  errors: []
  thread: TipReplyThread
}

/** On a tip's receipt (`SubmissionReceipt.replyBox`), once: never on a repeated send's 409. */
export interface TipReplyBoxReceipt {
  phrase: string
  /** Where the tipster returns: `/tipsa/svar/`. */
  path: string
}

export const TIP_REPLY_BOX_PATH = '/tipsa/svar/'
