import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import type { BaseDocs } from './helpers/samples'
import { debateData } from './helpers/samples'
import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let staff: Newsroom['staff']
let base: BaseDocs

beforeAll(async () => {
  ;({ payload, staff, base } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))

const as = (actor: StaffActor | 'anonymous') => ({
  overrideAccess: false,
  depth: 0,
  user: actor === 'anonymous' ? null : { ...staff[actor], collection: 'users' as const },
})

describe('corrections', () => {
  it('shows readers the published notice but never what the reporter wrote or who they are', async () => {
    const report = await payload.create({
      collection: 'corrections',
      data: {
        article: base.articleId,
        whatIsWrong: 'Fel årtal.',
        whatIsRight: 'Rätt årtal är 2024.',
        contactName: 'Lisa Läsare',
        contactEmail: 'lisa@example.se',
      } as never,
    })
    await payload.update({
      collection: 'corrections',
      id: report.id,
      data: { status: 'corrected', notice: 'I en tidigare version angavs fel årtal.' },
      ...as('editor'),
    })
    const { docs } = await payload.find({ collection: 'corrections', ...as('anonymous') })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.notice).toBe('I en tidigare version angavs fel årtal.')
    expect(docs[0]?.noticePublishedAt).toBeTruthy()
    expect(JSON.stringify(docs)).not.toMatch(/Fel årtal|2024|Lisa|lisa@example/)
  })

  it('withdraws the notice when the report leaves the corrected state', async () => {
    const report = await payload.create({
      collection: 'corrections',
      data: {
        article: base.articleId,
        whatIsWrong: 'Fel namn.',
        status: 'corrected',
        notice: 'Rättat namn.',
      } as never,
      ...as('editor'),
    })
    expect(report.noticePublishedAt).toBeTruthy()
    const reopened = await payload.update({
      collection: 'corrections',
      id: report.id,
      data: { status: 'reviewing' },
      ...as('editor'),
    })
    expect(reopened.noticePublishedAt).toBeFalsy()
  })
})

describe('debate submissions', () => {
  it('hides the writer’s e-mail and phone number from journalists but not from editors', async () => {
    const submission = await payload.create({
      collection: 'debate-submissions',
      data: debateData() as never,
    })
    const seenByJournalist = await payload.findByID({
      collection: 'debate-submissions',
      id: submission.id,
      ...as('journalist'),
    })
    const seenByEditor = await payload.findByID({
      collection: 'debate-submissions',
      id: submission.id,
      ...as('editor'),
    })
    expect(seenByJournalist).not.toHaveProperty('email')
    expect(seenByJournalist).not.toHaveProperty('phone')
    expect(seenByJournalist.authorName).toBe('Kim Testsson')
    expect(seenByEditor).toMatchObject({ email: 'kim@example.se', phone: '070-123 45 67' })
  })

  it('rejects a debate piece without a phone number and stores nothing', async () => {
    const { phone: _phone, ...withoutPhone } = debateData()
    const before = await payload.count({ collection: 'debate-submissions' })
    await expect(
      payload.create({
        collection: 'debate-submissions',
        data: withoutPhone as never,
        ...as('editor'),
      }),
    ).rejects.toThrow(/Telefon/)
    expect(await payload.count({ collection: 'debate-submissions' })).toEqual(before)
  })

  it('rejects a debate piece with neither text nor document', async () => {
    await expect(
      payload.create({
        collection: 'debate-submissions',
        data: { ...debateData(), text: '   ' } as never,
        ...as('editor'),
      }),
    ).rejects.toThrow(/Text/)
  })
})

describe('tips', () => {
  it('takes no tip from an anonymous caller of the collection API: readers use the endpoint', async () => {
    const before = await payload.count({ collection: 'tips' })
    await expect(
      payload.create({
        collection: 'tips',
        data: { message: 'Tips om en myndighet.', status: 'closed' } as never,
        ...as('anonymous'),
      }),
    ).rejects.toThrow()
    expect(await payload.count({ collection: 'tips' })).toEqual(before)
  })

  it('has no field where an IP address or user agent could be stored', () => {
    const tips = payload.collections.tips.config
    const names = tips.flattenedFields.map((field) => field.name.toLowerCase())
    expect(names.filter((name) => /ip|agent|useragent|address|host/.test(name))).toEqual([])
  })

  it('does not let a journalist reassign a tip to themselves', async () => {
    const tip = await payload.create({
      collection: 'tips',
      data: { message: 'Ett tips.' } as never,
    })
    await expect(
      payload.update({
        collection: 'tips',
        id: tip.id,
        data: { assignee: staff.journalist.id },
        ...as('journalist'),
      }),
    ).rejects.toThrow()
  })
})

describe('users', () => {
  it('does not let a journalist make themselves admin', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: staff.journalist.id,
      data: { role: 'admin', name: 'Jasmin' },
      ...as('journalist'),
    })
    expect(updated).toMatchObject({ role: 'journalist', name: 'Jasmin' })
  })
})
