import { describe, expect, it } from 'vitest'

import { eventTime, registrantMail, type RegistrantMailFacts } from './registrantMail'

const facts: RegistrantMailFacts = {
  reason: 'received',
  status: 'confirmed',
  name: 'Kim Läsare',
  reference: 'A-4K7Q-9XZM',
  eventTitle: 'Tillit i förvaltningen',
  startsAt: '2027-05-31T12:00:00Z',
  endsAt: '2027-05-31T12:45:00Z',
  place: 'Salong 1, Folkan',
  newsdeskAddress: 'nyhetsdesk@redaktion.example',
}

describe('registrantMail', () => {
  it('gives the time in Stockholm, the place, the reference and how to cancel', () => {
    const { subject, text } = registrantMail(facts)
    expect(subject).toBe('Anmälan bekräftad: Tillit i förvaltningen')
    expect(text).toContain('Du har en plats.')
    expect(text).toContain('Tid: måndag 31 maj 2027 kl. 14.00–14.45')
    expect(text).toContain('Plats: Salong 1, Folkan')
    expect(text).toContain('Din referens: A-4K7Q-9XZM')
    expect(text).toMatch(/Svara på det här mejlet/)
    expect(text).toContain('nyhetsdesk@redaktion.example')
  })

  it('tells a waitlisted registrant their position, and a promoted one their place', () => {
    const waiting = registrantMail({ ...facts, status: 'waitlisted', waitlistPosition: 2 })
    expect(waiting.subject).toMatch(/^Du står på väntelistan/)
    expect(waiting.text).toContain('väntelistan (plats 2)')
    expect(waiting.text).not.toContain('Du har en plats')
    const promoted = registrantMail({ ...facts, reason: 'promoted' })
    expect(promoted.subject).toBe('Du har fått en plats: Tillit i förvaltningen')
  })

  it('names both days of an event that runs past midnight', () => {
    expect(eventTime('2027-05-31T20:00:00Z', '2027-06-01T01:00:00Z')).toBe(
      'måndag 31 maj 2027 kl. 22.00 – tisdag 1 juni 2027 kl. 03.00',
    )
  })
})
