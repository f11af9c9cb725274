import type { FieldError, SubmissionErrorBody } from '@redaktion/content-schemas/submissions'

/** `POST {cms}/api/submissions/page-feedback` */
export const pageFeedbackEndpoint = (cmsUrl: string) => `${cmsUrl}/api/submissions/page-feedback`

/**
 * The multipart body of one answer: what `pageFeedbackSchema` takes, and the captcha's payload.
 * Multipart rather than JSON, as the reader forms send, so the browser asks no CORS preflight.
 */
export function pageFeedbackFormData({
  page,
  answer,
  text,
  idempotencyKey,
  altcha,
}: {
  page: string
  answer: 'yes' | 'no'
  text: string
  idempotencyKey: string
  altcha: string
}): FormData {
  const body = new FormData()
  body.append('idempotencyKey', idempotencyKey)
  body.append('page', page)
  body.append('answer', answer)
  // Only a no carries text, and only when there is some.
  if (answer === 'no' && text.trim() !== '') body.append('text', text)
  body.append('altcha', altcha)
  return body
}

export type PageFeedbackOutcome =
  | { type: 'accepted' }
  | { type: 'rejected'; message: string; errors: FieldError[] }
  | { type: 'unavailable' }

/**
 * An answer has no receipt: any 2xx is taken, and so is a 409 (this idempotency key was taken
 * before, an earlier answer was lost). A 4xx says why; anything else means try again.
 */
export async function readPageFeedbackResponse(response: Response): Promise<PageFeedbackOutcome> {
  if (response.ok || response.status === 409) return { type: 'accepted' }
  if (response.status >= 500 || response.status < 400) return { type: 'unavailable' }
  let body: Partial<SubmissionErrorBody> | null = null
  try {
    body = (await response.json()) as Partial<SubmissionErrorBody>
  } catch {
    // A 4xx without a readable body still says no.
  }
  return {
    type: 'rejected',
    message:
      typeof body?.message === 'string'
        ? body.message
        : `Svaret kunde inte tas emot (felkod ${response.status}).`,
    errors: Array.isArray(body?.errors)
      ? body.errors.filter(
          (error): error is FieldError =>
            typeof error?.field === 'string' && typeof error.message === 'string',
        )
      : [],
  }
}
