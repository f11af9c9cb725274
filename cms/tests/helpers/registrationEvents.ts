import { randomBytes } from 'node:crypto'

import type { Event } from '@redaktion/content-schemas/payload-types'
import type { Payload } from 'payload'

import { postSubmission, solvedCaptcha, formBody } from './submissionClient'

const DAY_MS = 24 * 60 * 60 * 1000

/** A published event with the site's registration form, ten days ahead unless told otherwise. */
export async function createFormEvent(
  payload: Payload,
  change: Partial<Event> & { capacity?: number | null } = {},
): Promise<Event> {
  const { capacity = 2, ...rest } = change
  const startsAt = new Date(Date.now() + 10 * DAY_MS)
  return payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      title: `Seminarium om tillit ${randomBytes(3).toString('hex')}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
      attendance: 'onsite',
      venue: { name: 'Folkan', room: 'Salong 1', address: 'Folkets park, Malmö' },
      eventStatus: 'planned',
      registration: { mode: 'form', capacity },
      ...rest,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
}

export interface Registrant {
  name?: string
  email?: string
  organisation?: string
  note?: string
  idempotencyKey?: string
}

/** Registers through the public endpoint with a solved captcha, as the site's form does. */
export async function register(eventId: string, registrant: Registrant = {}) {
  return postSubmission('registration', await registrationForm(eventId, registrant))
}

/** The form a registrant sends, captcha solved, ready to post. */
export async function registrationForm(eventId: string, registrant: Registrant = {}) {
  const suffix = randomBytes(3).toString('hex')
  return formBody({
    idempotencyKey: registrant.idempotencyKey ?? crypto.randomUUID(),
    event: eventId,
    name: registrant.name ?? `Kim Deltagare ${suffix}`,
    email: registrant.email ?? `kim-${suffix}@example.se`,
    ...(registrant.organisation ? { organisation: registrant.organisation } : {}),
    ...(registrant.note ? { note: registrant.note } : {}),
    website: '',
    altcha: await solvedCaptcha(),
  })
}

/** Runs the mail jobs now, whatever delay they were queued with. */
export async function runMailJobs(payload: Payload): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { in: ['sendSubmissionMail', 'sendRegistrantMail'] } },
    pagination: false,
    depth: 0,
  })
  for (const job of docs) {
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }
  await payload.jobs.run({ limit: 100, silent: true })
}
