import { tipStatusOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { assignedOrEditor } from '../../access/assignedOrEditor'
import { isEditor } from '../../access/isEditor'
import { isStaff, isStaffField } from '../../access/isStaff'
import {
  assigneeField,
  handledAtField,
  idempotencyKeyField,
  referenceField,
} from '../../fields/submissionFields'
import { assignReference } from '../../hooks/assignReference'
import { deleteTipThread } from './hooks/deleteTipThread'
import { exposeReplyBox } from './hooks/exposeReplyBox'

const nobody = () => false

/**
 * Reader tips. Source protection: anonymous tips are first-class, nothing about the sender's
 * connection (IP address, user agent) is stored, and only editors and the assigned journalist
 * can read a tip.
 */
export const Tips: CollectionConfig = {
  slug: 'tips',
  labels: { singular: 'Tips', plural: 'Tips' },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['reference', 'message', 'status', 'assignee', 'article', 'createdAt'],
    listSearchableFields: ['reference', 'message'],
    group: 'Inkommet',
  },
  access: { create: isStaff, read: assignedOrEditor, update: assignedOrEditor, delete: isEditor },
  hooks: {
    beforeChange: [assignReference('tip')],
    beforeRead: [exposeReplyBox],
    beforeDelete: [deleteTipThread],
  },
  fields: [
    {
      // Unnamed tabs: the data keeps its shape; the thread tab mounts (and marks answers read)
      // only when someone opens it.
      type: 'tabs',
      tabs: [
        {
          label: 'Tips',
          fields: [
            {
              name: 'message',
              type: 'textarea',
              label: 'Meddelande',
              required: true,
              maxLength: 20000,
            },
            {
              name: 'article',
              type: 'relationship',
              label: 'Gäller artikel',
              relationTo: 'articles',
            },
            {
              name: 'anonymous',
              type: 'checkbox',
              label: 'Anonymt tips',
              defaultValue: false,
              admin: {
                readOnly: true,
                description: 'Tipsaren valde att vara anonym: inga kontaktuppgifter.',
              },
            },
            { name: 'name', type: 'text', label: 'Namn (frivilligt)', maxLength: 200 },
            { name: 'contact', type: 'text', label: 'Kontaktuppgift (frivillig)', maxLength: 300 },
            {
              name: 'attachments',
              type: 'upload',
              label: 'Bilagor',
              relationTo: 'tip-attachments',
              hasMany: true,
              maxRows: 5,
            },
            {
              name: 'internalNotes',
              type: 'textarea',
              label: 'Interna anteckningar',
              access: { create: isStaffField },
            },
          ],
        },
        {
          label: 'Svar till tipsaren',
          fields: [
            {
              name: 'replyThread',
              type: 'ui',
              admin: { components: { Field: '/components/TipReplyPanel#TipReplyPanel' } },
            },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'new',
      options: [...tipStatusOptions],
      access: { create: isStaffField },
      admin: { position: 'sidebar' },
    },
    assigneeField,
    referenceField,
    handledAtField(['closed']),
    idempotencyKeyField,
    {
      // Svarslåda: only a slow hash of the phrase on the tipster's receipt (see phraseHash.ts).
      name: 'phraseHash',
      type: 'text',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'hasReplyBox',
      type: 'checkbox',
      label: 'Har Svarslåda',
      virtual: true,
      access: { create: nobody, update: nobody },
      admin: { hidden: true, readOnly: true },
    },
  ],
}
