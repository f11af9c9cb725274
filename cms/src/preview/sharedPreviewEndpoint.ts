import type { Endpoint } from 'payload'

import { previewErrorResponse } from './previewResponse'
import type { PreviewSettings } from './previewSettings'
import { renderPreview } from './renderPreview'
import { hashShareToken, SHARE_TOKEN_MAX_LENGTH } from './shareToken'

export const SHARED_PREVIEW_PATH = '/view'

/**
 * `GET /api/preview-links/view?token=…`: the preview of one article for a source checking
 * facts, without logging in. Read-only (no way into the admin), only the link's article, and
 * only until the link expires or is revoked. An unknown, wrong, expired or revoked token all
 * take the same single lookup and get the same 404.
 */
export function sharedPreviewEndpoint(settings: PreviewSettings): Endpoint {
  const { siteOrigin } = settings
  const refuse = (status: 400 | 404, message: string) =>
    previewErrorResponse({
      status,
      title: status === 404 ? 'Länken gäller inte' : 'Länken är ofullständig',
      message,
      audience: 'factCheck',
      siteOrigin,
    })
  return {
    path: SHARED_PREVIEW_PATH,
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('token')
      if (!token) {
        return refuse(
          400,
          'Länken saknar sin nyckel (token). Kopiera hela länken du fick och försök igen.',
        )
      }
      const notFound = () =>
        refuse(
          404,
          'Länken finns inte, har gått ut eller har återkallats. Be redaktionen om en ny länk.',
        )
      const { docs } = await req.payload.find({
        collection: 'preview-links',
        where: {
          and: [
            { tokenHash: { equals: hashShareToken(token.slice(0, SHARE_TOKEN_MAX_LENGTH)) } },
            { revokedAt: { exists: false } },
            { expiresAt: { greater_than: new Date().toISOString() } },
          ],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
      const link = docs[0]
      if (!link) return notFound()
      // A deleted article leaves its links pointing nowhere.
      const articleId = typeof link.article === 'object' ? link.article?.id : link.article
      if (!articleId) return notFound()
      const article = await req.payload
        .findByID({
          collection: 'articles',
          id: articleId,
          draft: true,
          depth: 0,
          overrideAccess: true,
        })
        .catch((error: { status?: number }) => {
          if (error.status === 404) return null
          throw error
        })
      if (!article) return notFound()
      return renderPreview({
        req,
        settings,
        article: article as unknown as Record<string, unknown> & { id: string },
        audience: 'factCheck',
        expiresAt: new Date(link.expiresAt),
      })
    },
  }
}
