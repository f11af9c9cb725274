import type { SanitizedConfig } from 'payload'

import { isStaff } from './access/isStaff'
import { lockInOwnName, ownLockOrEditor } from './access/ownLockOrEditor'

const LOCKS = 'payload-locked-documents'

/**
 * Payload adds its document-lock collection while it sanitizes the config, after every plugin,
 * and offers no override for it; its default access lets any signed-in user create and delete
 * locks in anyone's name. This is the one place that reaches into the sanitized config to
 * apply the newsroom's rules to it (the access matrix checks the result over REST and GraphQL).
 */
export async function guardSystemCollections(
  config: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((collection) => collection.slug === LOCKS)
  if (!locks)
    throw new Error(`Payload no longer has a ${LOCKS} collection: review guardSystemCollections`)
  locks.access = {
    ...locks.access,
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: ownLockOrEditor,
  }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInOwnName]
  return sanitized
}
