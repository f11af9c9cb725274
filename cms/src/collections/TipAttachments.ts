import { ATTACHMENT_TYPES } from '@redaktion/content-schemas/submissions'
import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { limitUploadSize } from '../hooks/limitUploadSize'

/** Files sent with tips. Never public: only editors open them. */
export const TipAttachments: CollectionConfig = {
  slug: 'tip-attachments',
  labels: { singular: 'Bilaga till tips', plural: 'Bilagor till tips' },
  admin: { group: 'Inkommet' },
  // A reader's file is evidence as sent: never copied.
  disableDuplicate: true,
  access: { create: isStaff, read: isEditor, update: isEditor, delete: isEditor },
  upload: {
    mimeTypes: Object.keys(ATTACHMENT_TYPES),
  },
  hooks: { beforeOperation: [limitUploadSize(10 * 1024 * 1024)] },
  fields: [],
}
