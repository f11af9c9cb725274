import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'

/**
 * Published documents (PDF): an event's presentation, a report an article links to. Shown on
 * the site with their type and size, e.g. "Presentation (PDF, 2,1 MB)".
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Dokument', plural: 'Dokument' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'filesize'],
    group: 'Innehåll',
  },
  access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
  upload: { mimeTypes: ['application/pdf'] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      required: true,
      maxLength: 200,
      admin: { description: 't.ex. Presentation. Visas som länktext med typ och storlek.' },
    },
  ],
}
