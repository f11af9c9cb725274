import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import type { BaseDocs } from './helpers/samples'
import { articleData, debateData } from './helpers/samples'
import { startNewsroom, type Newsroom } from './helpers/newsroom'
import {
  createFormEvent,
  register,
  registrationForm,
  runMailJobs,
} from './helpers/registrationEvents'
import {
  SITE_ORIGIN,
  formBody,
  postSubmission,
  solvedCaptcha,
  validFields,
} from './helpers/submissionClient'
import { answerReplyBox, openReplyBox, sendAnonymousTip } from './helpers/replyBoxClient'
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

describe('registrations and page feedback', () => {
  const address = '198.51.100.23'
  const agent = 'Mozilla/5.0 (Spårbar Webbläsare 99.1)'
  const cookie = 'spårnings-id=abc123'
  const reader = { 'x-forwarded-for': address, 'user-agent': agent, cookie }

  it('keep no trace of the reader’s address, user agent or cookie, stored or logged', async () => {
    const logged: string[] = []
    const capture = (...args: unknown[]) => void logged.push(JSON.stringify(args))
    const spies = (['trace', 'debug', 'info', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(payload.logger, level).mockImplementation(capture as never),
    )
    try {
      const event = await createFormEvent(payload, { capacity: 1 })
      const headers = { ...reader, origin: SITE_ORIGIN }
      const registered = await postSubmission(
        'registration',
        await registrationForm(event.id, { email: 'integritet@example.se' }),
        headers,
      )
      const waitlisted = await postSubmission(
        'registration',
        await registrationForm(event.id),
        headers,
      )
      const feedback = await postSubmission(
        'page-feedback',
        formBody({
          ...validFields('page-feedback', base.articleId),
          altcha: await solvedCaptcha(),
        }),
        headers,
      )
      expect([registered.status, waitlisted.status, feedback.status]).toEqual([201, 201, 201])
      await runMailJobs(payload)
    } finally {
      spies.forEach((spy) => spy.mockRestore())
    }
    const stored = JSON.stringify([
      (await payload.find({ collection: 'registrations', pagination: false })).docs,
      (await payload.find({ collection: 'page-feedback', pagination: false })).docs,
      (await payload.find({ collection: 'payload-jobs', pagination: false })).docs,
    ])
    for (const trace of [address, 'Spårbar', 'abc123']) {
      expect(stored).not.toContain(trace)
      expect(logged.join('\n')).not.toContain(trace)
    }
    expect(logged.length).toBeGreaterThan(0)
  })

  it('have no field for an address, agent, cookie or fingerprint, and page feedback no time', () => {
    for (const slug of ['registrations', 'page-feedback'] as const) {
      const names = payload.collections[slug].config.flattenedFields.map((field) =>
        field.name.toLowerCase(),
      )
      expect(names.filter((name) => /ip|agent|address|host|cookie|finger/.test(name))).toEqual([])
    }
    const feedback = payload.collections['page-feedback'].config
    expect(feedback.flattenedFields.map((field) => field.name).sort()).toEqual(
      ['answer', 'day', 'idempotencyKey', 'page', 'text'].sort(),
    )
    expect(feedback.timestamps).toBe(false)
  })

  it('show registrations to editors only: a journalist reads no registrant', async () => {
    const event = await createFormEvent(payload)
    await register(event.id, { email: 'bara.redaktorer@example.se' })
    const { docs } = await payload.find({ collection: 'registrations', ...as('editor') })
    expect(JSON.stringify(docs)).toContain('bara.redaktorer@example.se')
    await expect(
      payload.find({ collection: 'registrations', ...as('journalist') }),
    ).rejects.toThrow()
    await expect(
      payload.find({ collection: 'registrations', ...as('anonymous') }),
    ).rejects.toThrow()
  })
})

describe('comments', () => {
  const reader = {
    'x-forwarded-for': '203.0.113.77',
    'user-agent': 'Mozilla/5.0 (Kommenterande Webbläsare 42.0)',
    cookie: 'kommentars-id=xyz789',
    origin: SITE_ORIGIN,
  }

  it('keep no trace of the commenter’s connection, show the e-mail to editors only and readers only what is approved', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData(base, 'published'), type: 'debatt' } as never,
    })
    const logged: string[] = []
    const capture = (...args: unknown[]) => void logged.push(JSON.stringify(args))
    const spies = (['trace', 'debug', 'info', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(payload.logger, level).mockImplementation(capture as never),
    )
    try {
      const fields = { ...validFields('comment', String(article.id)), email: 'privat@example.se' }
      const answer = await postSubmission(
        'comment',
        formBody({ ...fields, altcha: await solvedCaptcha() }),
        reader,
      )
      expect(answer.status).toBe(201)
      await runMailJobs(payload)
    } finally {
      spies.forEach((spy) => spy.mockRestore())
    }
    const stored = JSON.stringify([
      (await payload.find({ collection: 'comments', pagination: false })).docs,
      (await payload.find({ collection: 'payload-jobs', pagination: false })).docs,
    ])
    for (const trace of ['203.0.113.77', 'Kommenterande', 'xyz789']) {
      expect(stored).not.toContain(trace)
      expect(logged.join('\n')).not.toContain(trace)
    }
    expect(logged.join('\n')).not.toContain('privat@example.se')
    const names = payload.collections.comments.config.flattenedFields.map((field) =>
      field.name.toLowerCase(),
    )
    expect(names.filter((name) => /ip|agent|address|host|cookie|finger/.test(name))).toEqual([])
    const where = { article: { equals: article.id } }
    const forEditor = await payload.find({ collection: 'comments', where, ...as('editor') })
    const forJournalist = await payload.find({ collection: 'comments', where, ...as('journalist') })
    expect(forEditor.docs[0]?.email).toBe('privat@example.se')
    expect(forJournalist.docs[0]?.name).toBe('Maja Läsare')
    expect(forJournalist.docs[0]?.email).toBeUndefined()
    // Until approved, a comment is nobody's outside the newsroom; after, only its public part.
    const unapproved = await payload.find({ collection: 'comments', where, ...as('anonymous') })
    expect(unapproved.docs).toEqual([])
    await payload.update({
      collection: 'comments',
      id: forEditor.docs[0]!.id,
      data: { status: 'approved' },
    })
    const [published] = (await payload.find({ collection: 'comments', where, ...as('anonymous') }))
      .docs
    expect(Object.keys(published ?? {}).sort()).toEqual(
      ['article', 'createdAt', 'id', 'name', 'text', 'updatedAt'].sort(),
    )
  })
})

describe('the Svarslåda', () => {
  const reader = {
    'x-forwarded-for': '203.0.113.77',
    'user-agent': 'Mozilla/5.0 (Svarslådans Spårbara Webbläsare 7.7)',
    cookie: 'spårnings-id=svar987',
  }

  it('keeps neither the phrase nor the reader’s address, agent or cookie, stored or logged, and sets no cookie', async () => {
    const logged: string[] = []
    const capture = (...args: unknown[]) => void logged.push(JSON.stringify(args))
    const spies = (['trace', 'debug', 'info', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(payload.logger, level).mockImplementation(capture as never),
    )
    const phrases: string[] = []
    try {
      const sent = await sendAnonymousTip(base.articleId, reader)
      const { phrase } = sent
      phrases.push(phrase)
      const opened = await openReplyBox({ reference: sent.reference, phrase }, reader)
      const answered = await answerReplyBox(
        { reference: sent.reference, phrase, message: 'Ett svar utan spår.' },
        reader,
      )
      const refused = await openReplyBox({ reference: 'T-0000-0000', phrase }, reader)
      expect([opened.status, answered.status, refused.status]).toEqual([200, 201, 403])
      for (const answer of [sent.answer, opened, answered, refused]) {
        expect(answer.headers.get('set-cookie')).toBeNull()
      }
      await runMailJobs(payload)
    } finally {
      spies.forEach((spy) => spy.mockRestore())
    }
    const stored = JSON.stringify([
      (await payload.find({ collection: 'tips', pagination: false, overrideAccess: true })).docs,
      (await payload.find({ collection: 'tip-messages', pagination: false, overrideAccess: true }))
        .docs,
      (await payload.find({ collection: 'payload-jobs', pagination: false })).docs,
    ])
    expect(phrases).toHaveLength(1)
    for (const trace of [...phrases, '203.0.113.77', 'Spårbara', 'svar987']) {
      expect(stored).not.toContain(trace)
      expect(logged.join('\n')).not.toContain(trace)
    }
    expect(logged.length).toBeGreaterThan(0)
  })

  it('has no field for an address, agent, cookie or fingerprint on a thread message', () => {
    const names = payload.collections['tip-messages'].config.flattenedFields.map((field) =>
      field.name.toLowerCase(),
    )
    // `tip` is the relationship to the tip, not an address.
    expect(
      names.filter((name) => name !== 'tip' && /ip|agent|address|host|cookie|finger/.test(name)),
    ).toEqual([])
  })
})
