import { RECEIPT_MESSAGES, WAITLIST_RECEIPT_MESSAGE } from '@redaktion/content-schemas/submissions'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findPublishedEvent } from '../src/registrations/registrationQueries'
import { storeRegistration } from '../src/registrations/storeRegistration'
import { REFERENCE_CODE } from '../src/utilities/referenceCode'
import { startNewsroom } from './helpers/newsroom'
import { createFormEvent, register, registrationForm } from './helpers/registrationEvents'
import { SITE_ORIGIN, callApi, postSubmission } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))

const registrationsOf = async (eventId: string) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { event: { equals: eventId } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs

const places = (eventId: string) =>
  callApi(`/submissions/registration/places?event=${eventId}`, {
    headers: { origin: SITE_ORIGIN },
  })

describe('registration through the site’s form', () => {
  it('confirms a place, answers with a receipt and stores what the form sent', async () => {
    const event = await createFormEvent(payload)
    const answer = await register(event.id, {
      name: 'Åsa Öberg',
      email: 'asa.oberg@example.se',
      organisation: 'Region Skåne',
      note: 'Vegetarisk kost',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    expect(answer.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    expect(answer.body).toMatchObject({
      kind: 'registration',
      message: RECEIPT_MESSAGES.registration,
      registration: { status: 'confirmed', placesLeft: 1 },
    })
    expect(answer.body.reference).toMatch(REFERENCE_CODE)
    expect(answer.body.reference).toMatch(/^A-/)
    const [stored] = await registrationsOf(event.id)
    expect(stored).toMatchObject({
      event: event.id,
      name: 'Åsa Öberg',
      email: 'asa.oberg@example.se',
      organisation: 'Region Skåne',
      note: 'Vegetarisk kost',
      status: 'confirmed',
      reference: answer.body.reference,
    })
  })

  it('puts registrations beyond the capacity on the waiting list, in order', async () => {
    const event = await createFormEvent(payload, { capacity: 2 })
    const answers = []
    for (let index = 0; index < 4; index += 1) answers.push(await register(event.id))
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201])
    expect(answers.map((answer) => answer.body.registration)).toEqual([
      { status: 'confirmed', placesLeft: 1 },
      { status: 'confirmed', placesLeft: 0 },
      { status: 'waitlisted', placesLeft: 0, waitlistPosition: 1 },
      { status: 'waitlisted', placesLeft: 0, waitlistPosition: 2 },
    ])
    expect(answers[2]!.body.message).toBe(WAITLIST_RECEIPT_MESSAGE)
    expect((await registrationsOf(event.id)).map((doc) => doc.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ])
  })

  it('gives the last place to exactly one of several registrations sent at once', async () => {
    const event = await createFormEvent(payload, { capacity: 3 })
    expect((await register(event.id)).status).toBe(201)
    const forms = []
    for (let index = 0; index < 6; index += 1) forms.push(await registrationForm(event.id))
    const answers = await Promise.all(forms.map((form) => postSubmission('registration', form)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201))
    const stored = await registrationsOf(event.id)
    expect(stored.filter((doc) => doc.status === 'confirmed')).toHaveLength(3)
    expect(stored.filter((doc) => doc.status === 'waitlisted')).toHaveLength(4)
  })

  it('lets the database decide the last place when stores race past the count', async () => {
    // The endpoint's captcha spaces requests out; here the stores start together, so each
    // counts the same free place before any of them has written.
    const event = await createFormEvent(payload, { capacity: 2 })
    expect((await register(event.id)).status).toBe(201)
    const published = await findPublishedEvent(payload, event.id)
    const receipts = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        storeRegistration({
          payload,
          event: published!,
          data: {
            idempotencyKey: crypto.randomUUID(),
            event: event.id,
            name: `Samtidig ${index}`,
            email: `samtidig-${index}@example.se`,
          },
        }),
      ),
    )
    const statuses = receipts.map((receipt) => receipt.registration?.status)
    expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(1)
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(4)
    const stored = await registrationsOf(event.id)
    expect(stored.filter((doc) => doc.status === 'confirmed')).toHaveLength(2)
  })

  it('answers a repeated idempotency key with the first receipt and stores nothing twice', async () => {
    const event = await createFormEvent(payload)
    const idempotencyKey = crypto.randomUUID()
    const first = await register(event.id, { idempotencyKey, email: 'robin@example.se' })
    const again = await register(event.id, { idempotencyKey, email: 'robin@example.se' })
    expect(first.status).toBe(201)
    expect(again.status).toBe(409)
    expect(again.body.receipt).toEqual(first.body)
    expect(await registrationsOf(event.id)).toHaveLength(1)
  })

  it('refuses a second registration of the same address to the same event', async () => {
    const event = await createFormEvent(payload)
    const other = await createFormEvent(payload)
    expect((await register(event.id, { email: 'Robin.Larsson@example.se' })).status).toBe(201)
    const again = await register(event.id, { email: ' robin.larsson@EXAMPLE.se' })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/redan anmäld/)
    expect(again.body.errors).toEqual([{ field: 'email', message: expect.any(String) }])
    expect(await registrationsOf(event.id)).toHaveLength(1)
    expect((await register(other.id, { email: 'robin.larsson@example.se' })).status).toBe(201)
  })

  it('lets an address register again after its registration was cancelled', async () => {
    const event = await createFormEvent(payload)
    const first = await register(event.id, { email: 'ny.chans@example.se' })
    const [stored] = await registrationsOf(event.id)
    await payload.update({
      collection: 'registrations',
      id: stored!.id,
      data: { status: 'cancelled' },
    })
    const again = await register(event.id, { email: 'ny.chans@example.se' })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect((await registrationsOf(event.id)).map((doc) => doc.status)).toEqual([
      'cancelled',
      'confirmed',
    ])
  })

  const DAY_MS = 24 * 60 * 60 * 1000
  const past = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()
  it.each([
    ['a draft', { _status: 'draft' as const }, /inte publicerat/],
    ['a cancelled event', { eventStatus: 'cancelled' as const }, /inställt/],
    ['a past event', { startsAt: past(3), endsAt: past(2) }, /redan ägt rum/],
    [
      'an event whose registration has closed',
      { registration: { mode: 'form' as const, capacity: 5, closesAt: past(1) } },
      /stängd/,
    ],
    [
      'an event registered for by e-mail',
      { registration: { mode: 'contact' as const, contactEmail: 'anmalan@example.se' } },
      /formuläret/,
    ],
  ])(
    'refuses a registration for %s, naming the event, and stores nothing',
    async (_, change, message) => {
      const event = await createFormEvent(payload, change)
      const answer = await register(event.id)
      expect(answer.status).toBe(400)
      expect(answer.body.errors).toEqual([
        { field: 'event', message: expect.stringMatching(message) },
      ])
      expect(await registrationsOf(event.id)).toHaveLength(0)
    },
  )

  it('refuses an event id that does not exist', async () => {
    const answer = await register('0b9f1c1e-1f2a-4c3b-8d4e-5f6a7b8c9d0e')
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([{ field: 'event', message: expect.any(String) }])
  })
})

describe('places', () => {
  it('tells the site how many places are left and how long the waiting list is, nothing more', async () => {
    const event = await createFormEvent(payload, { capacity: 1 })
    const before = await places(event.id)
    expect(before.status).toBe(200)
    expect(before.body).toEqual({
      event: event.id,
      isOpen: true,
      capacity: 1,
      placesLeft: 1,
      waitlistLength: 0,
    })
    expect(before.headers.get('cache-control')).toBe('public, max-age=5')
    expect(before.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    await register(event.id)
    await register(event.id)
    const after = await places(event.id)
    expect(after.body).toMatchObject({ placesLeft: 0, waitlistLength: 1 })
    expect(JSON.stringify(after.body)).not.toMatch(/@|Kim|A-/)
  })

  it('says an event without places has unlimited room, and is closed once registration closes', async () => {
    const open = await createFormEvent(payload, { capacity: null })
    expect((await places(open.id)).body).toMatchObject({ capacity: null, placesLeft: null })
    const closed = await createFormEvent(payload, {
      registration: {
        mode: 'form',
        capacity: 5,
        closesAt: new Date(Date.now() - 60_000).toISOString(),
      },
    })
    expect((await places(closed.id)).body).toMatchObject({ isOpen: false, placesLeft: 5 })
  })

  it('answers 404 for a draft or an event without the form, and 400 for a malformed id', async () => {
    const draft = await createFormEvent(payload, { _status: 'draft' })
    const byMail = await createFormEvent(payload, { registration: { mode: 'none' } })
    for (const id of [draft.id, byMail.id]) {
      const answer = await places(id)
      expect(answer.status).toBe(404)
      expect(answer.body.message).toMatch(/Evenemanget finns inte/)
    }
    const malformed = await places('1%27%20OR%201=1')
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors).toEqual([{ field: 'event', message: expect.any(String) }])
    expect((await callApi('/submissions/registration/places')).status).toBe(400)
  })
})
