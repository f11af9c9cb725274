import { commentStatusOptions } from '@redaktion/content-schemas/options'
import { SUBMISSION_LIMITS } from '@redaktion/content-schemas/submissions'
import type { CollectionConfig } from 'payload'

import { approvedCommentOrStaff } from '../access/approvedCommentOrStaff'
import { isEditor, isEditorField } from '../access/isEditor'
import { isStaff, isStaffField } from '../access/isStaff'
import { stampModeration } from '../comments/stampModeration'
import { queueCommentDeletion, queueCommentDelivery } from '../comments/queueCommentDelivery'
import { idempotencyKeyField, referenceField } from '../fields/submissionFields'
import { assignReference } from '../hooks/assignReference'

const nobody = () => false

/**
 * Readers' comments under articles ("Tyck till"), pre-moderated: a comment reaches the site only
 * once an editor has set it to Godkänd, and leaves it again when set to anything else. The name
 * and text are public after approval; the e-mail address is for editors only.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: 'Kommentar', plural: 'Kommentarer' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'text', 'article', 'status', 'createdAt'],
    listSearchableFields: ['name', 'text', 'reference'],
    group: 'Inkommet',
    description: 'Läsarkommentarer visas på sajten först när en redaktör har godkänt dem.',
  },
  // Readers comment through the site's form; staff do not write comments in a reader's name.
  access: { create: isStaff, read: approvedCommentOrStaff, update: isEditor, delete: isEditor },
  disableDuplicate: true,
  hooks: {
    beforeChange: [assignReference('comment'), stampModeration],
    afterChange: [queueCommentDelivery],
    afterDelete: [queueCommentDeletion],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      label: 'Artikel',
      relationTo: 'articles',
      required: true,
      index: true,
      access: { update: nobody },
    },
    {
      name: 'name',
      type: 'text',
      label: 'Namn (visas)',
      required: true,
      maxLength: SUBMISSION_LIMITS.commentName,
    },
    {
      name: 'email',
      type: 'email',
      label: 'E-post (visas aldrig)',
      access: { read: isEditorField, update: isEditorField },
    },
    {
      name: 'text',
      type: 'textarea',
      label: 'Kommentar',
      required: true,
      maxLength: SUBMISSION_LIMITS.commentText,
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...commentStatusOptions],
      // Pending unless an editor sets it: only an editor's decision publishes a comment.
      access: { create: isEditorField, update: isEditorField, read: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      label: 'Granskad',
      index: true,
      access: { create: nobody, update: nobody, read: isStaffField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
      },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      label: 'Granskad av',
      relationTo: 'users',
      access: { create: nobody, update: nobody, read: isStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    referenceField,
    idempotencyKeyField,
  ],
}
