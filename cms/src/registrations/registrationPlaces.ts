import { ID_PATTERN } from '@redaktion/content-schemas/ids'
import type {
  RegistrationPlaces,
  SubmissionErrorBody,
} from '@redaktion/content-schemas/submissions'
import type { Payload } from 'payload'

import { countRegistrations, findPublishedEvent } from './registrationQueries'
import { placesOf } from './registrationRules'

export type PlacesAnswer =
  { status: 200; body: RegistrationPlaces } | { status: 400 | 404; body: SubmissionErrorBody }

/**
 * `GET /api/submissions/registration/places?event=<id>`: places left and the waiting list's
 * length of a published event with the site's form. Counts only, nothing about who registered.
 */
export async function registrationPlaces(
  payload: Payload,
  eventId: string | null,
): Promise<PlacesAnswer> {
  if (!eventId || !ID_PATTERN.test(eventId)) {
    const message = 'Evenemang saknas eller är ogiltigt: ange ?event=<id>.'
    return { status: 400, body: { message, errors: [{ field: 'event', message }] } }
  }
  const event = await findPublishedEvent(payload, eventId)
  if (!event || event.registration?.mode !== 'form') {
    const message = 'Evenemanget finns inte eller tar inte emot anmälningar via formuläret.'
    return { status: 404, body: { message, errors: [{ field: 'event', message }] } }
  }
  const counts = await countRegistrations(payload, eventId)
  return { status: 200, body: placesOf(event, counts, new Date()) }
}
