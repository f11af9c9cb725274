import type { Event } from '@redaktion/content-schemas/payload-types'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { ANNOUNCE_EVENT_ENDED } from '../src/events/announceEventEnded'
import type { StaffActor } from './helpers/accessMatrix'
import { eventData } from './helpers/samples'
import { queuedDeliveries, runDeliveries } from './helpers/siteDeliveries'
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhookReceiver'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let receiver: WebhookReceiver
let stop: () => Promise<void>

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  vi.stubEnv('SITE_WEBHOOK_URL', `${receiver.url}/hook`)
  vi.stubEnv('SITE_WEBHOOK_SECRET', 'site-webhook-secret-for-tests')
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  ;({ payload, staff } = await startNewsroom())
  stop = () => stopTestPayload(payload)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await receiver?.close()
})
beforeEach(async () => {
  await runDeliveries(payload)
  receiver.received.length = 0
})

const asEditor = () => ({ user: { ...staff.editor, collection: 'users' as const } })

const createDraft = (extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    data: eventData('draft', extra) as never,
    draft: true,
    depth: 0,
  }) as Promise<Event>

const publish = (id: string, data: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'events',
    id,
    data: { ...data, _status: 'published' } as never,
    depth: 0,
    overrideAccess: false,
    ...asEditor(),
  }) as Promise<Event>

const createPublished = async (extra: Record<string, unknown> = {}) => {
  const event = await publish((await createDraft(extra)).id)
  await runDeliveries(payload)
  receiver.received.length = 0
  return event
}

const deliveries = async () =>
  (await queuedDeliveries(payload)).map(({ input }) => ({
    event: input.event,
    collection: input.collection,
    ids: input.ids,
    slugs: input.slugs,
  }))

/** The Swedish messages a refused publish answers with, by field path. */
async function problemsOf(write: Promise<unknown>): Promise<Record<string, string>> {
  const error = (await write.then(
    () => null,
    (caught: unknown) => caught,
  )) as { status?: number; data?: { errors?: { path: string; message: string }[] } } | null
  expect(error, 'the write was accepted').not.toBeNull()
  expect(error!.status).toBe(400)
  return Object.fromEntries((error!.data?.errors ?? []).map((e) => [e.path, e.message]))
}

const endedJobs = async (eventId: string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: ANNOUNCE_EVENT_ENDED }, completedAt: { exists: false } },
    pagination: false,
    depth: 0,
  })
  return docs.filter((job) => (job.input as { eventId?: string }).eventId === eventId)
}

describe('event validation on publish', () => {
  it('saves an incomplete draft, and refuses to publish it with a message per field', async () => {
    const draft = await createDraft({
      endsAt: new Date(Date.now() - 60_000).toISOString(),
      speakers: [{ role: 'docent i nationalekonomi' }],
      attendance: 'mixed',
      joinUrl: 'javascript:alert(1)',
      registration: { mode: 'contact' },
      video: { url: 'ftp://example.se/video.mp4' },
    })
    expect(draft._status).toBe('draft')

    const problems = await problemsOf(publish(draft.id))
    expect(problems).toEqual({
      endsAt: 'Slutar: sluttiden måste vara efter starttiden (Börjar).',
      'speakers.0.name': 'Medverkande 1: välj en skribent eller skriv ett namn.',
      joinUrl: 'Länk för att delta digitalt: ange en adress som börjar med https://.',
      'registration.contactName': 'Kontaktperson: krävs när anmälan sker till en kontaktperson.',
      'registration.contactEmail': 'Kontaktpersonens e-post: ange en giltig e-postadress.',
      'video.url': 'Länk till video: ange en adress som börjar med https://.',
    })
    const live = await payload.db.findOne<Event>({
      collection: 'events',
      where: { id: { equals: draft.id } },
    })
    expect(live?._status).not.toBe('published')
    expect(await deliveries()).toEqual([])
  })

  it('needs a join link for a digital event and a venue for one on site', async () => {
    const online = await createDraft({ attendance: 'online', venue: {} })
    expect(await problemsOf(publish(online.id))).toEqual({
      joinUrl: 'Länk för att delta digitalt: krävs när evenemanget är digitalt.',
    })
    expect((await publish(online.id, { joinUrl: 'https://möte.example.se/a3' }))._status).toBe(
      'published',
    )
    const onsite = await createDraft({ venue: { name: ' ' } })
    expect(await problemsOf(publish(onsite.id))).toEqual({
      'venue.name': 'Lokal: skriv var evenemanget hålls, eller välj Digitalt under Deltagande.',
    })
  })

  it('needs an https registration page and a capacity of at least one', async () => {
    const byUrl = await createDraft({
      registration: { mode: 'url', url: 'http://anmalan.example.se' },
    })
    expect(await problemsOf(publish(byUrl.id))).toEqual({
      'registration.url': 'Anmälningssida: ange en adress som börjar med https://.',
    })
    const byForm = await createDraft({ registration: { mode: 'form', capacity: 0 } })
    const problems = await problemsOf(publish(byForm.id))
    expect(Object.keys(problems)).toEqual(['registration.capacity'])
    const open = await publish(byForm.id, { registration: { mode: 'form', capacity: null } })
    expect(open.registration.capacity ?? null).toBeNull()
  })

  it('publishes a complete event with a contact, a guest and an author as speakers', async () => {
    const author = await payload.create({
      collection: 'authors',
      data: { name: 'Alva Talare' } as never,
      depth: 0,
    })
    const event = await publish(
      (
        await createDraft({
          speakers: [{ author: author.id }, { name: 'Kim Gäst', role: 'docent' }],
          registration: {
            mode: 'contact',
            contactName: 'Sara Sekreterare',
            contactEmail: 'sara@utredningen.example',
          },
          video: { url: 'https://video.example.se/a3' },
        })
      ).id,
    )
    expect(event._status).toBe('published')
    expect(event.publishedAt).toBeTruthy()
  })
})

describe('who may publish events', () => {
  it('lets a journalist save a draft but not publish it', async () => {
    const journalist = { user: { ...staff.journalist, collection: 'users' as const } }
    const draft = (await payload.create({
      collection: 'events',
      data: eventData('draft') as never,
      draft: true,
      overrideAccess: false,
      ...journalist,
    })) as Event
    await expect(
      payload.update({
        collection: 'events',
        id: draft.id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        ...journalist,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.findByID({ collection: 'events', id: draft.id, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('slug and moves', () => {
  it('keeps the slug of a published event fixed', async () => {
    const event = await createPublished()
    const retitled = await publish(event.id, { title: 'En helt ny rubrik' })
    expect(retitled.slug).toBe(event.slug)
    expect(await problemsOf(publish(event.id, { slug: 'ny-adress' }))).toEqual({
      slug: expect.stringMatching(/^Slug \(permalänk\): kan inte ändras/),
    })
  })

  it('remembers the start readers saw when an editor moves the event and marks it Flyttat', async () => {
    const event = await createPublished()
    const startsAt = new Date(Date.parse(event.startsAt) + 24 * 60 * 60 * 1000).toISOString()
    const endsAt = new Date(Date.parse(event.endsAt) + 24 * 60 * 60 * 1000).toISOString()
    const moved = await publish(event.id, { startsAt, endsAt, eventStatus: 'rescheduled' })
    expect(moved.previousStartsAt).toBe(event.startsAt)
    expect(moved.startsAt).toBe(startsAt)
    // A later edit of the moved event keeps the first start.
    const edited = await publish(event.id, { summary: 'Ny tid, samma lokal.' })
    expect(edited.previousStartsAt).toBe(event.startsAt)
  })
})

describe('event deliveries', () => {
  it('announces a publish, with the event id and slug, and queues its end', async () => {
    const draft = await createDraft()
    expect(await deliveries()).toEqual([])
    const event = await publish(draft.id)
    expect(await deliveries()).toEqual([
      { event: 'publish', collection: 'events', ids: [String(event.id)], slugs: [event.slug] },
    ])
    const [job] = await endedJobs(String(event.id))
    expect(job?.waitUntil).toBe(new Date(event.endsAt).toISOString())
    await runDeliveries(payload)
    expect(receiver.received.map(({ body }) => body.collection)).toEqual(['events'])
  })

  it('queues nothing for drafts and autosaves, beside a published event or not', async () => {
    const draft = await createDraft()
    await payload.update({
      collection: 'events',
      id: draft.id,
      data: { summary: 'Autosparat' } as never,
      draft: true,
      autosave: true,
    })
    const event = await createPublished()
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Väntande ändring', _status: 'draft' } as never,
      draft: true,
    })
    expect(await deliveries()).toEqual([])
  })

  it('announces an edit, an unpublish and a delete', async () => {
    const event = await createPublished()
    const id = String(event.id)
    await publish(event.id, { summary: 'Ny beskrivning' })
    expect(await deliveries()).toEqual([
      { event: 'update', collection: 'events', ids: [id], slugs: [event.slug] },
    ])
    await runDeliveries(payload)
    await payload.update({ collection: 'events', id, data: { _status: 'draft' } as never })
    expect(await deliveries()).toEqual([
      { event: 'unpublish', collection: 'events', ids: [id], slugs: [event.slug] },
    ])
    await runDeliveries(payload)
    await publish(id)
    await runDeliveries(payload)
    await payload.delete({ collection: 'events', id })
    expect(await deliveries()).toEqual([
      { event: 'delete', collection: 'events', ids: [id], slugs: [event.slug] },
    ])
  })

  it('keeps one pending end job per event however often its end moves', async () => {
    const event = await createPublished()
    for (const hours of [2, 3, 4]) {
      await publish(event.id, {
        endsAt: new Date(Date.parse(event.startsAt) + hours * 60 * 60 * 1000).toISOString(),
      })
      await publish(event.id, { summary: `Sparad igen ${hours}` })
    }
    const jobs = await endedJobs(String(event.id))
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.waitUntil).toBe(
      new Date(Date.parse(event.startsAt) + 4 * 60 * 60 * 1000).toISOString(),
    )
  })

  it('announces a changed type statement with the article types whose text changed', async () => {
    await payload.updateGlobal({
      slug: 'type-statements',
      data: { nyhet: 'Detta är en nyhetsartikel.' } as never,
    })
    expect(await deliveries()).toEqual([
      { event: 'dependency', collection: 'type-statements', ids: ['nyhet'], slugs: [] },
    ])
    await runDeliveries(payload)
    await payload.updateGlobal({
      slug: 'type-statements',
      data: { nyhet: 'Detta är en nyhetsartikel.' } as never,
    })
    expect(await deliveries()).toEqual([])
    // Readers' pages show them: anyone reads the global.
    const statements = await payload.findGlobal({ slug: 'type-statements', overrideAccess: false })
    expect(statements.nyhet).toBe('Detta är en nyhetsartikel.')
  })
})
