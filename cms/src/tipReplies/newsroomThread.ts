import type { TipMessage } from '@redaktion/content-schemas/payload-types'

/** A message as the admin's "Svar till tipsaren" tab reads it over REST at depth 1. */
export type NewsroomMessage = TipMessage

export const DRAFT_MARKER = 'Utkast – syns inte för tipsaren'

/**
 * The thread in the order the tipster lived it: sent and received messages by `sentAt`, oldest
 * first, then the drafts (not sent yet, so they have no place in that order) by creation.
 */
export function orderNewsroomThread(messages: NewsroomMessage[]): NewsroomMessage[] {
  const key = (message: NewsroomMessage) => message.sentAt ?? message.createdAt
  const sent = messages.filter((message) => message.sentAt)
  const drafts = messages.filter((message) => !message.sentAt)
  const byTime = (a: NewsroomMessage, b: NewsroomMessage) => Date.parse(key(a)) - Date.parse(key(b))
  return [...sent.sort(byTime), ...drafts.sort(byTime)]
}

/** Who wrote it, for the newsroom: the sender's name on sent messages, never the tipster's. */
export function senderOf(message: NewsroomMessage): string {
  if (message.from === 'tipster') return 'Tipsaren'
  const { sentBy } = message
  const name = typeof sentBy === 'object' && sentBy ? sentBy.name || sentBy.email : ''
  return name ? `Redaktionen · ${name}` : 'Redaktionen'
}

/** The tipster's answers nobody in the newsroom has opened yet. */
export const unreadAnswerIds = (messages: NewsroomMessage[]): string[] =>
  messages
    .filter((message) => message.from === 'tipster' && !message.readAt)
    .map((message) => String(message.id))
