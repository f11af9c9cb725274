import { roleOptions } from '@redaktion/content-schemas/options'
import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import type { RateLimit } from '../../submissions/rateLimit'
import { limitLogin } from './hooks/limitLogin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

/**
 * Payload's own `sessions` field lets a read through when both the user and the document are
 * missing, which is the case in a `where` on a relationship: a reader could binary-search
 * session ids and log-in times. Only the account itself reads its sessions.
 */
const ownSessions: FieldAccess = ({ doc, req: { user } }) =>
  Boolean(user && doc && String(user.id) === String(doc.id))

/** An API key never expires and survives log-out: only an admin hands one out. */
const apiKeyAccess = { create: isAdminField, update: isAdminField }

export const USERS_SLUG = 'users'

export function usersCollection({
  loginRateLimit,
  isCookieSecure,
}: {
  loginRateLimit: RateLimit
  isCookieSecure: boolean
}): CollectionConfig {
  const login = limitLogin(loginRateLimit)
  return {
    slug: USERS_SLUG,
    labels: { singular: 'Användare', plural: 'Användare' },
    auth: {
      tokenExpiration: 60 * 60 * 8,
      useAPIKey: true,
      // Above the per-address limit, so locking an account takes many addresses; locked and
      // wrong answer alike (see limitLogin).
      maxLoginAttempts: 30,
      lockTime: 15 * 60 * 1000,
      cookies: { secure: isCookieSecure, sameSite: 'Lax' },
    },
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
      // Unlocking undoes the brute-force lock: not something any signed-in user does for others.
      unlock: isAdmin,
    },
    hooks: {
      beforeOperation: [login.beforeOperation],
      beforeChange: [makeFirstUserAdmin, requireCurrentPassword],
      afterLogin: [login.afterLogin],
    },
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
      {
        name: 'currentPassword',
        type: 'text',
        label: 'Nuvarande lösenord',
        virtual: true,
        admin: { description: 'Krävs när du byter ditt eget lösenord eller din e-postadress.' },
      },
      // Payload's auth fields, merged with these by name: only the access rules change.
      { name: 'enableAPIKey', type: 'checkbox', access: apiKeyAccess },
      { name: 'apiKey', type: 'text', access: apiKeyAccess },
      { name: 'apiKeyIndex', type: 'text', access: apiKeyAccess },
      { name: 'sessions', type: 'array', fields: [], access: { read: ownSessions } },
    ],
  }
}
