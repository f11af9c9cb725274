import type { Event } from '@redaktion/content-schemas/payload-types'

/** What an event looks like while it is checked: any field may still be missing. */
export type EventInput = Partial<
  Pick<Event, 'startsAt' | 'endsAt' | 'attendance' | 'joinUrl' | 'eventStatus'>
> & {
  speakers?: { author?: unknown; name?: string | null }[] | null
  venue?: Partial<NonNullable<Event['venue']>> | null
  registration?: Partial<NonNullable<Event['registration']>> | null
  video?: { url?: string | null } | null
}

export interface EventProblem {
  /** The field's path as Payload names it (`registration.contactEmail`), for the admin. */
  path: string
  /** Swedish, starting with the field's label. */
  message: string
}

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

/** Whether `value` is an absolute URL with one of the protocols. */
export function isUrlWith(value: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(value.trim())
    return protocols.includes(url.protocol) && Boolean(url.hostname)
  } catch {
    return false
  }
}

const WEB = ['https:', 'http:'] as const
const HTTPS = ['https:'] as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function timeProblems(event: EventInput): EventProblem[] {
  if (!event.startsAt || !event.endsAt) return []
  const starts = Date.parse(event.startsAt)
  const ends = Date.parse(event.endsAt)
  if (Number.isNaN(starts) || Number.isNaN(ends) || ends > starts) return []
  return [{ path: 'endsAt', message: 'Slutar: sluttiden måste vara efter starttiden (Börjar).' }]
}

function speakerProblems(event: EventInput): EventProblem[] {
  return (event.speakers ?? []).flatMap((speaker, index) =>
    speaker.author || !isBlank(speaker.name)
      ? []
      : [
          {
            path: `speakers.${index}.name`,
            message: `Medverkande ${index + 1}: välj en skribent eller skriv ett namn.`,
          },
        ],
  )
}

function placeProblems(event: EventInput): EventProblem[] {
  const attendance = event.attendance ?? 'onsite'
  const problems: EventProblem[] = []
  if (attendance !== 'online' && isBlank(event.venue?.name)) {
    problems.push({
      path: 'venue.name',
      message: 'Lokal: skriv var evenemanget hålls, eller välj Digitalt under Deltagande.',
    })
  }
  if (attendance !== 'onsite') {
    if (isBlank(event.joinUrl)) {
      problems.push({
        path: 'joinUrl',
        message: 'Länk för att delta digitalt: krävs när evenemanget är digitalt.',
      })
    } else if (!isUrlWith(event.joinUrl!, WEB)) {
      problems.push({
        path: 'joinUrl',
        message: 'Länk för att delta digitalt: ange en adress som börjar med https://.',
      })
    }
  }
  return problems
}

function registrationProblems(event: EventInput): EventProblem[] {
  const registration = event.registration ?? {}
  const problems: EventProblem[] = []
  switch (registration.mode) {
    case 'contact':
      if (isBlank(registration.contactName)) {
        problems.push({
          path: 'registration.contactName',
          message: 'Kontaktperson: krävs när anmälan sker till en kontaktperson.',
        })
      }
      if (isBlank(registration.contactEmail) || !EMAIL.test(registration.contactEmail!.trim())) {
        problems.push({
          path: 'registration.contactEmail',
          message: 'Kontaktpersonens e-post: ange en giltig e-postadress.',
        })
      }
      break
    case 'url':
      if (isBlank(registration.url) || !isUrlWith(registration.url!, HTTPS)) {
        problems.push({
          path: 'registration.url',
          message: 'Anmälningssida: ange en adress som börjar med https://.',
        })
      }
      break
    case 'form': {
      const { capacity } = registration
      if (
        capacity !== null &&
        capacity !== undefined &&
        !(Number.isInteger(capacity) && capacity >= 1)
      ) {
        problems.push({
          path: 'registration.capacity',
          message: 'Antal platser: ange ett heltal från 1, eller lämna tomt för obegränsat.',
        })
      }
      const closes = registration.closesAt ? Date.parse(registration.closesAt) : Number.NaN
      const ends = event.endsAt ? Date.parse(event.endsAt) : Number.NaN
      if (closes > ends) {
        problems.push({
          path: 'registration.closesAt',
          message: 'Sista anmälningsdag: måste vara före evenemangets slut.',
        })
      }
      break
    }
  }
  return problems
}

function videoProblems(event: EventInput): EventProblem[] {
  const url = event.video?.url
  if (isBlank(url) || isUrlWith(url!, WEB)) return []
  return [
    { path: 'video.url', message: 'Länk till video: ange en adress som börjar med https://.' },
  ]
}

/** Everything wrong with an event that is about to be published; empty when it may go live. */
export function eventProblems(event: EventInput): EventProblem[] {
  return [
    ...timeProblems(event),
    ...speakerProblems(event),
    ...placeProblems(event),
    ...registrationProblems(event),
    ...videoProblems(event),
  ]
}
