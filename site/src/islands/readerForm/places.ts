import type { RegistrationPlaces } from '@redaktion/content-schemas/submissions'

import { placesEndpoint } from '../../lib/submissions/submissionFields'
import { showPlaces } from './receiptDisplay'

const PLACES_TIMEOUT_MS = 10_000

const isPlaces = (value: unknown): value is RegistrationPlaces => {
  const places = value as Partial<RegistrationPlaces> | null
  return (
    typeof places?.isOpen === 'boolean' &&
    (places.placesLeft === null || typeof places.placesLeft === 'number') &&
    (places.capacity === null || typeof places.capacity === 'number')
  )
}

/**
 * The page says how many places were left when it was built; once the reader has shown interest
 * (the form loads), it asks the CMS for the count now. Without an answer the built count stays.
 */
export async function refreshPlaces(root: HTMLElement, cmsUrl: string, eventId: string) {
  try {
    const response = await fetch(placesEndpoint(cmsUrl, eventId), {
      credentials: 'omit',
      signal: AbortSignal.timeout(PLACES_TIMEOUT_MS),
    })
    const places: unknown = response.ok ? await response.json() : null
    if (!isPlaces(places)) return
    showPlaces(root, () => ({
      isOpen: places.isOpen,
      capacity: places.capacity,
      placesLeft: places.placesLeft,
    }))
  } catch {
    // The built count stays.
  }
}
