import { articleTypeOptions } from '@redaktion/content-schemas/options'
import type { GlobalAfterChangeHook } from 'payload'

import { queueSiteDelivery } from '../../siteWebhook/queueSiteDelivery'

/**
 * A changed type statement changes the foot of every article of that type: one dependency
 * delivery whose ids are the article types whose text changed (`nyhet`, `debatt`), so the site
 * can re-render just those articles. Saving without a change announces nothing.
 */
export const queueTypeStatementDelivery: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const changed = articleTypeOptions
    .map(({ value }) => value)
    .filter((type) => (doc?.[type] ?? '') !== (previousDoc?.[type] ?? ''))
  if (changed.length === 0) return doc
  await queueSiteDelivery({
    req,
    event: 'dependency',
    collection: 'type-statements',
    ids: changed,
  })
  return doc
}
