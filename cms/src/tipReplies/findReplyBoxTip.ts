import { TIP_REPLY_REFUSED } from '@redaktion/content-schemas/tipReplies'
import type { Payload } from 'payload'

import { fieldError } from '../submissions/SubmissionError'
import { dummyPhraseHash, verifyPhrase } from './phraseHash'
import type { ReplyBoxTip } from './readerThread'

/**
 * The tip a reference and phrase open, or the one refusal for both a wrong phrase and an
 * unknown reference: an unknown reference (or a tip without a reply box) is checked against a
 * dummy hash, so both cost one scrypt and answer alike.
 */
export async function findReplyBoxTip(
  payload: Payload,
  { reference, phrase }: { reference: string; phrase: string },
): Promise<ReplyBoxTip> {
  const { docs } = await payload.find({
    collection: 'tips',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { reference: true, status: true, phraseHash: true },
  })
  const tip = docs[0]
  const hash = tip?.phraseHash ?? (await dummyPhraseHash())
  const isMatch = await verifyPhrase(phrase, hash)
  if (!tip?.phraseHash || !isMatch) {
    throw fieldError(TIP_REPLY_REFUSED.status, TIP_REPLY_REFUSED.field, TIP_REPLY_REFUSED.message)
  }
  return { id: String(tip.id), reference: String(tip.reference), status: tip.status }
}
