import type { Registration, SubmissionReceipt } from '@redaktion/content-schemas/submissions'
import { ValidationError, type Payload } from 'payload'

import { findReceipt, storeSubmission } from '../submissions/storeSubmission'
import { SubmissionError, fieldError } from '../submissions/SubmissionError'
import { hasActiveSignup, takenSeats } from './registrationQueries'
import {
  freeSeat,
  noSeatKey,
  registrationRefusal,
  seatKey,
  signupKey,
  type RegistrationEvent,
} from './registrationRules'

/** How often a registration tries again after another one took the place it was given. */
const ATTEMPTS = 10

/**
 * Stores a registration with a place when one is free, else on the waiting list. The place is
 * a seat number under a unique index (`place`), so when two registrations race for the last
 * place the database lets exactly one have it; the other chooses again and lands on the waiting
 * list. The same holds for the address: one active registration per e-mail and event
 * (`signup`), answered with a 409.
 */
export async function storeRegistration({
  payload,
  data,
  event,
}: {
  payload: Payload
  data: Registration
  event: RegistrationEvent
}): Promise<SubmissionReceipt> {
  const eventId = String(event.id)
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (await hasActiveSignup(payload, { eventId, email: data.email })) throw alreadyRegistered()
    const capacity = event.registration?.capacity ?? null
    const seats = await takenSeats(payload, eventId)
    const seat = capacity !== null && seats.length >= capacity ? null : freeSeat(seats, capacity)
    const status = seat === null ? 'waitlisted' : 'confirmed'
    try {
      return await storeSubmission({
        payload,
        kind: 'registration',
        data,
        files: [],
        serverFields: {
          status,
          place:
            seat === null
              ? noSeatKey(eventId, status, data.idempotencyKey)
              : seatKey(eventId, seat),
          signup: signupKey({ eventId, email: data.email, status, unique: data.idempotencyKey }),
        },
      })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      // A repeated idempotency key: the caller answers with the first receipt.
      if (await findReceipt(payload, 'registration', data.idempotencyKey)) throw error
      if (await hasActiveSignup(payload, { eventId, email: data.email })) {
        throw alreadyRegistered()
      }
      // Otherwise the seat went to someone else in the meantime: choose again.
    }
  }
  throw new SubmissionError(
    503,
    'Många anmäler sig just nu och anmälan kunde inte sparas. Försök igen om en stund.',
  )
}

/** Whether the form takes registrations for the event now; a 400 naming `event` if not. */
export function assertRegistrationOpen(event: RegistrationEvent | null, now = new Date()) {
  const refusal = event
    ? registrationRefusal(event, now)
    : 'Evenemanget finns inte eller är inte publicerat.'
  if (refusal) throw fieldError(400, 'event', refusal)
}

function alreadyRegistered(): SubmissionError {
  return new SubmissionError(
    409,
    'Den här e-postadressen är redan anmäld till evenemanget. Kontakta redaktionen om du vill ändra din anmälan.',
    [{ field: 'email', message: 'E-post: adressen är redan anmäld till evenemanget.' }],
  )
}
