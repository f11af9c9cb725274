import type {
  FieldError,
  SubmissionErrorBody,
  SubmissionReceipt,
} from '@redaktion/content-schemas/submissions'

/** A 4xx from a submission endpoint, as a form shows it. */
export interface Rejection {
  type: 'rejected'
  status: number
  message: string
  errors: FieldError[]
  retryAfterSeconds: number | null
}

/** What became of one attempt, as the form acts on it. */
export type SubmissionOutcome =
  | { type: 'accepted'; receipt: SubmissionReceipt }
  | Rejection
  /** Nothing is known to be stored: no answer, a server error or an answer that makes no sense. */
  | { type: 'unavailable' }

const isReceipt = (value: unknown): value is SubmissionReceipt => {
  const receipt = value as Partial<SubmissionReceipt> | null
  return (
    typeof receipt?.reference === 'string' &&
    typeof receipt.receivedAt === 'string' &&
    typeof receipt.message === 'string' &&
    !Number.isNaN(Date.parse(receipt.receivedAt))
  )
}

const isFieldError = (value: unknown): value is FieldError => {
  const error = value as Partial<FieldError> | null
  return typeof error?.field === 'string' && typeof error.message === 'string'
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  if (/^\d+$/.test(header.trim())) return Number(header)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
}

/** The answer's JSON body, or null when it has none that parses. */
export async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

/**
 * Reads the CMS's answer. A 409 carrying a receipt means this idempotency key was accepted
 * before (an earlier answer was lost), so it counts as accepted. A 2xx without a receipt is
 * treated as no answer: the draft stays, and the retry, with the same key, gets the receipt.
 */
export async function readSubmissionResponse(response: Response): Promise<SubmissionOutcome> {
  const body = (await jsonOf(response)) as Record<string, unknown> | null
  if (response.ok) {
    return isReceipt(body) ? { type: 'accepted', receipt: body } : { type: 'unavailable' }
  }
  if (response.status === 409 && isReceipt(body?.receipt)) {
    return { type: 'accepted', receipt: body.receipt }
  }
  if (response.status >= 500) return { type: 'unavailable' }
  return rejectionOf(response, body, 'Redaktionen kunde inte ta emot formuläret')
}

/**
 * A 4xx answer's Swedish message and field errors (the shared `SubmissionErrorBody`), with
 * `fallback` and the status when the body says nothing, and the wait Retry-After asks for.
 */
export function rejectionOf(response: Response, body: unknown, fallback: string): Rejection {
  const errorBody = body as Partial<SubmissionErrorBody> | null
  return {
    type: 'rejected',
    status: response.status,
    message:
      typeof errorBody?.message === 'string'
        ? errorBody.message
        : `${fallback} (felkod ${response.status}).`,
    errors: Array.isArray(errorBody?.errors) ? errorBody.errors.filter(isFieldError) : [],
    retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
  }
}
