import type { TipMessage } from '@redaktion/content-schemas/payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The server decides what a message is. Staff write newsroom messages: a draft until Skicka
 * (`state: 'sent'`) stamps `sentAt` and the sender, once; a sent message is not rewritten, as
 * the tipster may have read it. Tipster messages come only from the reply-box endpoint (flagged
 * in `req.context`); staff may only mark them read (the server's time, once) or unread.
 */
export const guardNewsroomMessage: CollectionBeforeChangeHook<TipMessage> = ({
  data,
  originalDoc,
  req,
}) => {
  if (req.context.isTipsterAnswer) return { ...data, from: 'tipster' }
  if (originalDoc?.from === 'tipster') {
    // Read when the server first hears so, whatever clock the browser keeps; null marks unread.
    const readAt =
      data.readAt === undefined
        ? originalDoc.readAt
        : data.readAt
          ? (originalDoc.readAt ?? new Date().toISOString())
          : null
    return {
      ...data,
      from: 'tipster',
      text: originalDoc.text,
      state: null,
      sentAt: originalDoc.sentAt,
      readAt,
    }
  }
  if (originalDoc?.state === 'sent') {
    const { text, sentAt, sentBy } = originalDoc
    return { ...data, from: 'newsroom', text, state: 'sent', sentAt, sentBy, readAt: null }
  }
  const isSent = data.state === 'sent'
  return {
    ...data,
    from: 'newsroom',
    state: isSent ? 'sent' : 'draft',
    sentAt: isSent ? new Date().toISOString() : null,
    sentBy: isSent ? (req.user?.id ?? null) : null,
    readAt: null,
  }
}
