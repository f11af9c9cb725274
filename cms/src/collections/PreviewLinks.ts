import type { CollectionConfig, PayloadRequest } from 'payload'

import { isEditor } from '../access/isEditor'
import { isEditorUser } from '../access/roles'
import { issueShareToken, keepRevocation, revealTokenOnce } from '../preview/previewLinkHooks'
import type { PreviewSettings } from '../preview/previewSettings'
import { sharedPreviewEndpoint } from '../preview/sharedPreviewEndpoint'

const HOUR_MS = 3_600_000
export const PREVIEW_LINK_DEFAULT_HOURS = 48
const PREVIEW_LINK_MAX_DAYS = 30
const never = () => false

/**
 * Fact-check links: an editor lets a source read one article's preview without logging in,
 * until the link expires or is revoked. Made and revoked on the article ("Dela förhandsvisning").
 */
export function previewLinksCollection(settings: PreviewSettings): CollectionConfig {
  return {
    slug: 'preview-links',
    labels: { singular: 'Förhandsvisningslänk', plural: 'Förhandsvisningslänkar' },
    admin: {
      group: 'Innehåll',
      defaultColumns: ['article', 'expiresAt', 'revokedAt', 'createdBy', 'createdAt'],
      description:
        'Länkar som låter en källa läsa en artikels förhandsvisning. Skapa dem på artikeln under "Dela förhandsvisning": länken visas bara då.',
      // The admin hands in its client-side user, the same account as `req.user`.
      hidden: ({ user }) => !isEditorUser(user as PayloadRequest['user']),
    },
    access: { create: isEditor, read: isEditor, update: isEditor, delete: isEditor },
    // Nothing here for GraphQL: the admin and the article's panel use REST.
    graphQL: false,
    disableDuplicate: true,
    lockDocuments: false,
    endpoints: [sharedPreviewEndpoint(settings)],
    hooks: {
      beforeChange: [issueShareToken, keepRevocation],
      afterChange: [revealTokenOnce(settings.serverUrl)],
    },
    fields: [
      {
        name: 'article',
        type: 'relationship',
        label: 'Artikel',
        relationTo: 'articles',
        required: true,
        index: true,
        access: { update: never },
      },
      {
        name: 'expiresAt',
        type: 'date',
        label: 'Gäller till',
        required: true,
        defaultValue: () =>
          new Date(Date.now() + PREVIEW_LINK_DEFAULT_HOURS * HOUR_MS).toISOString(),
        access: { update: never },
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
        validate: (value: unknown, { operation }: { operation?: string }) => {
          if (operation !== 'create') return true
          const at = new Date(String(value ?? '')).getTime()
          if (!value || Number.isNaN(at)) return 'Ange när länken slutar gälla (expiresAt).'
          if (at <= Date.now()) return 'Länkens slutdatum (expiresAt) måste ligga i framtiden.'
          if (at > Date.now() + PREVIEW_LINK_MAX_DAYS * 24 * HOUR_MS) {
            return `En länk kan gälla i högst ${PREVIEW_LINK_MAX_DAYS} dagar (expiresAt).`
          }
          return true
        },
      },
      {
        name: 'revokedAt',
        type: 'date',
        label: 'Återkallad',
        access: { create: never },
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
      },
      {
        name: 'createdBy',
        type: 'relationship',
        label: 'Skapad av',
        relationTo: 'users',
        access: { create: never, update: never },
        admin: { readOnly: true },
      },
      {
        // The token's SHA-256; the token itself is never stored (see preview/shareToken.ts).
        name: 'tokenHash',
        type: 'text',
        unique: true,
        index: true,
        access: { read: never, create: never, update: never },
        admin: { hidden: true },
      },
    ],
  }
}
