import type { FieldError } from '@redaktion/content-schemas/submissions'

/** A refusal the reader can act on: an HTTP status, a Swedish summary and per-field messages. */
export class SubmissionError extends Error {
  readonly status: number
  readonly errors: FieldError[]
  readonly headers: Record<string, string>

  constructor(
    status: number,
    message: string,
    errors: FieldError[] = [],
    headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'SubmissionError'
    this.status = status
    this.errors = errors
    this.headers = headers
  }
}

/** One field's problem as a whole refusal, e.g. an oversized attachment. */
export function fieldError(status: number, field: string, message: string): SubmissionError {
  return new SubmissionError(status, message, [{ field, message }])
}
