import { registrationStatusOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig, Field } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff, isStaffField } from '../access/isStaff'
import { idempotencyKeyField, referenceField } from '../fields/submissionFields'
import { assignReference } from '../hooks/assignReference'
import { assignRegistrationKeys } from '../registrations/assignRegistrationKeys'
import { registrationsExportEndpoint } from '../registrations/exportEndpoint'
import {
  afterRegistrationChange,
  afterRegistrationDelete,
} from '../registrations/registrationChanges'

const nobody = () => false

/** A key the server keeps in step (assignRegistrationKeys); unique, so the database decides. */
const serverKey = (name: string): Field => ({
  name,
  type: 'text',
  unique: true,
  index: true,
  access: { create: nobody, update: nobody, read: isStaffField },
  admin: { hidden: true },
})

/**
 * Sign-ups through the site's registration form. Nothing about the registrant's connection is
 * stored; the retention job deletes an event's registrations some days after it ends. An editor
 * who sets a confirmed registration to Avanmäld gives its place to the first on the waiting list.
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
  // A copy of someone's registration would be a registration nobody made.
  disableDuplicate: true,
  hooks: {
    beforeChange: [assignReference('registration'), assignRegistrationKeys],
    afterChange: [afterRegistrationChange],
    afterDelete: [afterRegistrationDelete],
  },
  endpoints: [registrationsExportEndpoint],
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
    // `event:plats:3` for a confirmed registration's seat, a unique non-seat key otherwise.
    serverKey('place'),
    // `event:address` while active: one registration per e-mail address and event.
    serverKey('signup'),
  ],
}
