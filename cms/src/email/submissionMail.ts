import type { SubmissionKind } from '@redaktion/content-schemas/submissions'

interface Common {
  reference: string
  /** ISO time the submission was stored. */
  receivedAt: string
  /** The submission's edit view in the admin. */
  editUrl: string
}

/**
 * What a news desk mail may say, per kind. A tip's mail carries nothing the tipster wrote or
 * who they are (source protection: mailboxes are copied, forwarded and kept); reports and debate
 * pieces name only what they are about. Reader contact data never leaves the CMS.
 */
export type SubmissionMailFacts =
  | ({ kind: 'tip' } & Common)
  | ({ kind: 'correction' | 'comment'; articleTitle: string } & Common)
  | ({ kind: 'debate'; title: string } & Common)
  | ({ kind: 'registration'; eventTitle: string } & Common)

export interface MailContent {
  subject: string
  text: string
}

const INTRO: Record<SubmissionKind, { subject: string; arrived: string; received: string }> = {
  tip: { subject: 'Nytt tips', arrived: 'Ett nytt tips har kommit in.', received: 'Mottaget' },
  correction: {
    subject: 'Ny felanmälan',
    arrived: 'En ny felanmälan har kommit in.',
    received: 'Mottagen',
  },
  debate: {
    subject: 'Nytt debattinlägg',
    arrived: 'Ett nytt debattinlägg har kommit in.',
    received: 'Mottaget',
  },
  comment: {
    subject: 'Ny kommentar att granska',
    arrived: 'En ny läsarkommentar väntar på granskning.',
    received: 'Mottagen',
  },
  registration: {
    subject: 'Ny anmälan',
    arrived: 'En ny anmälan till ett evenemang har kommit in.',
    received: 'Mottagen',
  },
}

const swedishTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
})

/** The plain-text mail that tells the news desk a submission has arrived. */
export function submissionMail(facts: SubmissionMailFacts): MailContent {
  const intro = INTRO[facts.kind]
  const lines = [
    intro.arrived,
    '',
    `Referens: ${facts.reference}`,
    `${intro.received}: ${swedishTime.format(new Date(facts.receivedAt))}`,
  ]
  if (facts.kind === 'correction' || facts.kind === 'comment')
    lines.push(`Gäller artikeln: ${facts.articleTitle}`)
  if (facts.kind === 'debate') lines.push(`Rubrik: ${facts.title}`)
  if (facts.kind === 'registration') lines.push(`Evenemang: ${facts.eventTitle}`)
  lines.push('', 'Öppna i redaktionens inkorg (inloggning krävs):', facts.editUrl)
  if (facts.kind === 'tip') {
    lines.push(
      '',
      'Av källskyddsskäl står varken tipset eller något om avsändaren i det här mejlet.',
    )
  }
  return { subject: `${intro.subject} ${facts.reference}`, text: `${lines.join('\n')}\n` }
}
