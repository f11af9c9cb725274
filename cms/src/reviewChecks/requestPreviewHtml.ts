import {
  previewAnswerSchema,
  type PreviewRequest,
  previewRequestSchema,
} from '@redaktion/content-schemas/preview'
import { siteRequestHeaders } from '@redaktion/content-schemas/siteWebhook'

const PREVIEW_TIMEOUT_MS = 10_000

/**
 * The article page the build server renders for a draft, from the publisher's signed
 * `POST /preview` (content-schemas/src/preview.ts). Throws on a network error, a timeout, a
 * refusal (with the publisher's Swedish message) or an unknown shape.
 */
export async function requestPreviewHtml({
  publisherUrl,
  secret,
  request,
}: {
  publisherUrl: string
  secret?: string
  request: PreviewRequest
}): Promise<string> {
  const url = `${publisherUrl}/preview`
  const rawBody = JSON.stringify(previewRequestSchema.parse(request))
  const response = await fetch(url, {
    method: 'POST',
    headers: siteRequestHeaders({ method: 'POST', url, rawBody, secret }),
    body: rawBody,
    signal: AbortSignal.timeout(PREVIEW_TIMEOUT_MS),
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message = (body as { message?: unknown } | null)?.message
    throw new Error(typeof message === 'string' ? message : `answered ${response.status}`)
  }
  const parsed = previewAnswerSchema.safeParse(body)
  if (!parsed.success) throw new Error(`answered an unknown shape: ${parsed.error.message}`)
  return parsed.data.html
}
