import { ID_PATTERN } from '@redaktion/content-schemas/ids'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import type { ReviewArticle } from './reviewArticle'
import { reviewArticleChecks } from './reviewArticleChecks'
import type { ReviewFinding } from './reviewFinding'

/** The article page the preview renders for the draft, or null when none could be rendered. */
export type RenderPreviewHtml = (args: {
  req: PayloadRequest
  id: string
}) => Promise<string | null>

/** `GET /api/articles/:id/review-checks`. */
export interface ReviewChecksAnswer {
  findings: ReviewFinding[]
  /** When the draft that was checked was saved (ISO 8601). */
  checkedVersionAt: string
}

const refuse = (status: number, message: string) => Response.json({ message }, { status })

/**
 * `GET /api/articles/:id/review-checks` (staff, with the user's own read access): the findings
 * for the newest draft (autosave included) and its rendered preview. Advice, never a blocker.
 */
export function reviewChecksEndpoint({
  renderPreviewHtml,
}: {
  renderPreviewHtml: RenderPreviewHtml
}): Endpoint {
  return {
    path: '/:id/review-checks',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(401, 'Du är inte inloggad. Logga in och försök igen.')
      if (!isStaffUser(req.user)) return refuse(403, 'Bara redaktionen kan se granskningsråden.')
      const id = String(req.routeParams?.id ?? '')
      if (!ID_PATTERN.test(id)) {
        return refuse(400, `Fältet id är inget giltigt artikel-id: ”${id.slice(0, 40)}”.`)
      }
      const article = await req.payload.findByID({
        collection: 'articles',
        id,
        draft: true,
        depth: 1,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
        req,
      })
      if (!article) return refuse(404, 'Artikeln finns inte, eller så får du inte läsa den.')
      const html = await renderPreviewHtml({ req, id })
      const findings = await reviewArticleChecks({ article: article as ReviewArticle, html })
      return Response.json(
        { findings, checkedVersionAt: article.updatedAt } satisfies ReviewChecksAnswer,
        { headers: { 'Cache-Control': 'no-store' } },
      )
    },
  }
}
