import { requestPreview, type PublisherSettings } from '../preview/requestPreview'
import type { RenderPreviewHtml } from './reviewChecksEndpoint'

/**
 * The draft's article page as the preview renders it (the publisher's HTML, before the CMS adds
 * its strip): the page the checks read, or the preview's Swedish reason why there is none.
 */
export const previewHtmlFromPublisher =
  (settings: PublisherSettings): RenderPreviewHtml =>
  async ({ req, article }) => {
    const outcome = await requestPreview(
      settings,
      { article, savedAt: new Date(String(article.updatedAt)).toISOString() },
      req.payload.logger,
    )
    return outcome.isRendered ? { html: outcome.answer.html } : { message: outcome.message }
  }
