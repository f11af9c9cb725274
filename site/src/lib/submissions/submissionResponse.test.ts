import { describe, expect, it } from 'vitest'

import { readSubmissionResponse, retryAfterSeconds } from './submissionResponse'

const receipt = {
  kind: 'tip',
  reference: 'T-4K7Q-9XZM',
  receivedAt: '2026-11-23T13:05:00.000Z',
  message: 'Tack! Vi har tagit emot ditt tips.',
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })

describe('readSubmissionResponse', () => {
  it('accepts a 201 with its receipt', async () => {
    expect(await readSubmissionResponse(json(201, receipt))).toEqual({ type: 'accepted', receipt })
  })

  it('accepts a 409 for a key that was accepted before, with the first receipt', async () => {
    const body = { message: 'Redan mottaget', errors: [], receipt }
    expect(await readSubmissionResponse(json(409, body))).toEqual({ type: 'accepted', receipt })
  })

  it('passes on the per-field messages of a 400', async () => {
    const body = {
      message: 'Formuläret innehåller fel.',
      errors: [{ field: 'message', message: 'Meddelande måste fyllas i.' }, { nonsense: 1 }],
    }
    expect(await readSubmissionResponse(json(400, body))).toEqual({
      type: 'rejected',
      status: 400,
      message: 'Formuläret innehåller fel.',
      errors: [{ field: 'message', message: 'Meddelande måste fyllas i.' }],
      retryAfterSeconds: null,
    })
  })

  it('reads how long to wait from a 429', async () => {
    const outcome = await readSubmissionResponse(
      json(429, { message: 'För många försök.', errors: [] }, { 'Retry-After': '120' }),
    )
    expect(outcome).toMatchObject({ type: 'rejected', status: 429, retryAfterSeconds: 120 })
  })

  it('says something Swedish about a 4xx without a readable body', async () => {
    const outcome = await readSubmissionResponse(new Response('<html>', { status: 413 }))
    expect(outcome).toMatchObject({ type: 'rejected', message: expect.stringContaining('413') })
  })

  it('treats a server error, or a success without a receipt, as no answer', async () => {
    expect(await readSubmissionResponse(json(503, { message: 'x' }))).toEqual({
      type: 'unavailable',
    })
    expect(await readSubmissionResponse(new Response('ok', { status: 201 }))).toEqual({
      type: 'unavailable',
    })
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-23T10:00:00Z')
    expect(retryAfterSeconds('30', now)).toBe(30)
    expect(retryAfterSeconds('Mon, 23 Nov 2026 10:02:00 GMT', now)).toBe(120)
    expect(retryAfterSeconds('soon', now)).toBeNull()
    expect(retryAfterSeconds(null, now)).toBeNull()
  })
})
