import type { TipMessage } from '@redaktion/content-schemas/payload-types'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

export const NO_REPLY_BOX =
  'Tipset har ingen Svarslåda: tipsaren har ingen lösenfras och kan aldrig läsa ett svar.'

/**
 * A newsroom message needs a tip whose sender got a phrase: on any other tip (one staff wrote,
 * or sent before the Svarslåda) nobody could ever read it. The admin offers no form there; this
 * holds for the REST API too.
 */
export const requireReplyBox: CollectionBeforeChangeHook<TipMessage> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.context.isTipsterAnswer) return data
  const tipId = typeof data.tip === 'object' && data.tip ? data.tip.id : data.tip
  const tip = tipId
    ? await req.payload.findByID({
        collection: 'tips',
        id: tipId,
        select: { phraseHash: true },
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  if (tip?.phraseHash) return data
  throw new ValidationError({
    collection: 'tip-messages',
    errors: [{ label: 'Tips', path: 'tip', message: NO_REPLY_BOX }],
    req,
  })
}
