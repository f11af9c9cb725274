import type { CollectionConfig } from 'payload'

import type { PublisherSettings } from '../preview/requestPreview'
import { previewHtmlFromPublisher } from './previewHtmlFromPublisher'
import { reviewChecksEndpoint } from './reviewChecksEndpoint'
import { reviewChecksField } from './reviewChecksField'

/** "Att se över före publicering" on the articles: its endpoint and the sidebar panel. */
export function withReviewChecks(
  articles: CollectionConfig,
  settings: PublisherSettings,
): CollectionConfig {
  return {
    ...articles,
    endpoints: [
      ...(articles.endpoints || []),
      reviewChecksEndpoint({ renderPreviewHtml: previewHtmlFromPublisher(settings) }),
    ],
    fields: [...articles.fields, reviewChecksField],
  }
}
