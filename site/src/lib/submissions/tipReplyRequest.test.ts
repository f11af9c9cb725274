import { TIP_REPLY_REFUSED, type TipReplyThread } from '@redaktion/content-schemas/tipReplies'
import { describe, expect, it } from 'vitest'

import {
  answerFormData,
  openBody,
  readTipReplyResponse,
  validateAnswer,
  validateOpen,
} from './tipReplyRequest'

const thread: TipReplyThread = {
  reference: 'T-4K7Q-9XZM',
  status: 'in-progress',
  statusLabel: 'Vi tittar på det',
  canAnswer: true,
  messages: [
    {
      id: 'a1',
      from: 'newsroom',
      sentAt: '2026-12-01T09:00:00.000Z',
      text: 'Har du beslutet?',
      attachments: [],
    },
  ],
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
const PHRASE = 'ett två tre fyra fem sex sju åtta'

describe('readTipReplyResponse', () => {
  it('opens on a 200 or 201 with a thread', async () => {
    expect(await readTipReplyResponse(json(200, thread))).toEqual({ type: 'opened', thread })
    expect(await readTipReplyResponse(json(201, thread))).toEqual({ type: 'opened', thread })
  })

  it('passes on the refusal of a wrong phrase with its field', async () => {
    const body = {
      message: TIP_REPLY_REFUSED.message,
      errors: [{ field: TIP_REPLY_REFUSED.field, message: TIP_REPLY_REFUSED.message }],
    }
    expect(await readTipReplyResponse(json(403, body))).toEqual({
      type: 'rejected',
      status: 403,
      message: TIP_REPLY_REFUSED.message,
      errors: body.errors,
      retryAfterSeconds: null,
    })
  })

  it('reads the wait of a 429 and names the status of a 4xx without a body', async () => {
    const limited = await readTipReplyResponse(
      json(429, { message: 'För många.' }, { 'Retry-After': '120' }),
    )
    expect(limited).toMatchObject({ type: 'rejected', retryAfterSeconds: 120, errors: [] })
    const bare = await readTipReplyResponse(new Response('nope', { status: 413 }))
    expect(bare).toMatchObject({ type: 'rejected', message: expect.stringContaining('413') })
  })

  it('treats a server error or a 2xx that is no thread as no answer', async () => {
    expect(await readTipReplyResponse(json(502, {}))).toEqual({ type: 'unavailable' })
    expect(await readTipReplyResponse(json(200, { ...thread, status: 'archived' }))).toEqual({
      type: 'unavailable',
    })
    const broken = { ...thread, messages: [{ ...thread.messages[0], sentAt: 'igår' }] }
    expect(await readTipReplyResponse(json(200, broken))).toEqual({ type: 'unavailable' })
  })
})

describe('validateOpen', () => {
  it('takes a reference in any case and a phrase with odd spacing', () => {
    expect(
      validateOpen({ reference: ' t-4k7q-9xzm ', phrase: 'ETT  två-tre fyra\nfem sex sju åtta' }),
    ).toEqual([])
  })

  it('names each field that is wrong', () => {
    const errors = validateOpen({ reference: 'T-123', phrase: 'ett två' })
    expect(errors.map((error) => error.field)).toEqual(['reference', 'phrase'])
    expect(errors[1]!.message).toMatch(/^Lösenfras består av 8 ord/)
  })
})

describe('validateAnswer', () => {
  const fields = {
    reference: 'T-4K7Q-9XZM',
    phrase: PHRASE,
    idempotencyKey: '0b6f1d5e-8d3a-4c1b-9f2e-1a2b3c4d5e6f',
    message: 'Ja, här är det.',
  }

  it('takes an answer with a PDF', () => {
    expect(
      validateAnswer({
        fields,
        files: [{ name: 'beslut.pdf', size: 2048, type: 'application/pdf' }],
      }),
    ).toEqual([])
  })

  it('refuses an empty answer and a file a tip could not carry', () => {
    const errors = validateAnswer({
      fields: { ...fields, message: '  ' },
      files: [{ name: 'program.exe', size: 10, type: 'application/x-msdownload' }],
    })
    expect(errors.map((error) => error.field)).toEqual(['message', 'attachments'])
  })
})

describe('request bodies', () => {
  it('opens with JSON of reference, phrase and captcha, nothing else', () => {
    expect(JSON.parse(openBody({ reference: 'T-4K7Q-9XZM', phrase: PHRASE, altcha: 'p' }))).toEqual(
      {
        reference: 'T-4K7Q-9XZM',
        phrase: PHRASE,
        altcha: 'p',
      },
    )
  })

  it('answers as multipart with one attachments part per file', () => {
    const file = new File(['%PDF-1.4'], 'beslut.pdf', { type: 'application/pdf' })
    const body = answerFormData({
      fields: { reference: 'T-4K7Q-9XZM', phrase: PHRASE, idempotencyKey: 'k', message: 'Här.' },
      files: [file, file],
      altcha: 'p',
    })
    expect([...body.keys()]).toEqual([
      'reference',
      'phrase',
      'idempotencyKey',
      'message',
      'altcha',
      'attachments',
      'attachments',
    ])
    expect((body.get('attachments') as File).name).toBe('beslut.pdf')
  })
})
