import { registrationStatusOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { idempotencyKeyField, referenceField } from '../fields/submissionFields'
import { assignReference } from '../hooks/assignReference'

/**
 * Sign-ups through the site's registration form. Nothing about the registrant's connection is
 * stored; the retention job deletes an event's registrations some days after it ends.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: 'Anmälan', plural: 'Anmälningar' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'event', 'status', 'createdAt'],
    listSearchableFields: ['name', 'email', 'organisation', 'reference'],
    group: 'Inkommet',
  },
  access: { create: isStaff, read: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [assignReference('registration')] },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      label: 'Evenemang',
      relationTo: 'events',
      required: true,
      index: true,
    },
    { name: 'name', type: 'text', label: 'Namn', required: true, maxLength: 200 },
    { name: 'email', type: 'email', label: 'E-post', required: true },
    { name: 'organisation', type: 'text', label: 'Organisation', maxLength: 200 },
    { name: 'note', type: 'textarea', label: 'Kost eller tillgänglighet', maxLength: 1000 },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'confirmed',
      options: [...registrationStatusOptions],
      admin: { position: 'sidebar' },
    },
    referenceField,
    idempotencyKeyField,
  ],
}
