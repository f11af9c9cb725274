import { PAGE_FEEDBACK_RECEIPT_MESSAGE } from '@redaktion/content-schemas/submissions'
import type { Payload, TypedUser } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { pageFeedbackRanking } from '../src/pageFeedback/pageFeedbackRanking'
import type { StaffActor } from './helpers/accessMatrix'
import { startNewsroom } from './helpers/newsroom'
import { SITE_ORIGIN, formBody, postSubmission, solvedCaptcha } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let staff: Record<StaffActor, TypedUser>

beforeAll(async () => {
  ;({ payload, staff } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))
afterEach(() => vi.useRealTimers())

const send = async (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  postSubmission(
    'page-feedback',
    formBody({ idempotencyKey: crypto.randomUUID(), altcha: await solvedCaptcha(), ...fields }),
    headers,
  )

const rowsFor = async (page: string) =>
  (
    await payload.find({
      collection: 'page-feedback',
      where: { page: { equals: page } },
      pagination: false,
      depth: 0,
    })
  ).docs

describe('page feedback', () => {
  it('stores page, Stockholm day, answer and text only, and thanks the reader', async () => {
    // 23:30 UTC on 1 December is already 2 December in Stockholm.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T23:30:00Z') })
    const answer = await send({
      page: '/evenemang/tillit/',
      answer: 'no',
      text: 'Jag hittade inte adressen.',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    expect(answer.body).toEqual({ message: PAGE_FEEDBACK_RECEIPT_MESSAGE })
    expect(answer.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    const [row] = await rowsFor('/evenemang/tillit/')
    expect(Object.keys(row!).sort()).toEqual(
      ['answer', 'day', 'id', 'idempotencyKey', 'page', 'text'].sort(),
    )
    expect(row).toMatchObject({
      page: '/evenemang/tillit/',
      day: '2026-12-02',
      answer: 'no',
      text: 'Jag hittade inte adressen.',
    })
  })

  it('takes a plain yes without a text', async () => {
    expect((await send({ page: '/artikel/ja/', answer: 'yes' })).status).toBe(201)
    expect((await rowsFor('/artikel/ja/'))[0]).toMatchObject({ answer: 'yes' })
  })

  it('answers a repeated key with a 409 and stores the answer once', async () => {
    const idempotencyKey = crypto.randomUUID()
    const fields = { idempotencyKey, page: '/artikel/igen/', answer: 'yes' }
    expect((await send(fields)).status).toBe(201)
    const again = await send(fields)
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ errors: [] })
    expect(await rowsFor('/artikel/igen/')).toHaveLength(1)
  })

  it('refuses a text with a yes, a page that is no site path, and a foreign origin', async () => {
    const refused = [
      await send({ page: '/artikel/a/', answer: 'yes', text: 'Men ändå.' }),
      await send({ page: 'https://annan.example/', answer: 'no' }),
      await send({ page: '/artikel/b/', answer: 'kanske' }),
      await send({ page: '/artikel/c/', answer: 'no' }, { origin: 'https://annan.example' }),
    ]
    expect(refused.map((answer) => answer.status)).toEqual([400, 400, 400, 403])
    const firstField = (body: Record<string, unknown>) =>
      (body.errors as { field: string }[] | undefined)?.[0]?.field
    expect(refused.map((answer) => firstField(answer.body))).toEqual([
      'text',
      'page',
      'answer',
      undefined,
    ])
    for (const page of ['/artikel/a/', '/artikel/c/']) expect(await rowsFor(page)).toHaveLength(0)
  })

  it('takes no answer through the collection API from readers', async () => {
    await expect(
      payload.create({
        collection: 'page-feedback',
        data: { page: '/x/', day: '2026-12-01', answer: 'no' },
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toThrow()
  })
})

describe('the Sidfeedback view’s ranking', () => {
  it('ranks the last 30 days’ pages by the share of Nej, with counts and texts', async () => {
    const now = new Date('2030-06-15T10:00:00Z')
    const add = (page: string, answer: 'yes' | 'no', day: string, text?: string) =>
      payload.create({
        collection: 'page-feedback',
        data: { page, answer, day, text },
        overrideAccess: true,
      })
    await add('/rank/oftast-nej/', 'no', '2030-06-15', 'Saknade tiden.')
    await add('/rank/oftast-nej/', 'no', '2030-05-17')
    await add('/rank/oftast-nej/', 'yes', '2030-06-01')
    await add('/rank/mest-ja/', 'yes', '2030-06-10')
    await add('/rank/mest-ja/', 'yes', '2030-06-11')
    await add('/rank/mest-ja/', 'no', '2030-06-12', 'Var ligger lokalen?')
    // 31 days back: outside the view.
    await add('/rank/gammal/', 'no', '2030-05-15', 'Gammal text.')

    const ranking = await pageFeedbackRanking({ payload, user: staff.journalist, now })
    expect(ranking.from).toBe('2030-05-17')
    expect(ranking.to).toBe('2030-06-15')
    const ranked = ranking.pages.filter((page) => page.page.startsWith('/rank/'))
    expect(ranked.map(({ page, yes, no, texts }) => ({ page, yes, no, texts }))).toEqual([
      {
        page: '/rank/oftast-nej/',
        yes: 1,
        no: 2,
        texts: [{ day: '2030-06-15', text: 'Saknade tiden.' }],
      },
      {
        page: '/rank/mest-ja/',
        yes: 2,
        no: 1,
        texts: [{ day: '2030-06-12', text: 'Var ligger lokalen?' }],
      },
    ])
  })
})
