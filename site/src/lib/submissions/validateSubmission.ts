import {
  parseSubmission,
  type FieldError,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'

import { checkFiles, type FileFacts } from './fileChecks'

/**
 * The form's check before sending: the shared schema (the same one the CMS applies) over the
 * text fields, then the chosen files. `fields` is what `submissionFields` would send; the
 * captcha payload and the files themselves are not part of the schema.
 */
export function validateSubmission({
  kind,
  fields,
  files,
}: {
  kind: SubmissionKind
  fields: Record<string, string>
  files: readonly FileFacts[]
}): FieldError[] {
  // Whether a Word document came along is only known here, so the form tells the schema.
  const input = kind === 'debate' ? { ...fields, hasDocument: files.length > 0 } : fields
  const result = parseSubmission(kind, input)
  return [...(result.success ? [] : result.errors), ...checkFiles(kind, files)]
}
