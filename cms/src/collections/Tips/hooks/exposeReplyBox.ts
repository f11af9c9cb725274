import type { Tip } from '@redaktion/content-schemas/payload-types'
import type { CollectionBeforeReadHook } from 'payload'

/**
 * `hasReplyBox` for the admin's "Svar till tipsaren" tab: whether the tipster got a phrase.
 * beforeRead sees the stored document before field access strips `phraseHash`, so the boolean
 * is derived here and the hash itself still never leaves the server. A read that does not
 * select `phraseHash` leaves the boolean out rather than guessing.
 */
export const exposeReplyBox: CollectionBeforeReadHook<Tip> = ({ doc }) => {
  if (!('phraseHash' in doc)) return doc
  return { ...doc, hasReplyBox: Boolean(doc.phraseHash) }
}
