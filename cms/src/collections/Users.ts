import { roleOptions } from '@redaktion/content-schemas/options'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'

/** The very first account (made in the admin's sign-up screen) must be able to manage the rest. */
const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Användare', plural: 'Användare' },
  auth: { tokenExpiration: 60 * 60 * 8, useAPIKey: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Administration',
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: isStaff,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true },
    {
      name: 'role',
      type: 'select',
      label: 'Roll',
      required: true,
      defaultValue: 'journalist',
      options: roleOptions,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      label: 'Byline',
      relationTo: 'authors',
      admin: { position: 'sidebar', description: 'Bylinen som används när användaren skriver.' },
    },
  ],
}
