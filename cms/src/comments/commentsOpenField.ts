import type { Field, FieldHook } from 'payload'

import { isEditorField } from '../access/isEditor'

/** Article types whose comments are open unless an editor closes them. */
export const COMMENTED_TYPES: readonly string[] = ['debatt', 'replik', 'slutreplik']

/**
 * A new article's comments are open by its type when nobody chose (a journalist cannot: the
 * field is the editors'); after that the field keeps what an editor set.
 */
const openByType: FieldHook = ({ value, operation, siblingData }) => {
  if (typeof value === 'boolean' || operation !== 'create') return value
  return COMMENTED_TYPES.includes(String(siblingData.type ?? 'nyhet'))
}

export const commentsOpenField: Field = {
  name: 'commentsOpen',
  type: 'checkbox',
  label: 'Kommentarer öppna',
  access: { create: isEditorField, update: isEditorField },
  hooks: { beforeChange: [openByType] },
  admin: {
    position: 'sidebar',
    description: 'Läsare kan tycka till under artikeln. Öppet från start för debatt och repliker.',
  },
}
