import type { CollectionConfig } from 'payload'

import { articlePreviewEndpoint } from './articlePreviewEndpoint'
import { dropPreviewLinks } from './dropPreviewLinks'
import type { PreviewSettings } from './previewSettings'

const previewPath = (apiRoute: string, id: unknown) =>
  id ? `${apiRoute}/articles/${encodeURIComponent(String(id))}/preview` : null

/**
 * Förhandsgranska on the articles: Payload's preview button (opens the page in a new tab) and
 * live-preview pane (beside the editor, refreshed after every autosave), both on the CMS's own
 * preview route, plus "Dela förhandsvisning" in the sidebar (its links go when the article does). The URLs are relative, so they
 * stay on whatever origin the admin was opened on (where its session cookie is).
 */
export function withArticlePreview(
  articles: CollectionConfig,
  settings: PreviewSettings,
): CollectionConfig {
  return {
    ...articles,
    admin: {
      ...articles.admin,
      preview: (doc, { req }) => previewPath(req.payload.config.routes.api, doc.id),
      livePreview: {
        url: ({ data, req }) => previewPath(req.payload.config.routes.api, data.id),
        breakpoints: [
          { name: 'mobil', label: 'Mobil', width: 390, height: 844 },
          { name: 'surfplatta', label: 'Surfplatta', width: 820, height: 1180 },
          { name: 'dator', label: 'Dator', width: 1280, height: 800 },
        ],
      },
    },
    endpoints: [articlePreviewEndpoint(settings), ...(articles.endpoints || [])],
    hooks: {
      ...articles.hooks,
      beforeDelete: [...(articles.hooks?.beforeDelete ?? []), dropPreviewLinks],
    },
    fields: [
      ...articles.fields,
      {
        name: 'previewShareLinks',
        type: 'ui',
        label: 'Dela förhandsvisning',
        admin: {
          position: 'sidebar',
          components: { Field: '/components/PreviewShareLinks#PreviewShareLinks' },
        },
      },
    ],
  }
}
