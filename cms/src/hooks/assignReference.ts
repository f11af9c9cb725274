import type { SubmissionKind } from '@redaktion/content-schemas/submissions'
import type { CollectionBeforeChangeHook } from 'payload'

import { referenceCode } from '../utilities/referenceCode'

/** Every submission gets its receipt code when it is created, however it arrives. */
export function assignReference(kind: SubmissionKind): CollectionBeforeChangeHook {
  return ({ data, operation }) => {
    if (operation === 'create' && !data.reference) data.reference = referenceCode(kind)
    return data
  }
}
