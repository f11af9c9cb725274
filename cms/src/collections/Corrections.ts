import { correctionStatusOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { editorOrAssigneeField } from '../access/editorOrAssigneeField'
import { isEditor, isEditorField } from '../access/isEditor'
import { isStaff, isStaffField } from '../access/isStaff'
import {
  assigneeField,
  handledAtField,
  idempotencyKeyField,
  referenceField,
} from '../fields/submissionFields'
import { publishedNoticeOrStaff } from '../access/publishedNoticeOrStaff'
import { publishNotice } from '../endpoints/publishNotice'
import { decisionMailFields } from '../fields/decisionMailFields'
import { sendDecisionEndpoint } from '../writerMail/sendDecisionEndpoint'
import { publishCorrectionNotice } from '../hooks/publishCorrectionNotice'
import { assignReference } from '../hooks/assignReference'
import { queueCorrectionDeletion, queueCorrectionDelivery } from '../hooks/queueCorrectionDelivery'

/**
 * A reader's error report and, once the newsroom agrees, the correction notice published on the
 * article and the corrections page. What the reader wrote stays inside the newsroom.
 */
export const Corrections: CollectionConfig = {
  slug: 'corrections',
  labels: { singular: 'Rättelse', plural: 'Rättelser' },
  admin: {
    useAsTitle: 'whatIsWrong',
    defaultColumns: [
      'reference',
      'article',
      'status',
      'assignee',
      'noticePublishedAt',
      'createdAt',
    ],
    listSearchableFields: ['reference', 'whatIsWrong'],
    group: 'Inkommet',
    components: {
      edit: {
        beforeDocumentControls: [
          '/components/PublishNoticeButton#PublishNoticeButton',
          '/components/SendDecisionButton#SendDecisionButton',
        ],
      },
    },
  },
  endpoints: [publishNotice, sendDecisionEndpoint('correction')],
  access: { create: isStaff, read: publishedNoticeOrStaff, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [assignReference('correction'), publishCorrectionNotice],
    afterChange: [queueCorrectionDelivery],
    afterDelete: [queueCorrectionDeletion],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      label: 'Artikel',
      relationTo: 'articles',
      required: true,
      index: true,
    },
    {
      type: 'collapsible',
      label: 'Läsarens anmälan',
      fields: [
        {
          name: 'whatIsWrong',
          type: 'textarea',
          label: 'Vad är fel',
          required: true,
          maxLength: 5000,
          access: { read: isStaffField },
        },
        {
          name: 'whatIsRight',
          type: 'textarea',
          label: 'Vad är rätt',
          maxLength: 5000,
          access: { read: isStaffField },
        },
        {
          name: 'source',
          type: 'text',
          label: 'Källa',
          maxLength: 1000,
          access: { read: isStaffField },
        },
        {
          name: 'contactName',
          type: 'text',
          label: 'Namn',
          maxLength: 200,
          access: { read: editorOrAssigneeField },
        },
        {
          name: 'contactEmail',
          type: 'email',
          label: 'E-post',
          access: { read: editorOrAssigneeField },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'new',
      options: [...correctionStatusOptions],
      access: { create: isEditorField, read: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notice',
      type: 'textarea',
      label: 'Rättelse (publiceras på artikeln)',
      maxLength: 2000,
      access: { create: isEditorField },
      admin: { description: 'Publiceras när statusen är Rättad.' },
    },
    {
      name: 'noticePublishedAt',
      type: 'date',
      label: 'Rättelsen publicerad',
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
      },
    },
    ...decisionMailFields({ kind: 'correction', recipient: 'anmälaren' }),
    assigneeField,
    referenceField,
    handledAtField(['corrected', 'rejected']),
    idempotencyKeyField,
    {
      name: 'internalNotes',
      type: 'textarea',
      label: 'Interna anteckningar',
      access: { create: isEditorField, read: isStaffField },
    },
  ],
}
