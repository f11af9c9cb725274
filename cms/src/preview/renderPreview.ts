import type { PayloadRequest } from 'payload'

import { LIVE_REFRESH_SCRIPT } from './liveRefreshScript'
import { assemblePreviewPage } from './previewPage'
import { type PreviewAudience, previewErrorResponse, previewPageResponse } from './previewResponse'
import type { PreviewSettings } from './previewSettings'
import { requestPreview } from './requestPreview'

/**
 * The preview page of one article draft (depth 0, as read): rendered by the publisher, with the
 * strip and, for staff, the live-refresh script; or the Swedish page saying why not.
 */
export async function renderPreview({
  req,
  settings,
  article,
  audience,
  expiresAt,
}: {
  req: PayloadRequest
  settings: PreviewSettings
  article: Record<string, unknown> & { id: string }
  audience: PreviewAudience
  expiresAt?: Date
}): Promise<Response> {
  const { siteOrigin } = settings
  const savedAt = new Date(String(article.updatedAt ?? new Date().toISOString()))
  // Absolute: the page's <base> points at the site.
  const editUrl =
    audience === 'staff'
      ? `${settings.serverUrl}${req.payload.config.routes.admin}/collections/articles/${encodeURIComponent(article.id)}`
      : undefined
  const outcome = await requestPreview(
    settings,
    { article, savedAt: savedAt.toISOString() },
    req.payload.logger,
  )
  const html = outcome.isRendered
    ? assemblePreviewPage({
        html: outcome.answer.html,
        siteOrigin,
        strip: {
          savedAt,
          editUrl,
          expiresAt,
          notes: audience === 'staff' ? outcome.answer.notes : [],
        },
        script: audience === 'staff' ? LIVE_REFRESH_SCRIPT : undefined,
      })
    : null
  if (html) return previewPageResponse({ html, audience, siteOrigin })
  return previewErrorResponse({
    status: outcome.isRendered ? 502 : outcome.status,
    title: 'Förhandsvisningen kunde inte visas',
    message: outcome.isRendered
      ? 'Publiceringstjänsten svarade med en sida utan <head> eller <body>. Försök igen om en stund.'
      : outcome.message,
    link: editUrl ? { href: editUrl, text: 'Tillbaka till redigeringen' } : undefined,
    audience,
    siteOrigin,
  })
}
