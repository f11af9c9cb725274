import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { validateWordDocument } from '../hooks/validateWordDocument'

export const WORD_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Word documents sent with debate pieces; checked by content, not by name. */
export const DebateDocuments: CollectionConfig = {
  slug: 'debate-documents',
  labels: { singular: 'Debattdokument', plural: 'Debattdokument' },
  admin: { group: 'Inkommet' },
  // A reader's file is evidence as sent: never copied.
  disableDuplicate: true,
  access: { create: isStaff, read: isEditor, update: isEditor, delete: isEditor },
  upload: { mimeTypes: [WORD_MIME_TYPE] },
  hooks: { beforeOperation: [validateWordDocument] },
  fields: [],
}
