import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { SHARED_PREVIEW_PATH } from './sharedPreviewEndpoint'
import { hashShareToken, newShareToken } from './shareToken'

const TOKEN_CONTEXT = 'previewLinkToken'

/**
 * A new link gets its token here; only the token's hash is stored, and the token itself waits
 * in the request's context for `revealTokenOnce`. Who made it is the signed-in editor.
 */
export const issueShareToken: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const token = newShareToken()
  req.context[TOKEN_CONTEXT] = token
  return { ...data, tokenHash: hashShareToken(token), createdBy: req.user?.id ?? null }
}

/**
 * Revoking is for good: a revoked link keeps its first revocation time, and whatever time a
 * client sends, a revocation is stamped with the server's clock.
 */
export const keepRevocation: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update') return data
  if (originalDoc?.revokedAt) return { ...data, revokedAt: originalDoc.revokedAt }
  if (data.revokedAt) return { ...data, revokedAt: new Date().toISOString() }
  return data
}

/**
 * The answer to the create (and only that answer) carries the token and the link to send the
 * source: it is shown once to the editor and can never be read again.
 */
export function revealTokenOnce(serverUrl: string): CollectionAfterChangeHook {
  return ({ doc, operation, req }) => {
    const token = req.context[TOKEN_CONTEXT]
    if (operation !== 'create' || typeof token !== 'string') return doc
    delete req.context[TOKEN_CONTEXT]
    const url = `${serverUrl}${req.payload.config.routes.api}/preview-links${SHARED_PREVIEW_PATH}?token=${token}`
    return { ...doc, token, url }
  }
}
