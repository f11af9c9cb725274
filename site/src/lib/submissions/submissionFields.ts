import {
  SUBMISSION_SCHEMAS,
  type SubmissionField,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'

/** What the form's inputs hold: text as typed, checkboxes as booleans. */
export type FieldValues = Record<string, string | boolean>

/** Fields the form fills in itself; the reader never sees them. */
const ENVELOPE_FIELDS: ReadonlySet<string> = new Set([
  'idempotencyKey',
  'website',
  'article',
  'event',
  'hasDocument',
])

/** The file input of each kind, if it has one (its name is the multipart field's name). */
export const FILE_FIELDS = {
  tip: 'attachments',
  correction: null,
  debate: 'document',
  registration: null,
  comment: null,
} as const satisfies Record<SubmissionKind, SubmissionField | null>

/** The fields a reader fills in for a kind, in the schema's order (which is the form's order). */
export function readerFieldsOf(kind: SubmissionKind): string[] {
  return Object.keys(SUBMISSION_SCHEMAS[kind].shape).filter((field) => !ENVELOPE_FIELDS.has(field))
}

const hasField = (kind: SubmissionKind, field: string) => field in SUBMISSION_SCHEMAS[kind].shape

/**
 * The text fields one submission sends: the kind's own fields as the reader left them, plus
 * the envelope. Empty fields and unticked boxes are left out, and so are the name and contact
 * of an anonymous tip: what a reader chose not to give must not leave the browser at all.
 */
export function submissionFields({
  kind,
  values,
  idempotencyKey,
  website,
  articleId,
  eventId,
}: {
  kind: SubmissionKind
  values: FieldValues
  idempotencyKey: string
  website: string
  articleId?: string | null
  eventId?: string | null
}): Record<string, string> {
  const isAnonymous = kind === 'tip' && values.anonymous === true
  const fields: Record<string, string> = { idempotencyKey, website }
  if (articleId && hasField(kind, 'article')) fields.article = articleId
  if (eventId && hasField(kind, 'event')) fields.event = eventId
  for (const field of readerFieldsOf(kind)) {
    if (isAnonymous && (field === 'name' || field === 'contact')) continue
    const value = values[field]
    if (value === true) fields[field] = 'true'
    else if (typeof value === 'string' && value.trim() !== '') fields[field] = value
  }
  return fields
}

/** The multipart body: the text fields, the captcha's payload, then the files (one part each). */
export function buildSubmissionFormData({
  kind,
  fields,
  files,
  altcha,
}: {
  kind: SubmissionKind
  fields: Record<string, string>
  files: readonly File[]
  altcha: string
}): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  body.append('altcha', altcha)
  const fileField = FILE_FIELDS[kind]
  if (fileField) for (const file of files) body.append(fileField, file, file.name)
  return body
}

/** `POST {cms}/api/submissions/{kind}` */
export const submissionEndpoint = (cmsUrl: string, kind: SubmissionKind) =>
  `${cmsUrl}/api/submissions/${kind}`

/** `GET {cms}/api/submissions/registration/places?event=<id>`: what is left of an event's places. */
export const placesEndpoint = (cmsUrl: string, eventId: string) =>
  `${cmsUrl}/api/submissions/registration/places?event=${encodeURIComponent(eventId)}`

/** `GET {cms}/api/submissions/challenge`: a fresh captcha challenge for every attempt. */
export const challengeEndpoint = (cmsUrl: string) => `${cmsUrl}/api/submissions/challenge`
