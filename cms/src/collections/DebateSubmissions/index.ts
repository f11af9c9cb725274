import { debateStatusOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import {
  assigneeField,
  handledAtField,
  idempotencyKeyField,
  referenceField,
} from '../../fields/submissionFields'
import { createDebateDraft } from '../../endpoints/createDebateDraft'
import { decisionMailFields } from '../../fields/decisionMailFields'
import { sendDecisionEndpoint } from '../../writerMail/sendDecisionEndpoint'
import { createArticleDraft } from './createArticleDraft'
import { assignReference } from '../../hooks/assignReference'

const SWEDISH_PHONE = /^\+?[0-9][0-9 ()-]{5,20}$/

/**
 * Debate pieces from readers. Anonymous pieces are never published, so name, signature, e-mail
 * and phone are all required; contact details are for editors only.
 */
export const DebateSubmissions: CollectionConfig = {
  slug: 'debate-submissions',
  labels: { singular: 'Debattinlägg', plural: 'Debattinlägg' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'reference',
      'title',
      'authorName',
      'status',
      'assignee',
      'article',
      'createdAt',
    ],
    listSearchableFields: ['reference', 'title', 'authorName'],
    group: 'Inkommet',
    components: {
      edit: {
        beforeDocumentControls: [
          '/components/CreateDraftButton#CreateDraftButton',
          '/components/SendDecisionButton#SendDecisionButton',
        ],
      },
    },
  },
  endpoints: [createDebateDraft, sendDecisionEndpoint('debate')],
  access: { create: isStaff, read: isStaff, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [assignReference('debate'), createArticleDraft] },
  fields: [
    { name: 'title', type: 'text', label: 'Rubrik', required: true, maxLength: 200 },
    {
      name: 'text',
      type: 'textarea',
      label: 'Text',
      maxLength: 30000,
      validate: (
        value: string | null | undefined,
        { siblingData }: { siblingData: Record<string, unknown> },
      ) =>
        Boolean(value?.trim()) ||
        Boolean(siblingData.document) ||
        'Skriv texten eller bifoga ett Word-dokument.',
    },
    {
      name: 'document',
      type: 'upload',
      label: 'Word-dokument',
      relationTo: 'debate-documents',
      access: { read: isEditorField },
    },
    {
      name: 'repliesTo',
      type: 'relationship',
      label: 'Replik på',
      relationTo: 'articles',
      admin: { description: 'Debattartikeln som skribenten svarar på.' },
    },
    { name: 'authorName', type: 'text', label: 'Namn', required: true, maxLength: 200 },
    {
      name: 'signature',
      type: 'text',
      label: 'Underskrift (roll, organisation)',
      required: true,
      maxLength: 300,
    },
    {
      name: 'email',
      type: 'email',
      label: 'E-post',
      required: true,
      access: { read: isEditorField },
    },
    {
      name: 'phone',
      type: 'text',
      label: 'Telefon',
      required: true,
      access: { read: isEditorField },
      validate: (value: string | null | undefined) =>
        SWEDISH_PHONE.test(value ?? '') || 'Ange ett telefonnummer, t.ex. 070-123 45 67.',
    },
    {
      name: 'consentToEditing',
      type: 'checkbox',
      label: 'Godkänner redigering',
      required: true,
      validate: (value: boolean | null | undefined) =>
        value === true || 'Inlägget kan bara tas emot om skribenten godkänner redigering.',
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'received',
      options: [...debateStatusOptions],
      access: { create: isEditorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'article',
      type: 'relationship',
      label: 'Artikelutkast',
      relationTo: 'articles',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: 'Skapas när inlägget antas.' },
    },
    ...decisionMailFields({ kind: 'debate', recipient: 'skribenten' }),
    assigneeField,
    referenceField,
    handledAtField(['declined', 'published']),
    idempotencyKeyField,
    {
      name: 'internalNotes',
      type: 'textarea',
      label: 'Interna anteckningar',
      access: { create: isEditorField },
    },
  ],
}
