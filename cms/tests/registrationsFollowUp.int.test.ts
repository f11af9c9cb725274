import { parse } from 'csv-parse/sync'
import { handleEndpoints, type Payload, type SanitizedConfig, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import { readMailFolder } from './helpers/readEml'
import { createFormEvent, register, runMailJobs } from './helpers/registrationEvents'
import { queuedDeliveries } from './helpers/siteDeliveries'
import { staffApi, type StaffApi } from './helpers/staffApi'
import { stopTestPayload } from './helpers/testPayload'

// Deliveries are queued only with a webhook address; RUN_JOBS=false keeps them from leaving.
vi.hoisted(() => {
  process.env.SITE_WEBHOOK_URL = 'http://127.0.0.1:9/hook'
})

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let api: StaffApi
let config: SanitizedConfig | Promise<SanitizedConfig>
const dataDir = process.env.DATA_DIR!

beforeAll(async () => {
  const { startNewsroom } = await import('./helpers/newsroom')
  ;({ payload, staff } = await startNewsroom())
  api = await staffApi(payload, staff)
  config = (await import('../src/payload.config')).default
})
afterAll(async () => {
  await stopTestPayload(payload)
  delete process.env.SITE_WEBHOOK_URL
})

const mailsTo = (address: string) =>
  readMailFolder(dataDir).filter((mail) => mail.headers.to?.includes(address))

const registrationOf = async (reference: unknown) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { reference: { equals: String(reference) } },
      depth: 0,
    })
  ).docs[0]!

describe('after a registration', () => {
  it('mails the registrant their place, time, reference and how to cancel, and the news desk the event', async () => {
    const event = await createFormEvent(payload, {
      capacity: 1,
      title: 'Tillit i förvaltningen',
      startsAt: '2030-05-31T12:00:00.000Z',
      endsAt: '2030-05-31T12:45:00.000Z',
    })
    const first = await register(event.id, { name: 'Alva Först', email: 'alva@example.se' })
    const second = await register(event.id, { name: 'Bo Sedan', email: 'bo@example.se' })
    await runMailJobs(payload)

    const [toAlva] = mailsTo('alva@example.se')
    expect(toAlva?.headers.subject).toBe('Anmälan bekräftad: Tillit i förvaltningen')
    expect(toAlva?.headers['reply-to']).toContain('nyhetsdesk@redaktion.example')
    expect(toAlva?.text).toContain('Hej Alva Först!')
    expect(toAlva?.text).toContain('Du har en plats.')
    expect(toAlva?.text).toContain('Tid: fredag 31 maj 2030 kl. 14.00–14.45')
    expect(toAlva?.text).toContain('Plats: Salong 1, Folkan, Folkets park, Malmö')
    expect(toAlva?.text).toContain(`Din referens: ${first.body.reference}`)
    expect(toAlva?.text).toMatch(/Svara på det här mejlet/)
    expect(toAlva?.text).not.toMatch(/Bo Sedan|bo@example/)

    const [toBo] = mailsTo('bo@example.se')
    expect(toBo?.headers.subject).toBe('Du står på väntelistan: Tillit i förvaltningen')
    expect(toBo?.text).toContain('väntelistan (plats 1)')
    expect(toBo?.text).not.toMatch(/Alva/)

    const desk = mailsTo('nyhetsdesk@redaktion.example').find((mail) =>
      mail.headers.subject?.endsWith(String(second.body.reference)),
    )
    expect(desk?.text).toContain('Evenemang: Tillit i förvaltningen')
    expect(desk?.text).not.toMatch(/Bo Sedan|bo@example/)
  })

  it('queues a rebuild of the event’s page, so its places follow', async () => {
    const event = await createFormEvent(payload)
    const before = (await queuedDeliveries(payload)).length
    await register(event.id)
    const deliveries = (await queuedDeliveries(payload)).slice(before)
    expect(deliveries.map((job) => job.input)).toEqual([
      expect.objectContaining({
        event: 'update',
        collection: 'events',
        ids: [event.id],
        slugs: [event.slug],
      }),
    ])
  })

  it('gives a cancelled place to the first on the waiting list, who is mailed', async () => {
    const event = await createFormEvent(payload, { capacity: 1, title: 'Chefer och tillit' })
    const kept = await register(event.id, { email: 'har.plats@example.se' })
    const first = await register(event.id, { email: 'forst.i.kon@example.se' })
    const second = await register(event.id, { email: 'andra.i.kon@example.se' })
    expect(first.body.registration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    const holder = await registrationOf(kept.body.reference)

    await payload.update({
      collection: 'registrations',
      id: holder.id,
      data: { status: 'cancelled' },
      overrideAccess: false,
      user: { ...staff.editor, collection: 'users' },
    })

    expect((await registrationOf(first.body.reference)).status).toBe('confirmed')
    expect((await registrationOf(second.body.reference)).status).toBe('waitlisted')
    await runMailJobs(payload)
    const promoted = mailsTo('forst.i.kon@example.se').map((mail) => mail.headers.subject)
    expect(promoted).toContain('Du har fått en plats: Chefer och tillit')
    expect(mailsTo('andra.i.kon@example.se').map((mail) => mail.headers.subject)).toEqual([
      'Du står på väntelistan: Chefer och tillit',
    ])
    // Cancelled while its confirmation still waited: nothing goes out for a cancelled one.
    expect(mailsTo('har.plats@example.se')).toHaveLength(0)
  })
})

describe('CSV export', () => {
  const exportCsv = async (eventId: string, actor?: StaffActor) => {
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/registrations/export?event=${eventId}`, {
        headers: actor ? { Authorization: `JWT ${api.tokens[actor]}` } : {},
      }),
    })
    return { response, bytes: Buffer.from(await response.arrayBuffer()) }
  }

  it('gives editors a semicolon file with a byte-order mark, quoted and defused', async () => {
    const event = await createFormEvent(payload, { capacity: 1 })
    await register(event.id, {
      name: 'Örjan Åkesson',
      email: 'orjan@example.se',
      organisation: 'Kommunal; "Väst"',
    })
    await register(event.id, {
      name: '=HYPERLINK("https://angripare.example";"Klicka")',
      email: 'angripare@example.se',
      note: 'Rullstol\noch glutenfritt',
    })

    const { response, bytes } = await exportCsv(event.id, 'editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...records] = parse(bytes, { bom: true, delimiter: ';' }) as string[][]
    expect(header).toEqual([
      'Status',
      'Namn',
      'E-post',
      'Organisation',
      'Kost eller tillgänglighet',
      'Anmäld',
      'Referens',
    ])
    expect(records.map((record) => record.slice(0, 5))).toEqual([
      ['Anmäld', 'Örjan Åkesson', 'orjan@example.se', 'Kommunal; "Väst"', ''],
      [
        'Väntelista',
        `'=HYPERLINK("https://angripare.example";"Klicka")`,
        'angripare@example.se',
        '',
        'Rullstol\noch glutenfritt',
      ],
    ])
  })

  it('is for editors only', async () => {
    const event = await createFormEvent(payload)
    await register(event.id, { email: 'hemlig@example.se' })
    for (const [actor, status] of [
      [undefined, 401],
      ['journalist', 403],
      ['admin', 200],
    ] as const) {
      const { response, bytes } = await exportCsv(event.id, actor)
      expect(response.status, String(actor)).toBe(status)
      if (status !== 200) expect(bytes.toString()).not.toContain('hemlig@example.se')
    }
    expect((await exportCsv('inte-ett-id', 'editor')).response.status).toBe(400)
  })
})
