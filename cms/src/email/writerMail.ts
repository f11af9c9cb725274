import type { MailContent } from './submissionMail'

interface Common {
  reference: string
}

/**
 * What a writer's mail may say. Only the writer's own title (debate) or the article's title
 * (error report) is named: no article text, nothing else the reader wrote.
 */
export type WriterReceiptFacts =
  | ({ kind: 'debate'; title: string; receivedAt: string } & Common)
  | ({ kind: 'correction'; articleTitle: string; receivedAt: string } & Common)

export type WriterDecisionFacts = Common & {
  /** The editor's own words to the writer, sent as written. */
  message?: string | null
  /** When the mail is written: a date in this year is given without the year. */
  now: Date
} & (
    | {
        decision: 'published'
        title: string
        /** ISO time the article is published or scheduled for; null if it no longer is. */
        publishAt: string | null
        isPublished: boolean
        articleUrl?: string
      }
    | { decision: 'declined'; title: string }
    | { decision: 'corrected'; articleTitle: string; articleUrl?: string }
    | { decision: 'rejected'; articleTitle: string }
  )

const TIME_ZONE = 'Europe/Stockholm'
const dayMonth = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
})
const year = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric' })
const receivedTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
})

/** "3 maj" in Stockholm, "3 maj 2028" when that is not this year. */
export function swedishDay(at: string, now: Date): string {
  const date = new Date(at)
  const day = dayMonth.format(date)
  return year.format(date) === year.format(now) ? day : `${day} ${year.format(date)}`
}

const quoted = (title: string) => `”${title}”`

const SIGN_OFF = [
  '',
  'Har du frågor? Svara på det här mejlet och ange din referens.',
  '',
  'Vänliga hälsningar',
  'Redaktionen',
]

const mail = (subject: string, lines: string[]): MailContent => ({
  subject,
  text: `${['Hej!', '', ...lines, ...SIGN_OFF].join('\n')}\n`,
})

/** The receipt a debate writer or an error reporter gets as soon as the submission is stored. */
export function writerReceiptMail(facts: WriterReceiptFacts): MailContent {
  const received = `Mottaget: ${receivedTime.format(new Date(facts.receivedAt))}`
  const reference = `Din referens: ${facts.reference}`
  if (facts.kind === 'debate') {
    const subject = `Vi har tagit emot ditt debattinlägg ${quoted(facts.title)}`
    return mail(subject, [
      `${subject}.`,
      '',
      reference,
      received,
      '',
      'Vad händer nu? En redaktör läser inlägget. Vi mejlar dig när vi har bestämt oss: om vi',
      'publicerar det, och i så fall vilket datum, eller om vi avstår. Vi kan komma att korta och',
      'redigera texten.',
    ])
  }
  const subject = `Vi har tagit emot din felanmälan om ${quoted(facts.articleTitle)}`
  return mail(subject, [
    `${subject}.`,
    '',
    reference,
    received,
    '',
    'Vad händer nu? Vi granskar uppgifterna i artikeln. Är något fel rättar vi artikeln och',
    'publicerar en rättelse på den. Vi mejlar dig när vi har granskat din anmälan.',
  ])
}

/** The decision, once an editor sends it, with the editor's message if there is one. */
export function writerDecisionMail(facts: WriterDecisionFacts): MailContent {
  const { subject, lines } = decisionLines(facts)
  const message = facts.message?.trim()
  return mail(subject, [
    ...lines,
    ...(message ? ['', 'Meddelande från redaktionen:', message] : []),
    '',
    `Din referens: ${facts.reference}`,
  ])
}

function decisionLines(facts: WriterDecisionFacts): { subject: string; lines: string[] } {
  switch (facts.decision) {
    case 'published': {
      const subject = `Vi publicerar ditt inlägg ${quoted(facts.title)}`
      const when = facts.publishAt ? ` den ${swedishDay(facts.publishAt, facts.now)}` : ''
      if (facts.isPublished) {
        return {
          subject,
          lines: [
            `Vi har publicerat ditt inlägg ${quoted(facts.title)}${when}.`,
            ...(facts.articleUrl ? ['', facts.articleUrl] : []),
          ],
        }
      }
      return {
        subject,
        lines: [`Vi publicerar ditt inlägg${when}.`, '', `Rubrik: ${facts.title}`],
      }
    }
    case 'declined':
      return {
        subject: `Vi avstår från att publicera ditt inlägg ${quoted(facts.title)}`,
        lines: [
          `Vi avstår från att publicera ditt inlägg ${quoted(facts.title)}.`,
          'Tack för att du skickade det till oss.',
        ],
      }
    case 'corrected':
      return {
        subject: `Vi har rättat artikeln ${quoted(facts.articleTitle)}`,
        lines: [
          `Vi har rättat artikeln ${quoted(facts.articleTitle)}. Tack för att du hörde av dig.`,
          ...(facts.articleUrl ? ['', 'Rättelsen står på artikeln:', facts.articleUrl] : []),
        ],
      }
    case 'rejected':
      return {
        subject: `Din felanmälan om ${quoted(facts.articleTitle)}`,
        lines: [
          `Vi har granskat artikeln ${quoted(facts.articleTitle)} och gör ingen rättelse.`,
          'Tack för att du hörde av dig.',
        ],
      }
  }
}
