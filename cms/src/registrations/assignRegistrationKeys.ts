import { randomUUID } from 'node:crypto'

import type { Registration } from '@redaktion/content-schemas/payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, takenSeats } from './registrationQueries'
import { freeSeat, noSeatKey, seatKey, seatOf, signupKey } from './registrationRules'

type Keys = { place?: string | null; signup?: string | null }

/**
 * Keeps a registration's unique keys in step with its event, address and status, however it is
 * saved (the reader's form, an editor, a promotion from the waiting list): a confirmed one holds
 * a seat, one without a place a key that is no seat, and an active one its address's key.
 * An editor who confirms someone gets the lowest free seat, beyond the capacity if need be.
 */
export const assignRegistrationKeys: CollectionBeforeChangeHook<Registration & Keys> = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Partial<Registration & Keys>
  if (!merged.event || !merged.email) return data
  const eventId = idOf(merged.event)
  const status = merged.status ?? 'confirmed'
  const unique = randomUUID()
  const wasSameEvent = originalDoc?.event !== undefined && idOf(originalDoc.event) === eventId

  const keepsSignup = status === 'cancelled' && originalDoc?.status === 'cancelled' && wasSameEvent
  if (!keepsSignup) {
    data.signup = signupKey({ eventId, email: merged.email, status, unique })
  }

  const place = data.place ?? (wasSameEvent ? originalDoc?.place : undefined)
  if (status === 'confirmed') {
    if (seatOf(eventId, place) === null) {
      const seat = freeSeat(await takenSeats(req.payload, eventId, req), null)
      data.place = seatKey(eventId, seat ?? 1)
    } else {
      data.place = place
    }
  } else {
    const prefix = noSeatKey(eventId, status, '')
    data.place = place?.startsWith(prefix) ? place : noSeatKey(eventId, status, unique)
  }
  return data
}
