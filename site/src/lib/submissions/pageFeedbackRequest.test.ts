import { parsePageFeedback } from '@redaktion/content-schemas/submissions'
import { describe, expect, it } from 'vitest'

import { pageFeedbackFormData, readPageFeedbackResponse } from './pageFeedbackRequest'

const KEY = '3f1c8a52-6a0e-4b8e-9d7c-2f4a5b6c7d8e'

describe('pageFeedbackFormData', () => {
  it('sends a no with its text, in the shape the shared schema accepts', () => {
    const body = pageFeedbackFormData({
      page: '/artikel/lonerna/',
      answer: 'no',
      text: 'Hur räknas lönen?',
      idempotencyKey: KEY,
      altcha: 'payload',
    })
    const fields = Object.fromEntries(body.entries())
    expect(fields).toEqual({
      idempotencyKey: KEY,
      page: '/artikel/lonerna/',
      answer: 'no',
      text: 'Hur räknas lönen?',
      altcha: 'payload',
    })
    const { altcha: _captcha, ...schemaFields } = fields
    expect(parsePageFeedback(schemaFields).success).toBe(true)
  })

  it('never sends text with a yes, nor an empty text with a no', () => {
    const yes = pageFeedbackFormData({
      page: '/',
      answer: 'yes',
      text: 'kvar',
      idempotencyKey: KEY,
      altcha: 'p',
    })
    expect(yes.has('text')).toBe(false)
    const no = pageFeedbackFormData({
      page: '/',
      answer: 'no',
      text: '  ',
      idempotencyKey: KEY,
      altcha: 'p',
    })
    expect(no.has('text')).toBe(false)
  })
})

describe('readPageFeedbackResponse', () => {
  it('takes a 2xx and a repeated key as accepted', async () => {
    expect(await readPageFeedbackResponse(new Response(null, { status: 204 }))).toEqual({
      type: 'accepted',
    })
    expect(await readPageFeedbackResponse(Response.json({}, { status: 409 }))).toEqual({
      type: 'accepted',
    })
  })

  it('passes on the CMS’s reasons for a 4xx', async () => {
    const answer = Response.json(
      {
        message: 'Svaret kunde inte tas emot.',
        errors: [
          { field: 'text', message: 'Vad saknade du? får inte innehålla HTML-kod.' },
          { bad: 1 },
        ],
      },
      { status: 400 },
    )
    expect(await readPageFeedbackResponse(answer)).toEqual({
      type: 'rejected',
      message: 'Svaret kunde inte tas emot.',
      errors: [{ field: 'text', message: 'Vad saknade du? får inte innehålla HTML-kod.' }],
    })
    expect(await readPageFeedbackResponse(new Response('nej', { status: 429 }))).toMatchObject({
      type: 'rejected',
      message: 'Svaret kunde inte tas emot (felkod 429).',
    })
  })

  it('treats a server error as no answer', async () => {
    expect(await readPageFeedbackResponse(new Response('', { status: 502 }))).toEqual({
      type: 'unavailable',
    })
  })
})
