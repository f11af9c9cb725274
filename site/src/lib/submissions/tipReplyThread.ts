import type { TipReplyMessage, TipReplyThread } from '@redaktion/content-schemas/tipReplies'

/** One message as the reply box lists it. */
export interface ThreadEntry {
  id: string
  /** Who wrote it, as the tipster reads it: never a staff member's name. */
  author: 'Redaktionen' | 'Du'
  sentAt: string
  text: string
  /** "underlag.pdf (PDF, 12 kB)" */
  attachments: string[]
}

const KILOBYTE = 1024
const MEGABYTE = 1024 * 1024

/** "12 kB", "1,5 MB": Swedish decimals, rounded up so nothing reads as 0 kB. */
export function sizeText(bytes: number): string {
  if (bytes < MEGABYTE) return `${Math.max(1, Math.ceil(bytes / KILOBYTE))} kB`
  return `${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toLocaleString('sv-SE')} MB`
}

const entryOf = (message: TipReplyMessage): ThreadEntry => ({
  id: message.id,
  author: message.from === 'newsroom' ? 'Redaktionen' : 'Du',
  sentAt: message.sentAt,
  text: message.text,
  attachments: message.attachments.map(
    (file) => `${file.filename} (${file.type}, ${sizeText(file.bytes)})`,
  ),
})

/** The thread oldest first, whatever order it came in (equal times keep their order). */
export function threadEntries(thread: TipReplyThread): ThreadEntry[] {
  return thread.messages
    .map((message, index) => ({ message, index, at: Date.parse(message.sentAt) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ message }) => entryOf(message))
}
