import type { Field, Tab } from 'payload'

import { isEditorField } from '../access/isEditor'
import { isStaffField } from '../access/isStaff'
import { onlyEditorsAssigned } from './onlyEditorsAssigned'
import { reviewStatusOptions } from './reviewStatus'

/**
 * The article's editorial fields, in the sidebar. The status is written like any field (so the
 * check in `guardReviewStatus` holds on every route), but the admin changes it only through the
 * review buttons, which send a note with it. Assignee and deadline are the editors' to set.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewStatus',
    type: 'select',
    label: 'Redaktionell status',
    defaultValue: 'writing',
    index: true,
    options: [...reviewStatusOptions],
    // A copy is a new article: it starts as Skrivs.
    disableDuplicate: true,
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Ändras med knapparna Skicka för granskning, Skicka tillbaka och Godkänn.',
    },
  },
  {
    name: 'assignee',
    type: 'relationship',
    label: 'Ansvarig redaktör',
    relationTo: 'users',
    index: true,
    // Only an editor or admin can be assigned: filterOptions for the picker, the hook for drafts.
    filterOptions: { role: { in: ['editor', 'admin'] } },
    hooks: { beforeChange: [onlyEditorsAssigned] },
    access: { read: isStaffField, create: isEditorField, update: isEditorField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'deadline',
    type: 'date',
    label: 'Deadline',
    access: { read: isStaffField, create: isEditorField, update: isEditorField },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
    },
  },
]

/** The internal thread (article-comments) as a tab of the edit view; nothing is stored here. */
export const internalCommentsTab: Tab = {
  label: 'Interna kommentarer',
  fields: [
    {
      name: 'internalComments',
      type: 'ui',
      admin: { components: { Field: '/components/CommentThread#CommentThread' } },
    },
  ],
}
