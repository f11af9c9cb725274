import type { TipReplyThread } from '@redaktion/content-schemas/tipReplies'

import { formatDateTime } from '../../lib/format'
import { threadEntries } from '../../lib/submissions/tipReplyThread'

/** Writes the thread into the box: title, status, the messages oldest first, and whether to answer. */
export function showThread(section: HTMLElement, thread: TipReplyThread): void {
  section.querySelector('[data-thread-title]')!.textContent = `Ditt tips ${thread.reference}`
  section.querySelector('[data-thread-status]')!.textContent = thread.statusLabel
  const entries = threadEntries(thread)
  // Text only, never markup: what the newsroom and the tipster wrote is shown as written.
  section.querySelector('[data-thread-list]')!.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li')
      item.className = `thread__message thread__message--${entry.author === 'Du' ? 'tipster' : 'newsroom'}`
      const heading = document.createElement('p')
      const author = document.createElement('strong')
      author.textContent = entry.author
      const time = document.createElement('time')
      time.dateTime = entry.sentAt
      time.textContent = formatDateTime(entry.sentAt)
      heading.append(author, ', ', time)
      const text = document.createElement('p')
      text.className = 'thread__text'
      text.textContent = entry.text
      item.append(heading, text)
      if (entry.attachments.length > 0) {
        const files = document.createElement('p')
        files.className = 'meta'
        files.textContent = `Bilagor: ${entry.attachments.join(', ')}`
        item.append(files)
      }
      return item
    }),
  )
  section.querySelector<HTMLElement>('[data-thread-empty]')!.hidden = !entries.every(
    (entry) => entry.author === 'Du',
  )
  section.querySelector<HTMLElement>('[data-thread-closed]')!.hidden = thread.canAnswer
  section.querySelector<HTMLElement>('[data-reply-answer]')!.hidden = !thread.canAnswer
}

/** Empties the box, so nothing of the thread stays in the page. */
export function clearThread(section: HTMLElement): void {
  section.querySelector('[data-thread-list]')!.replaceChildren()
  section.querySelector('[data-thread-title]')!.textContent = 'Ditt tips'
  section.querySelector('[data-thread-status]')!.textContent = ''
  section.querySelector('[data-thread-notice]')!.textContent = ''
}
