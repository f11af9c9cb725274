import type { Field, FieldHook } from 'payload'

import { isEditorField } from '../access/isEditor'
import { isStaffField } from '../access/isStaff'

const nobody = () => false

/** The code on the reader's receipt; the newsroom finds the submission by it when asked. */
export const referenceField: Field = {
  name: 'reference',
  type: 'text',
  label: 'Referens',
  unique: true,
  index: true,
  access: { create: nobody, update: nobody, read: isStaffField },
  admin: { position: 'sidebar', readOnly: true },
}

/**
 * The random key the reader's form sends with every attempt, so a repeated send (a lost
 * answer, a double click) finds the first one instead of storing a second.
 */
export const idempotencyKeyField: Field = {
  name: 'idempotencyKey',
  type: 'text',
  unique: true,
  index: true,
  access: { create: nobody, update: nobody, read: isStaffField },
  admin: { hidden: true },
}

/** The journalist working on it; editors assign. */
export const assigneeField: Field = {
  name: 'assignee',
  type: 'relationship',
  label: 'Ansvarig',
  relationTo: 'users',
  index: true,
  access: { create: isEditorField, update: isEditorField, read: isStaffField },
  admin: { position: 'sidebar' },
}

/**
 * When the submission reached a final status; retention counts from here. Stamped by the
 * server when the status becomes final (whatever a client sends) and cleared when reopened.
 */
export function handledAtField(finalStatuses: readonly string[]): Field {
  const stampHandledAt: FieldHook = ({ siblingData, originalDoc }) => {
    const status = siblingData.status ?? originalDoc?.status
    if (!finalStatuses.includes(String(status))) return null
    return originalDoc?.handledAt ?? new Date().toISOString()
  }
  return {
    name: 'handledAt',
    type: 'date',
    label: 'Avslutad',
    index: true,
    hooks: { beforeChange: [stampHandledAt] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
    },
  }
}
