import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_TYPES,
  DEBATE_DOCUMENT_ACCEPT,
  SUBMISSION_FIELD_LABELS,
  SUBMISSION_LIMITS,
  type FieldError,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'

import { FILE_FIELDS } from './submissionFields'

/** What is checked of a chosen file (a `File` has all of it). */
export interface FileFacts {
  name: string
  size: number
  /** The browser's guess from the name; empty when it has none. */
  type: string
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const MEGABYTES = SUBMISSION_LIMITS.fileBytes / (1024 * 1024)

const RULES = {
  attachments: {
    maxFiles: SUBMISSION_LIMITS.attachments,
    extensions: ATTACHMENT_ACCEPT.split(','),
    types: Object.keys(ATTACHMENT_TYPES),
    allowed: 'PDF, JPG, PNG, WebP eller Word (.docx)',
  },
  document: {
    maxFiles: 1,
    extensions: DEBATE_DOCUMENT_ACCEPT.split(','),
    types: [DOCX_TYPE],
    allowed: 'Word (.docx)',
  },
} as const

const extensionOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? ''

/**
 * The browser's first look at chosen files: how many, how large, and of what type by name and
 * by the browser's guess. The CMS checks the bytes themselves; this only spares a reader a long
 * upload that would be refused. One message per field, like the schema's.
 */
export function checkFiles(kind: SubmissionKind, files: readonly FileFacts[]): FieldError[] {
  const field = FILE_FIELDS[kind]
  if (!field || files.length === 0) return []
  const rules = RULES[field]
  const label = SUBMISSION_FIELD_LABELS[field]
  const problem = (message: string): FieldError[] => [{ field, message: `${label}: ${message}` }]

  if (files.length > rules.maxFiles) {
    return problem(
      rules.maxFiles === 1 ? 'välj en enda fil.' : `välj högst ${rules.maxFiles} filer.`,
    )
  }
  for (const file of files) {
    const isKnownType =
      (rules.extensions as readonly string[]).includes(extensionOf(file.name)) &&
      (file.type === '' || (rules.types as readonly string[]).includes(file.type))
    if (!isKnownType) {
      return problem(`filen ”${file.name}” går inte att skicka. Välj ${rules.allowed}.`)
    }
    if (file.size === 0) return problem(`filen ”${file.name}” är tom.`)
    if (file.size > SUBMISSION_LIMITS.fileBytes) {
      return problem(`filen ”${file.name}” är större än ${MEGABYTES} MB.`)
    }
  }
  return []
}
