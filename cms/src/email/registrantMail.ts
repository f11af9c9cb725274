import type { MailContent } from './submissionMail'

export interface RegistrantMailFacts {
  /** `received`: just registered; `promoted`: moved from the waiting list to a place. */
  reason: 'received' | 'promoted'
  status: 'confirmed' | 'waitlisted'
  name: string
  reference: string
  eventTitle: string
  startsAt: string
  endsAt: string
  /** "Salong 1, Folkan, Folkets park, Malmö", or nothing for an online event. */
  place?: string
  /** The join link of an online or mixed event. */
  joinUrl?: string
  /** Where a reply or a question goes. */
  newsdeskAddress: string
  waitlistPosition?: number
}

const TIME_ZONE = 'Europe/Stockholm'
const dayFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const clockFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
})

/** "måndag 31 maj 2027 kl. 14.00–14.45" (Stockholm time; the end's day too when it differs). */
export function eventTime(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const clock = (at: Date) => clockFormat.format(at).replace(':', '.')
  const startDay = dayFormat.format(start)
  const endDay = dayFormat.format(end)
  return startDay === endDay
    ? `${startDay} kl. ${clock(start)}–${clock(end)}`
    : `${startDay} kl. ${clock(start)} – ${endDay} kl. ${clock(end)}`
}

/**
 * The registrant's own mail: what they registered for, when and where, whether they have a
 * place, their reference and how to cancel. Nothing about anyone else who registered.
 */
export function registrantMail(facts: RegistrantMailFacts): MailContent {
  const isPlace = facts.status === 'confirmed'
  const subject =
    facts.reason === 'promoted'
      ? `Du har fått en plats: ${facts.eventTitle}`
      : isPlace
        ? `Anmälan bekräftad: ${facts.eventTitle}`
        : `Du står på väntelistan: ${facts.eventTitle}`
  const opening =
    facts.reason === 'promoted'
      ? 'En plats har blivit ledig och du har fått den. Välkommen!'
      : isPlace
        ? 'Tack för din anmälan. Du har en plats. Välkommen!'
        : [
            'Tack för din anmälan. Evenemanget är fullbokat, så du står på väntelistan',
            facts.waitlistPosition ? ` (plats ${facts.waitlistPosition})` : '',
            '. Vi mejlar dig om en plats blir ledig.',
          ].join('')
  const lines = [
    `Hej ${facts.name}!`,
    '',
    opening,
    '',
    `Evenemang: ${facts.eventTitle}`,
    `Tid: ${eventTime(facts.startsAt, facts.endsAt)}`,
    ...(facts.place ? [`Plats: ${facts.place}`] : []),
    ...(facts.joinUrl ? [`Delta digitalt: ${facts.joinUrl}`] : []),
    `Din referens: ${facts.reference}`,
    '',
    'Kan du inte komma? Svara på det här mejlet eller skriv till redaktionen på',
    `${facts.newsdeskAddress} och ange din referens, så avbokar vi din plats.`,
    '',
    'Vänliga hälsningar',
    'Redaktionen',
  ]
  return { subject, text: `${lines.join('\n')}\n` }
}
