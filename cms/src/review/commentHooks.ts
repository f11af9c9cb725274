import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isOnArticle } from './commentAccess'
import { resolveMentions } from './mentions'

export const COMMENT_MAX = 5000

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/** The staff that can be mentioned: every account, by e-mail address. */
async function staffAccounts(req: PayloadRequest): Promise<{ id: string; email: string }[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => ({ id: String(user.id), email: String(user.email) }))
}

const mentionRefusal = (field: string, handle: string) =>
  `Fältet ${field}: ingen på redaktionen har en e-postadress som börjar ${handle}@ (nämn en kollega med @ och delen före @ i adressen).`

/** The review endpoint's check of a note, before it changes anything: null when all resolve. */
export async function unknownMentionMessage(
  req: PayloadRequest,
  text: string,
  field: string,
): Promise<string | null> {
  const { unknown } = resolveMentions(text, await staffAccounts(req))
  return unknown[0] ? mentionRefusal(field, unknown[0]) : null
}

/**
 * Before a comment is stored: its author is the user writing it, its article and kind cannot
 * change, a journalist writes only on articles they are on, and the @-mentions are resolved on
 * the server (a mention of no one is refused, with the handle).
 */
export const prepareComment: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const text = typeof data.text === 'string' ? data.text : (originalDoc?.text ?? '')
  const event = operation === 'create' ? (data.event ?? 'comment') : originalDoc?.event
  if (event === 'comment' && !text.trim()) {
    throw new APIError('Fältet Kommentar får inte vara tomt.', 400, undefined, true)
  }
  if (text.length > COMMENT_MAX) {
    throw new APIError(
      `Fältet Kommentar får vara högst ${COMMENT_MAX.toLocaleString('sv-SE')} tecken.`,
      400,
      undefined,
      true,
    )
  }
  if (operation === 'create') {
    const articleId = idOf(data.article)
    if (!articleId) throw new APIError('Fältet Artikel saknas.', 400, undefined, true)
    if (req.user && !(await isOnArticle(req, articleId))) {
      throw new APIError(
        'Du kan bara kommentera artiklar du själv har skrivit eller blivit nämnd på.',
        403,
        undefined,
        true,
      )
    }
    if (req.user) data.author = req.user.id
  }
  const { users, unknown } = resolveMentions(text, await staffAccounts(req))
  // A status note has already been checked by the review endpoint; a stale handle in it must
  // not undo the status change, so it is dropped there rather than refused.
  if (unknown[0] && event === 'comment') {
    throw new APIError(mentionRefusal('Kommentar', unknown[0]), 400, undefined, true)
  }
  return { ...data, text, mentions: users.map((user) => user.id) }
}

/** Each newly mentioned colleague gets a mail (link only), through the retried mail job. */
export const mailMentions: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = new Set(
    operation === 'update' ? ((previousDoc?.mentions as unknown[]) ?? []).map(idOf) : [],
  )
  const authorId = idOf(doc.author)
  const added = ((doc.mentions as unknown[]) ?? [])
    .map(idOf)
    .filter((id): id is string => id !== null && !before.has(id) && id !== authorId)
  for (const userId of added) {
    await req.payload.jobs.queue({
      task: 'sendReviewMail',
      input: {
        event: 'mentioned',
        articleId: String(idOf(doc.article)),
        commentId: String(doc.id),
        userId,
      },
      req,
    })
  }
  return doc
}
