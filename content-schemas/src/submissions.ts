import { z } from 'zod'

import { ID_PATTERN } from './ids'
import type { TipReplyBoxReceipt } from './tipReplies'

/**
 * What readers send the newsroom: one schema per kind, used by the browser form (inline
 * messages) and by the CMS endpoints (the source of truth). Every message is Swedish and names
 * the field, because it is shown both beside the field and in the form's error summary.
 */

export const SUBMISSION_KINDS = ['tip', 'correction', 'debate', 'registration', 'comment'] as const
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number]

/** The collection each kind is stored in. */
export const SUBMISSION_COLLECTIONS = {
  tip: 'tips',
  correction: 'corrections',
  debate: 'debate-submissions',
  registration: 'registrations',
  comment: 'comments',
} as const satisfies Record<SubmissionKind, string>

export const SUBMISSION_KIND_LABELS: Record<SubmissionKind, string> = {
  tip: 'Tips',
  correction: 'Fel i artikeln',
  debate: 'Debattinlägg',
  registration: 'Anmälan',
  comment: 'Kommentar',
}

/** Prefix of the reference code a reader gets on the receipt, e.g. `T-4K7Q-9XZM`. */
export const REFERENCE_PREFIXES: Record<SubmissionKind, string> = {
  tip: 'T',
  correction: 'R',
  debate: 'D',
  registration: 'A',
  comment: 'K',
}

export const SUBMISSION_LIMITS = {
  message: 20_000,
  title: 200,
  debateText: 30_000,
  name: 200,
  contact: 300,
  signature: 300,
  whatIsWrong: 5_000,
  whatIsRight: 5_000,
  source: 1_000,
  email: 254,
  phone: 30,
  organisation: 200,
  registrationNote: 1_000,
  pageFeedbackText: 500,
  commentText: 2_000,
  commentName: 100,
  pagePath: 300,
  /** Files a tip may carry. */
  attachments: 5,
  /** Largest single tip attachment or debate document. */
  fileBytes: 10 * 1024 * 1024,
  /** Largest request body: five full attachments plus the text fields. */
  bodyBytes: 52 * 1024 * 1024,
  /** Largest single text part of a multipart body; far above every field's own limit. */
  fieldBytes: 128 * 1024,
  /** Largest JSON body (no files travel as JSON). */
  jsonBytes: 256 * 1024,
} as const

/** Files a tip may carry, by the type their bytes reveal (not by name). */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG-bild',
  'image/png': 'PNG-bild',
  'image/webp': 'WebP-bild',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word-dokument',
} as const
export type AttachmentType = keyof typeof ATTACHMENT_TYPES
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx'
export const DEBATE_DOCUMENT_ACCEPT = '.docx'

/** The form fields' names, each with the Swedish label its messages use. */
export const SUBMISSION_FIELD_LABELS = {
  kind: 'Typ av bidrag',
  idempotencyKey: 'Formulärnyckel',
  altcha: 'Robotkontrollen',
  website: 'Webbplats',
  article: 'Artikel',
  repliesTo: 'Replik på',
  message: 'Meddelande',
  anonymous: 'Anonymitet',
  name: 'Namn',
  contact: 'Kontaktuppgift',
  attachments: 'Bilagor',
  whatIsWrong: 'Vad är fel',
  whatIsRight: 'Vad är rätt',
  source: 'Källa',
  contactName: 'Namn',
  contactEmail: 'E-post',
  title: 'Rubrik',
  text: 'Text',
  document: 'Word-dokument',
  authorName: 'Namn',
  signature: 'Underskrift',
  email: 'E-post',
  phone: 'Telefon',
  consentToEditing: 'Godkännande av redigering',
  event: 'Evenemang',
  organisation: 'Organisation',
  note: 'Kost eller tillgänglighet',
  page: 'Sida',
  answer: 'Svar',
  feedbackText: 'Vad saknade du?',
} as const
export type SubmissionField = keyof typeof SUBMISSION_FIELD_LABELS

const label = (field: SubmissionField): string => SUBMISSION_FIELD_LABELS[field]

/** A tag such as `<b>` or `<script src=…>`; a lone `<` or `<namn@myndighet.se>` is not one. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>|<!--|<!\[CDATA\[/i
/** Control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i
const PHONE = /^\+?[0-9][0-9 ()-]{5,20}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** Whether a value has the shape of the idempotency key a form sends (a UUID). */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

/**
 * Plain text: trimmed, line endings normalised, no markup, no control characters. Text is
 * stored as typed and escaped wherever it is shown; markup is refused so that nobody can wonder
 * whether it would be rendered.
 */
function plainText(field: SubmissionField, limits: { min: number; max: number }) {
  return plainTextRule(label(field), limits)
}

/**
 * The plain-text rule for a field shown as `fieldLabel` (also used by the Svarslåda answer, so
 * it refuses markup and control characters with the same messages as a tip).
 */
export function plainTextRule(fieldLabel: string, { min, max }: { min: number; max: number }) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `${fieldLabel} måste fyllas i.`
          : `${fieldLabel} måste vara text.`,
    })
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(
          min,
          min <= 1
            ? `${fieldLabel} måste fyllas i.`
            : `${fieldLabel} måste vara minst ${min} tecken.`,
        )
        .max(max, `${fieldLabel} får vara högst ${max.toLocaleString('sv-SE')} tecken.`)
        .refine((value) => !HTML_TAG.test(value), `${fieldLabel} får inte innehålla HTML-kod.`)
        .refine(
          (value) => !CONTROL_CHARACTERS.test(value),
          `${fieldLabel} innehåller otillåtna tecken.`,
        ),
    )
}

/** Optional plain text: an empty string counts as not given. */
function optionalText(field: SubmissionField, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    plainText(field, { min: 1, max }).optional(),
  )
}

/** A checkbox or boolean: `true`, `"true"` and `"on"` are yes; absent, `false`, `"false"` are no. */
function checkbox(field: SubmissionField) {
  return z.preprocess(
    (value) => {
      if (value === undefined || value === '' || value === 'false') return false
      if (value === 'true' || value === 'on') return true
      return value
    },
    z.boolean({ error: `${label(field)} måste vara ja eller nej.` }),
  )
}

const email = (field: SubmissionField) =>
  plainText(field, { min: 1, max: SUBMISSION_LIMITS.email }).refine(
    (value) => EMAIL.test(value),
    `${label(field)}: ange en giltig e-postadress, t.ex. namn@exempel.se.`,
  )

/** Fields every submission carries besides its content. */
const envelope = {
  idempotencyKey: z
    .string({ error: `${label('idempotencyKey')} saknas. Ladda om sidan och försök igen.` })
    .regex(UUID, `${label('idempotencyKey')} är ogiltig. Ladda om sidan och försök igen.`),
  /** The honeypot: invisible to people, so anything in it came from a bot. */
  website: z
    .string({ error: `${label('website')} ska lämnas tomt.` })
    .max(0, `${label('website')} ska lämnas tomt.`)
    .optional(),
}

/** A document's id as the page gave it: text, in either shape the CMS's databases make. */
const documentId = (field: 'article' | 'event' | 'repliesTo', isRequired: boolean) => {
  const id = z
    .string({ error: (issue) => missingOrWrongType(field, issue.input, 'ett id') })
    .regex(ID_PATTERN, `${label(field)} är ogiltig.`)
  return z.preprocess(
    (value) => (value === '' ? undefined : value),
    isRequired ? id : id.optional(),
  )
}
const articleId = (isRequired: boolean) => documentId('article', isRequired)

function missingOrWrongType(field: SubmissionField, input: unknown, expected: string): string {
  return input === undefined || input === null
    ? `${label(field)} måste fyllas i.`
    : `${label(field)} måste vara ${expected}.`
}

export const tipSchema = z
  .strictObject(
    {
      ...envelope,
      article: articleId(false),
      message: plainText('message', { min: 10, max: SUBMISSION_LIMITS.message }),
      anonymous: checkbox('anonymous'),
      name: optionalText('name', SUBMISSION_LIMITS.name),
      contact: optionalText('contact', SUBMISSION_LIMITS.contact),
    },
    { error: (issue) => unknownFieldMessage(issue) },
  )
  .superRefine((tip, context) => {
    if (!tip.anonymous) return
    for (const field of ['name', 'contact'] as const) {
      if (tip[field] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `${label(field)} skickas inte när du har valt att vara anonym.`,
        })
      }
    }
  })

export const correctionSchema = z.strictObject(
  {
    ...envelope,
    article: articleId(true),
    whatIsWrong: plainText('whatIsWrong', { min: 5, max: SUBMISSION_LIMITS.whatIsWrong }),
    whatIsRight: plainText('whatIsRight', { min: 2, max: SUBMISSION_LIMITS.whatIsRight }),
    source: plainText('source', { min: 2, max: SUBMISSION_LIMITS.source }),
    contactName: optionalText('contactName', SUBMISSION_LIMITS.name),
    contactEmail: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      email('contactEmail').optional(),
    ),
  },
  { error: (issue) => unknownFieldMessage(issue) },
)

/**
 * A debate piece. `hasDocument` is set by whoever knows whether a Word file came along (the
 * form from its file input, the endpoint from the request), so text-or-document is checked here.
 */
export const debateSchema = z
  .strictObject(
    {
      ...envelope,
      /** The published debate article this piece answers, when it came from "Skriv en replik". */
      repliesTo: documentId('repliesTo', false),
      title: plainText('title', { min: 5, max: SUBMISSION_LIMITS.title }),
      text: optionalText('text', SUBMISSION_LIMITS.debateText),
      hasDocument: z.boolean().default(false),
      authorName: plainText('authorName', { min: 2, max: SUBMISSION_LIMITS.name }),
      signature: plainText('signature', { min: 2, max: SUBMISSION_LIMITS.signature }),
      email: email('email'),
      phone: plainText('phone', { min: 1, max: SUBMISSION_LIMITS.phone }).refine(
        (value) => PHONE.test(value),
        `${label('phone')}: ange ett telefonnummer, t.ex. 070-123 45 67.`,
      ),
      consentToEditing: checkbox('consentToEditing').refine(
        (value) => value,
        `${label('consentToEditing')}: inlägget kan bara tas emot om du godkänner att redaktionen redigerar det.`,
      ),
    },
    { error: (issue) => unknownFieldMessage(issue) },
  )
  // Checked even while other fields are wrong, so the reader hears it with everything else.
  .refine((piece) => hasTextOrDocument(piece), {
    path: ['text'],
    message: `${label('text')}: skriv inlägget här eller bifoga det som Word-dokument.`,
    when: () => true,
  })

/** Whether a debate piece, valid or not yet, has text of its own or says a document came. */
function hasTextOrDocument(piece: unknown): boolean {
  if (typeof piece !== 'object' || piece === null) return false
  const { text, hasDocument } = piece as { text?: unknown; hasDocument?: unknown }
  return (typeof text === 'string' && text.trim() !== '') || hasDocument === true
}

function unknownFieldMessage(issue: { code: string; keys?: string[] }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined
  return `Okänt fält i formuläret: ${(issue.keys ?? []).join(', ')}.`
}

/**
 * A sign-up for an event through the site's form. Whether it gets a place or a place on the
 * waiting list is the CMS's decision at the moment it is stored (see `RegistrationReceipt`).
 */
export const registrationSchema = z.strictObject(
  {
    ...envelope,
    event: documentId('event', true),
    name: plainText('name', { min: 2, max: SUBMISSION_LIMITS.name }),
    email: email('email'),
    organisation: optionalText('organisation', SUBMISSION_LIMITS.organisation),
    note: optionalText('note', SUBMISSION_LIMITS.registrationNote),
  },
  { error: (issue) => unknownFieldMessage(issue) },
)

/**
 * A reader's comment under an article: shown publicly with its name once an editor has approved
 * it. The e-mail address is for the newsroom only and optional.
 */
export const commentSchema = z.strictObject(
  {
    ...envelope,
    article: articleId(true),
    name: plainText('name', { min: 2, max: SUBMISSION_LIMITS.commentName }),
    email: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      email('email').optional(),
    ),
    // Named as the form labels it: a debate piece's "Text" is a comment's "Kommentar".
    text: plainTextRule('Kommentar', { min: 2, max: SUBMISSION_LIMITS.commentText }),
  },
  { error: (issue) => unknownFieldMessage(issue) },
)

export const SUBMISSION_SCHEMAS = {
  tip: tipSchema,
  correction: correctionSchema,
  debate: debateSchema,
  registration: registrationSchema,
  comment: commentSchema,
} as const

export type TipInput = z.input<typeof tipSchema>
export type Tip = z.output<typeof tipSchema>
export type CorrectionReport = z.output<typeof correctionSchema>
export type DebatePiece = z.output<typeof debateSchema>
export type Registration = z.output<typeof registrationSchema>
export type ReaderComment = z.output<typeof commentSchema>
export type SubmissionData = {
  tip: Tip
  correction: CorrectionReport
  debate: DebatePiece
  registration: Registration
  comment: ReaderComment
}

/** One problem with one field, as the endpoint answers it and the form shows it. */
export interface FieldError {
  field: string
  message: string
}

/** The body of every 4xx answer from the submission endpoints. */
export interface SubmissionErrorBody {
  message: string
  errors: FieldError[]
}

/** The body of a 201 (and of the 409 for a repeated idempotency key, under `receipt`). */
export interface SubmissionReceipt {
  kind: SubmissionKind
  reference: string
  receivedAt: string
  message: string
  /** Only on a registration's receipt. */
  registration?: RegistrationReceipt
  /** Only on a new tip's receipt (never on a repeated send's 409): the Svarslåda phrase. */
  replyBox?: TipReplyBoxReceipt
}

/** What a registrant learns at once: a place or the waiting list, and what is left. */
export interface RegistrationReceipt {
  status: 'confirmed' | 'waitlisted'
  /** Places left after this registration; null when the event has no capacity limit. */
  placesLeft: number | null
  /** 1 for the first on the waiting list; only when waitlisted. */
  waitlistPosition?: number
}

/** The public answer of `GET /api/submissions/registration/places?event=<id>`. */
export interface RegistrationPlaces {
  event: string
  isOpen: boolean
  capacity: number | null
  placesLeft: number | null
  waitlistLength: number
}

export const RECEIPT_MESSAGES: Record<SubmissionKind, string> = {
  tip: 'Tack! Vi har tagit emot ditt tips.',
  correction: 'Tack! Vi har tagit emot din felanmälan och återkommer om vi behöver veta mer.',
  debate:
    'Tack! Vi har tagit emot ditt debattinlägg. Ett kvitto kommer till din e-post, och vi mejlar dig när vi har bestämt oss.',
  registration: 'Tack! Du är anmäld. En bekräftelse kommer till din e-post.',
  comment: 'Tack! Din kommentar visas när redaktionen har godkänt den.',
}

/** The receipt's message when the event was full and the registrant is on the waiting list. */
export const WAITLIST_RECEIPT_MESSAGE =
  'Evenemanget är fullbokat. Du står på väntelistan och får ett mejl om en plats blir ledig.'

/** Flattens zod issues into one message per field (the first problem of each), in form order. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form'
    if (seen.has(field)) continue
    seen.add(field)
    errors.push({ field, message: issue.message })
  }
  return errors
}

export type SubmissionParseResult<Kind extends SubmissionKind> =
  { success: true; data: SubmissionData[Kind] } | { success: false; errors: FieldError[] }

/** Validates one submission's fields (strings from a form, or JSON values). */
export function parseSubmission<Kind extends SubmissionKind>(
  kind: Kind,
  fields: Record<string, unknown>,
): SubmissionParseResult<Kind> {
  const result = SUBMISSION_SCHEMAS[kind].safeParse(fields)
  if (result.success) return { success: true, data: result.data as SubmissionData[Kind] }
  return { success: false, errors: fieldErrorsOf(result.error) }
}

/** A site path as the page gives it: `/artikel/slug/`, no host, query or fragment. */
const PAGE_PATH = /^\/(?:[a-z0-9åäöé._~-]+\/)*(?:[a-z0-9åäöé._~-]+)?$/i

/**
 * "Hjälpte informationen på sidan dig?": the page, the answer and, after a no, an optional
 * text. The CMS stores only these and the day; no reference, no receipt, nothing about the
 * reader. Sent to `POST /api/submissions/page-feedback` with the same envelope and captcha as
 * the other submissions.
 */
export const pageFeedbackSchema = z
  .strictObject(
    {
      ...envelope,
      page: z
        .string({ error: (issue) => missingOrWrongType('page', issue.input, 'en sökväg') })
        .max(SUBMISSION_LIMITS.pagePath, `${label('page')} är för lång.`)
        .regex(PAGE_PATH, `${label('page')} är ogiltig.`)
        // `/../` has the characters of a path but is no page the site could have.
        .refine((path) => !/\/\.{1,2}(?:\/|$)/.test(path), `${label('page')} är ogiltig.`),
      answer: z.enum(['yes', 'no'], { error: `${label('answer')} måste vara ja eller nej.` }),
      text: optionalText('feedbackText', SUBMISSION_LIMITS.pageFeedbackText),
    },
    { error: (issue) => unknownFieldMessage(issue) },
  )
  .superRefine((feedback, context) => {
    if (feedback.answer === 'yes' && feedback.text !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['text'],
        message: `${label('feedbackText')} skickas bara med ett nej.`,
      })
    }
  })
export type PageFeedback = z.output<typeof pageFeedbackSchema>

/** The body of the 201 (and, with `errors: []`, of the 409 for a repeated key) for page feedback. */
export interface PageFeedbackReceipt {
  message: string
}

export const PAGE_FEEDBACK_RECEIPT_MESSAGE = 'Tack! Vi har tagit emot ditt svar.'

/** Validates a page-feedback answer, with messages as `parseSubmission` gives them. */
export function parsePageFeedback(
  fields: Record<string, unknown>,
): { success: true; data: PageFeedback } | { success: false; errors: FieldError[] } {
  const result = pageFeedbackSchema.safeParse(fields)
  if (result.success) return { success: true, data: result.data }
  return { success: false, errors: fieldErrorsOf(result.error) }
}
