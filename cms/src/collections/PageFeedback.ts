import { pageFeedbackAnswerOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { idempotencyKeyField } from '../fields/submissionFields'

/**
 * "Hjälpte informationen på sidan dig?": page, day, answer and an optional text, nothing else.
 * No timestamps either: a moment to the millisecond could be matched against other logs.
 */
export const PageFeedback: CollectionConfig = {
  slug: 'page-feedback',
  labels: { singular: 'Sidfeedback', plural: 'Sidfeedback' },
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['page', 'day', 'answer', 'text'],
    group: 'Inkommet',
    components: { beforeList: ['/components/PageFeedbackListLink#PageFeedbackListLink'] },
  },
  timestamps: false,
  // Readers' answers are counted as they came: no copies.
  disableDuplicate: true,
  access: { create: isStaff, read: isStaff, update: () => false, delete: isEditor },
  fields: [
    { name: 'page', type: 'text', label: 'Sida', required: true, maxLength: 300, index: true },
    {
      name: 'day',
      type: 'text',
      label: 'Dag',
      required: true,
      index: true,
      admin: { description: 'ÅÅÅÅ-MM-DD, Stockholmstid.' },
    },
    {
      name: 'answer',
      type: 'select',
      label: 'Svar',
      required: true,
      options: [...pageFeedbackAnswerOptions],
    },
    { name: 'text', type: 'textarea', label: 'Vad saknade du?', maxLength: 500 },
    // The form's random key for this one answer, so a repeated send is refused; it says
    // nothing about the reader.
    idempotencyKeyField,
  ],
}
