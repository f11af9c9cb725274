import type { RegistrationReceipt } from '@redaktion/content-schemas/submissions'

/** What the page knows of an event's places when it is built (the CMS's `RegistrationPlaces`). */
export interface PlacesState {
  isOpen: boolean
  /** null: no limit. */
  capacity: number | null
  /** null: no limit, or not known. */
  placesLeft: number | null
}

const placesLeftText = (placesLeft: number) =>
  placesLeft === 1 ? '1 plats kvar' : `${placesLeft.toLocaleString('sv-SE')} platser kvar`

/** The line above the form: "12 platser kvar", "Fullbokat – …", or nothing without a limit. */
export function placesText({ isOpen, capacity, placesLeft }: PlacesState): string | null {
  if (!isOpen) return 'Anmälan är stängd.'
  if (capacity === null || placesLeft === null) return null
  return placesLeft > 0 ? placesLeftText(placesLeft) : 'Fullbokat – anmäl dig till väntelistan'
}

/** What the receipt adds for a registration: the place, or the place on the waiting list. */
export function registrationReceiptText(receipt: RegistrationReceipt): string {
  if (receipt.status === 'waitlisted') {
    return receipt.waitlistPosition
      ? `Du står på väntelistan, plats ${receipt.waitlistPosition}.`
      : 'Du står på väntelistan.'
  }
  return receipt.placesLeft === null
    ? 'Du har en plats.'
    : `Du har en plats. ${placesLeftText(receipt.placesLeft)}.`
}

/** The places line after a registration, as the receipt tells it. */
export function placesAfter(receipt: RegistrationReceipt, before: PlacesState): PlacesState {
  return { ...before, placesLeft: receipt.placesLeft }
}
