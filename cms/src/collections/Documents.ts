import { documentLabel } from '@redaktion/content-schemas/documents'
import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'
import { validateUploadContent } from '../hooks/validateUploadContent'
import { isPdfDocument } from '../utilities/isPdfDocument'

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024

/**
 * Published documents (PDF): an event's presentation, a report an article links to. Shown on
 * the site with their type and size, e.g. "Presentation (PDF, 2,1 MB)" (the `label` field).
 * Served inline (see uploads.ts): the bytes are checked to be a PDF, and "nytt fönster" on the
 * site should open the browser's PDF viewer rather than a download.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Dokument', plural: 'Dokument' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
    group: 'Innehåll',
    description:
      'PDF-filer, högst 25 MB. Visas med typ och storlek, t.ex. Presentation (PDF, 2,1 MB).',
  },
  // Journalists upload; changing a document changes every published page that links it.
  access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
  // A copy of a file is a second upload of it: nothing to gain, and its bytes are not re-checked.
  disableDuplicate: true,
  upload: { mimeTypes: ['application/pdf'] },
  custom: { serveInline: true },
  hooks: {
    beforeOperation: [
      validateUploadContent({
        detect: async (bytes) => ((await isPdfDocument(bytes)) ? 'application/pdf' : undefined),
        maxBytes: MAX_DOCUMENT_BYTES,
        fallbackName: 'dokument',
        messages: {
          missing: 'Fil: bifoga en PDF-fil.',
          tooLarge: 'Fil: dokumentet är för stort, högst 25 MB.',
          wrongType:
            'Fil: filen är inte en PDF som går att öppna. Spara dokumentet som PDF och försök igen.',
        },
      }),
    ],
    afterChange: [queueDependencyDelivery],
    afterDelete: [queueDependencyDeletion],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      required: true,
      maxLength: 200,
      admin: { description: 't.ex. Presentation. Visas som länktext med typ och storlek.' },
    },
    {
      name: 'label',
      type: 'text',
      label: 'Länktext',
      virtual: true,
      admin: { readOnly: true, description: 'Titel, typ och storlek, som på webbplatsen.' },
      hooks: {
        afterRead: [({ data }) => (data ? documentLabel(data) : undefined)],
      },
    },
  ],
}
