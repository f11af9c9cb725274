import type { MailContent } from '../email/submissionMail'

export type ReviewMailEvent = 'submitted' | 'returned' | 'approved' | 'mentioned'

export interface ReviewMailFacts {
  event: ReviewMailEvent
  /** The article's title: fine inside the newsroom; its text never goes into a mail. */
  title: string
  /** Who made the change or wrote the comment. */
  actor: string
  /** The article's edit view in the admin. */
  editUrl: string
  /** The note with a return or approval (the journalist needs it to act). */
  note?: string
  /** ISO time an approval scheduled the publish for. */
  publishAt?: string
}

const swedishTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
})

const SUBJECT: Record<ReviewMailEvent, string> = {
  submitted: 'Klar för granskning',
  returned: 'Tillbaka till dig',
  approved: 'Godkänd',
  mentioned: 'Du är nämnd',
}

/**
 * The plain-text mail of the review loop: what happened, by whom, on which article, and the
 * link. Mailboxes are copied and forwarded, so the article's text (lead, body) and the
 * internal comments stay in the CMS; only a return's or approval's note is quoted, as the
 * journalist is the one it is written to.
 */
export function reviewMail(facts: ReviewMailFacts): MailContent {
  const title = `”${facts.title}”`
  const lines = [
    {
      submitted: `${facts.actor} har skickat artikeln ${title} för granskning.`,
      returned: `${facts.actor} har skickat tillbaka artikeln ${title} till dig.`,
      approved: `${facts.actor} har godkänt artikeln ${title}.`,
      mentioned: `${facts.actor} nämnde dig i en intern kommentar på artikeln ${title}.`,
    }[facts.event],
  ]
  if (facts.event === 'approved' && facts.publishAt) {
    lines.push(`Den publiceras ${swedishTime.format(new Date(facts.publishAt))}.`)
  }
  if ((facts.event === 'returned' || facts.event === 'approved') && facts.note?.trim()) {
    lines.push('', 'Anteckning:', facts.note.trim())
  }
  lines.push('', 'Öppna artikeln (inloggning krävs):', facts.editUrl)
  if (facts.event === 'submitted' || facts.event === 'mentioned') {
    lines.push('', 'Artikelns text och kommentarerna finns bara i CMS:et.')
  }
  return { subject: `${SUBJECT[facts.event]}: ${facts.title}`, text: `${lines.join('\n')}\n` }
}
