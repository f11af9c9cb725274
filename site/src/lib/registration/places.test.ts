import { describe, expect, it } from 'vitest'

import { placesAfter, placesText, registrationReceiptText } from './places'

describe('placesText', () => {
  it('counts the places left, in Swedish', () => {
    expect(placesText({ isOpen: true, capacity: 40, placesLeft: 12 })).toBe('12 platser kvar')
    expect(placesText({ isOpen: true, capacity: 40, placesLeft: 1 })).toBe('1 plats kvar')
    expect(placesText({ isOpen: true, capacity: 2000, placesLeft: 1500 })).toBe(
      '1\u00a0500 platser kvar',
    )
  })

  it('sends a full event’s readers to the waiting list', () => {
    expect(placesText({ isOpen: true, capacity: 40, placesLeft: 0 })).toBe(
      'Fullbokat – anmäl dig till väntelistan',
    )
  })

  it('says nothing of places without a limit, and that a closed one is closed', () => {
    expect(placesText({ isOpen: true, capacity: null, placesLeft: null })).toBeNull()
    expect(placesText({ isOpen: false, capacity: 40, placesLeft: 3 })).toBe('Anmälan är stängd.')
  })
})

describe('registrationReceiptText', () => {
  it('confirms the place and what is left', () => {
    expect(registrationReceiptText({ status: 'confirmed', placesLeft: 4 })).toBe(
      'Du har en plats. 4 platser kvar.',
    )
    expect(registrationReceiptText({ status: 'confirmed', placesLeft: null })).toBe(
      'Du har en plats.',
    )
  })

  it('gives the place on the waiting list', () => {
    expect(
      registrationReceiptText({ status: 'waitlisted', placesLeft: 0, waitlistPosition: 2 }),
    ).toBe('Du står på väntelistan, plats 2.')
  })

  it('moves the places line to what the receipt says', () => {
    const before = { isOpen: true, capacity: 10, placesLeft: 1 }
    expect(placesText(placesAfter({ status: 'confirmed', placesLeft: 0 }, before))).toBe(
      'Fullbokat – anmäl dig till väntelistan',
    )
  })
})
