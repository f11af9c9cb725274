import type { Field, FieldAccess } from 'payload'

import { isEditorField } from '../access/isEditor'
import { isEditorUser } from '../access/roles'
import { isStaffField } from '../access/isStaff'
import { decisionOf, writerDecisionOptions, type WriterKind } from '../writerMail/writerDecision'

const nobody = () => false

/**
 * The message is the editor's, read by editors only, and frozen once the decision it went with
 * is mailed, so what is stored is what the writer got. A new decision opens it again.
 */
function messageEditable(kind: WriterKind): FieldAccess {
  return ({ req: { user }, doc }) =>
    isEditorUser(user) &&
    (!doc?.decisionMailed || decisionOf(kind, doc.status) !== doc.decisionMailed)
}

/**
 * The decision mail to a debate writer or an error reporter: the editor's optional message and
 * the server's record of which decision was mailed, when, and under which one-time token (the
 * mail job sends only if the record still names its token, so a decision goes out once).
 */
export function decisionMailFields({
  kind,
  recipient,
}: {
  kind: WriterKind
  recipient: 'skribenten' | 'anmälaren'
}): Field[] {
  return [
    {
      name: 'writerMessage',
      type: 'textarea',
      label: `Meddelande till ${recipient}`,
      maxLength: 2000,
      access: { read: isEditorField, create: isEditorField, update: messageEditable(kind) },
      admin: {
        description:
          'Valfritt. Skickas med beslutsmejlet (”Mejla beslutet”) och sparas som det skickades.',
      },
    },
    {
      name: 'decisionMailed',
      type: 'select',
      label: 'Mejlat beslut',
      options: [...writerDecisionOptions],
      access: { create: nobody, update: nobody, read: isStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decisionMailedAt',
      type: 'date',
      label: 'Beslutet mejlat',
      access: { create: nobody, update: nobody, read: isStaffField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
      },
    },
    {
      name: 'decisionMailToken',
      type: 'text',
      access: { create: nobody, update: nobody, read: nobody },
      admin: { hidden: true },
    },
  ]
}
