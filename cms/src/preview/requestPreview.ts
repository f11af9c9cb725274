import {
  PREVIEW_MAX_BODY_BYTES,
  type PreviewAnswer,
  previewAnswerSchema,
  previewRefusalSchema,
  type PreviewRequest,
} from '@redaktion/content-schemas/preview'
import { siteRequestHeaders } from '@redaktion/content-schemas/siteWebhook'

/** A warm build server renders in tens of milliseconds; a cold or busy one gets some slack. */
const PREVIEW_TIMEOUT_MS = 20_000

export interface PublisherSettings {
  /** The publisher's address; unset, there is nobody to render previews. */
  publisherUrl?: string
  /** Signs the request like a delivery (the publisher refuses unsigned ones when it has one). */
  secret?: string
}

export type PreviewOutcome =
  | { isRendered: true; answer: PreviewAnswer }
  | { isRendered: false; status: 502 | 503 | 413; message: string }

const UNREACHABLE =
  'Publiceringstjänsten svarar inte just nu, så förhandsvisningen kan inte visas. Försök igen om en stund.'

/**
 * Asks the publisher (`POST /preview`, signed) to render an article draft with the site's own
 * templates. Every failure becomes a Swedish message for the journalist and an HTTP status for
 * the page that shows it: 503 while the publisher is missing or down, 502 when it refuses or
 * answers nonsense.
 */
export async function requestPreview(
  { publisherUrl, secret }: PublisherSettings,
  request: PreviewRequest,
  log: { warn: (message: string) => void },
): Promise<PreviewOutcome> {
  if (!publisherUrl) {
    return {
      isRendered: false,
      status: 503,
      message:
        'Förhandsvisning är inte inställd här: CMS:et vet inte var publiceringstjänsten finns (PUBLISHER_URL saknas).',
    }
  }
  const rawBody = JSON.stringify(request)
  if (Buffer.byteLength(rawBody) > PREVIEW_MAX_BODY_BYTES) {
    return {
      isRendered: false,
      status: 413,
      message: 'Artikeln är för stor för att förhandsvisas. Korta brödtexten och försök igen.',
    }
  }
  const url = `${publisherUrl}/preview`
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: siteRequestHeaders({ method: 'POST', url, rawBody, secret }),
      body: rawBody,
      signal: AbortSignal.timeout(PREVIEW_TIMEOUT_MS),
    })
  } catch (error) {
    log.warn(`Preview from ${url} unavailable: ${error instanceof Error ? error.message : error}`)
    return { isRendered: false, status: 503, message: UNREACHABLE }
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    log.warn(`Preview refused by the publisher: ${response.status}`)
    const refusal = previewRefusalSchema.safeParse(body)
    const reason =
      response.status === 401
        ? 'Publiceringstjänsten känner inte igen CMS:ets signatur: kontrollera att SITE_WEBHOOK_SECRET är densamma i båda.'
        : refusal.success
          ? refusal.data.message
          : `Publiceringstjänsten svarade ${response.status}. Försök igen om en stund.`
    return {
      isRendered: false,
      status: 502,
      message: `Förhandsvisningen kunde inte göras. ${reason}`,
    }
  }
  const parsed = previewAnswerSchema.safeParse(body)
  if (!parsed.success) {
    log.warn(`Preview answer of an unknown shape: ${parsed.error.message}`)
    return {
      isRendered: false,
      status: 502,
      message:
        'Publiceringstjänsten svarade med något som inte är en sida. Försök igen om en stund.',
    }
  }
  return { isRendered: true, answer: parsed.data }
}
