import { ID_PATTERN } from '@redaktion/content-schemas/ids'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { previewErrorResponse } from './previewResponse'
import type { PreviewSettings } from './previewSettings'
import { renderPreview } from './renderPreview'

/**
 * The newest draft as this user may read it (autosaves included: `draft: true` takes the
 * latest version), at depth 0 as the REST API gives it; `null` when there is none to read.
 */
async function readDraft(req: PayloadRequest, id: string) {
  if (!ID_PATTERN.test(id)) return null
  try {
    const article = await req.payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return article as unknown as Record<string, unknown> & { id: string }
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/**
 * `GET /api/articles/:id/preview`: the article page as the site would publish it, from the
 * newest draft, for the newsroom only. What the admin's Förhandsgranska button opens and its
 * live-preview pane shows.
 */
export function articlePreviewEndpoint(settings: PreviewSettings): Endpoint {
  const { siteOrigin } = settings
  return {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      if (!req.user) {
        const login = `${settings.serverUrl}${req.payload.config.routes.admin}/login`
        return previewErrorResponse({
          status: 401,
          title: 'Logga in för att förhandsgranska',
          message: 'Förhandsvisningar är bara för redaktionen. Logga in och öppna artikeln igen.',
          link: { href: login, text: 'Logga in' },
          audience: 'staff',
          siteOrigin,
        })
      }
      if (!isStaffUser(req.user)) {
        return previewErrorResponse({
          status: 403,
          title: 'Ingen förhandsvisning',
          message: 'Bara redaktionen kan förhandsgranska artiklar.',
          audience: 'staff',
          siteOrigin,
        })
      }
      const article = await readDraft(req, id)
      if (!article) {
        return previewErrorResponse({
          status: 404,
          title: 'Artikeln finns inte',
          message: `Det finns ingen artikel med id ${id.slice(0, 64)} som du kan läsa.`,
          audience: 'staff',
          siteOrigin,
        })
      }
      return renderPreview({ req, settings, article, audience: 'staff' })
    },
  }
}
