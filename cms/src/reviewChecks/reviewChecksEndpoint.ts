import { ID_PATTERN } from '@redaktion/content-schemas/ids'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import type { ReviewArticle } from './reviewArticle'
import { reviewArticleChecks } from './reviewArticleChecks'
import type { ReviewFinding } from './reviewFinding'

/** The article page the preview renders for the draft (depth 0), or why none could be. */
export type RenderPreviewHtml = (args: {
  req: PayloadRequest
  article: Record<string, unknown> & { id: string; updatedAt: string }
}) => Promise<{ html: string } | { message: string }>

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
      // The newest draft, read as the user: at depth 1 for the checks (the hero's credits), at
      // depth 0 for the preview, exactly as the preview route sends it.
      const read = (depth: number) =>
        req.payload.findByID({
          collection: 'articles',
          id,
          draft: true,
          depth,
          overrideAccess: false,
          user: req.user,
          disableErrors: true,
          req,
        })
      const [article, plain] = await Promise.all([read(1), read(0)])
      if (!article || !plain) {
        return refuse(404, 'Artikeln finns inte, eller så får du inte läsa den.')
      }
      const page = await renderPreviewHtml({ req, article: { ...plain, id: String(plain.id) } })
      const findings = await reviewArticleChecks({ article: article as ReviewArticle, page })
      return Response.json(
        { findings, checkedVersionAt: article.updatedAt } satisfies ReviewChecksAnswer,
        { headers: { 'Cache-Control': 'no-store' } },
      )
    },
  }
}
