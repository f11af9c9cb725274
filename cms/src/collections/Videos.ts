import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'

/** Self-hosted video files (MP4, WebM), e.g. the recording of a seminar session. */
export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: 'Videofil', plural: 'Videofiler' },
  admin: { useAsTitle: 'title', group: 'Innehåll' },
  access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
  upload: { mimeTypes: ['video/mp4', 'video/webm'] },
  fields: [{ name: 'title', type: 'text', label: 'Titel', required: true, maxLength: 200 }],
}
