import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { limitUploadSize } from '../hooks/limitUploadSize'

/** Files sent with tips. Never public: only editors open them. */
export const TipAttachments: CollectionConfig = {
  slug: 'tip-attachments',
  labels: { singular: 'Bilaga till tips', plural: 'Bilagor till tips' },
  admin: { group: 'Inkommet' },
  access: { create: anyone, read: isEditor, update: isEditor, delete: isEditor },
  upload: {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  },
  hooks: { beforeOperation: [limitUploadSize(10 * 1024 * 1024)] },
  fields: [],
}
