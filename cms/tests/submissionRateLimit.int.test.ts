import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { BaseDocs } from './helpers/samples'
import { startNewsroom } from './helpers/newsroom'
import { createFormEvent, registrationForm } from './helpers/registrationEvents'
import { formBody, postSubmission, solvedCaptcha, validFields } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

// Read when the config is first imported, so set before the imports run.
vi.hoisted(() => {
  process.env.SUBMISSION_RATE_LIMIT = '3'
  process.env.TRUST_PROXY = 'true'
})

let payload: Payload
let base: BaseDocs

beforeAll(async () => {
  ;({ payload, base } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))

const sendFrom = async (address: string) =>
  postSubmission(
    'tip',
    formBody({ ...validFields('tip', base.articleId), altcha: await solvedCaptcha() }),
    { 'x-forwarded-for': address },
  )

describe('submission rate limit', () => {
  it('turns a client away after its limit, with Retry-After, and stores nothing more', async () => {
    // The newsroom's base tips are there before any reader sends one.
    const before = (await payload.count({ collection: 'tips' })).totalDocs
    const answers = []
    for (let attempt = 0; attempt < 5; attempt += 1) answers.push(await sendFrom('198.51.100.7'))
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 429, 429])
    const refused = answers[3]!
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.message).toMatch(/Vänta \d+ minut/)
    expect((await payload.count({ collection: 'tips' })).totalDocs - before).toBe(3)
  })

  it('counts each client address on its own', async () => {
    expect((await sendFrom('203.0.113.9')).status).toBe(201)
  })

  it('keeps no trace of the addresses it counted', async () => {
    const { docs } = await payload.find({ collection: 'tips', depth: 0, pagination: false })
    expect(JSON.stringify(docs)).not.toMatch(/198\.51\.100\.7|203\.0\.113\.9/)
  })
})

describe('submission rate limit across kinds', () => {
  it('counts page feedback and registrations against the same limit, storing nothing beyond it', async () => {
    const from = { 'x-forwarded-for': '192.0.2.44' }
    const event = await createFormEvent(payload)
    const statuses = []
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const feedback = await postSubmission(
        'page-feedback',
        formBody({
          ...validFields('page-feedback', base.articleId),
          altcha: await solvedCaptcha(),
        }),
        from,
      )
      statuses.push(feedback.status)
    }
    const registration = await postSubmission(
      'registration',
      await registrationForm(event.id),
      from,
    )
    expect([...statuses, registration.status]).toEqual([201, 201, 201, 429])
    expect((await payload.count({ collection: 'page-feedback' })).totalDocs).toBe(3)
    expect((await payload.count({ collection: 'registrations' })).totalDocs).toBe(0)
  })
})
