import { isDebateArticleType } from '@redaktion/content-schemas/options'
import type { Payload } from 'payload'

import { walkToDebateRoot } from '../collections/Articles/debateRoot'
import { fieldError } from './SubmissionError'

/**
 * A reader's replik must answer a published debate article, replik or slutreplik in a debate
 * that still takes replies (its original is not marked closed); a 400 naming `repliesTo` if not.
 */
export async function assertOpenForReplies(payload: Payload, id: string): Promise<void> {
  const published = await payload
    .count({
      collection: 'articles',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    .catch(() => ({ totalDocs: 0 }))
  if (published.totalDocs !== 1) {
    throw fieldError(400, 'repliesTo', 'Artikeln du svarar på finns inte eller är inte publicerad.')
  }
  const { links, isCycle } = await walkToDebateRoot({ payload, startId: id })
  if (!isDebateArticleType(links[0]?.type)) {
    throw fieldError(400, 'repliesTo', 'Det går bara att skriva en replik på en debattartikel.')
  }
  if (isCycle || links.at(-1)?.debateClosed) {
    throw fieldError(400, 'repliesTo', 'Debatten är avslutad och tar inte emot fler repliker.')
  }
}
