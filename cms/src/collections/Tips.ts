import { tipStatusOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { assignedOrEditor } from '../access/assignedOrEditor'
import { isEditor, isEditorField } from '../access/isEditor'
import { isStaffField } from '../access/isStaff'

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
    defaultColumns: ['message', 'status', 'assignee', 'createdAt'],
    group: 'Inkommet',
  },
  access: { create: anyone, read: assignedOrEditor, update: assignedOrEditor, delete: isEditor },
  fields: [
    { name: 'message', type: 'textarea', label: 'Meddelande', required: true, maxLength: 20000 },
    { name: 'article', type: 'relationship', label: 'Gäller artikel', relationTo: 'articles' },
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
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'new',
      options: [...tipStatusOptions],
      access: { create: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      label: 'Ansvarig',
      relationTo: 'users',
      access: { create: isEditorField, update: isEditorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: 'Interna anteckningar',
      access: { create: isStaffField },
    },
  ],
}
