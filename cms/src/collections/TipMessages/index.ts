import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { tipReaderAccess, tipWriterAccess } from '../../access/tipReaderAccess'
import { guardNewsroomMessage } from './hooks/guardNewsroomMessage'
import { deleteMessageAttachments } from './hooks/deleteMessageAttachments'
import { requireReplyBox } from './hooks/requireReplyBox'

const nobody = () => false

/**
 * Svarslåda: the thread between the newsroom and an anonymous tipster. Newsroom messages are
 * drafts until Skicka sets `sentAt`; only then does the tipster see them. Tipster messages are
 * written only by the reply-box endpoint (overrideAccess) and stay unread until a staff member
 * opens the thread.
 */
export const TipMessages: CollectionConfig = {
  slug: 'tip-messages',
  labels: { singular: 'Svar till tipsaren', plural: 'Svar till tipsaren' },
  admin: {
    group: 'Inkommet',
    useAsTitle: 'text',
    defaultColumns: ['tip', 'from', 'state', 'sentAt', 'readAt'],
  },
  disableDuplicate: true,
  access: {
    create: tipWriterAccess,
    read: tipReaderAccess,
    update: tipReaderAccess,
    // Like the tip itself: only editors delete; a sent question stays on record.
    delete: isEditor,
  },
  hooks: {
    beforeChange: [requireReplyBox, guardNewsroomMessage],
    afterDelete: [deleteMessageAttachments],
  },
  fields: [
    {
      name: 'tip',
      type: 'relationship',
      label: 'Tips',
      relationTo: 'tips',
      required: true,
      index: true,
      access: { update: nobody },
    },
    {
      name: 'from',
      type: 'select',
      label: 'Från',
      required: true,
      defaultValue: 'newsroom',
      options: [
        { label: 'Redaktionen', value: 'newsroom' },
        { label: 'Tipsaren', value: 'tipster' },
      ],
      access: { update: nobody },
    },
    { name: 'text', type: 'textarea', label: 'Text', required: true, maxLength: 20000 },
    {
      name: 'attachments',
      type: 'upload',
      label: 'Bilagor',
      relationTo: 'tip-attachments',
      hasMany: true,
      maxRows: 5,
      access: { create: nobody, update: nobody },
    },
    {
      name: 'state',
      type: 'select',
      label: 'Läge',
      options: [
        { label: 'Utkast', value: 'draft' },
        { label: 'Skickat', value: 'sent' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: 'Skickat',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentBy',
      type: 'relationship',
      label: 'Skickat av',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'readAt',
      type: 'date',
      label: 'Läst',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      access: { create: nobody, update: nobody, read: nobody },
      admin: { hidden: true },
    },
  ],
}
