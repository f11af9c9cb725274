import { describe, expect, it } from 'vitest'

import { parsePageFeedback, parseSubmission } from './submissions'

const key = '2f1c7d55-3a7e-4c1b-9d2a-6f0e8b1c2d3e'

describe('parseSubmission', () => {
  it('accepts an anonymous tip and trims its message', () => {
    const result = parseSubmission('tip', {
      idempotencyKey: key,
      message: '  Myndigheten har slutat diarieföra.\r\n ',
      anonymous: 'on',
      name: '',
    })
    expect(result).toEqual({
      success: true,
      data: { idempotencyKey: key, message: 'Myndigheten har slutat diarieföra.', anonymous: true },
    })
  })

  it('refuses a name or contact on an anonymous tip, naming each field', () => {
    const result = parseSubmission('tip', {
      idempotencyKey: key,
      message: 'Ett tips om upphandlingen.',
      anonymous: 'true',
      contact: '070-1234567',
    })
    expect(result).toEqual({
      success: false,
      errors: [
        {
          field: 'contact',
          message: 'Kontaktuppgift skickas inte när du har valt att vara anonym.',
        },
      ],
    })
  })

  it('refuses markup but not a lone angle bracket or an address in brackets', () => {
    const base = { idempotencyKey: key, anonymous: false }
    expect(
      parseSubmission('tip', {
        ...base,
        message: 'Löner < 30 000 kr, skriv till <namn@verket.se>.',
      }).success,
    ).toBe(true)
    for (const message of [
      'Se <b>detta</b> här',
      '<img src=x onerror=alert(1)> hej',
      'a <!-- b --> c',
    ]) {
      expect(parseSubmission('tip', { ...base, message })).toMatchObject({
        success: false,
        errors: [{ field: 'message', message: 'Meddelande får inte innehålla HTML-kod.' }],
      })
    }
  })

  it('says that a missing field must be filled in and a wrong type is wrong', () => {
    const result = parseSubmission('correction', {
      idempotencyKey: key,
      article: '4ce7a6d9-cba8-4b5d-90fd-2a5a974d3216',
      whatIsWrong: 42,
      whatIsRight: 'Rätt årtal är 2021.',
    })
    expect(result).toEqual({
      success: false,
      errors: [
        { field: 'whatIsWrong', message: 'Vad är fel måste vara text.' },
        { field: 'source', message: 'Källa måste fyllas i.' },
      ],
    })
  })

  it('needs a debate piece’s text or its Word document, and the writer’s consent', () => {
    const piece = {
      idempotencyKey: key,
      title: 'Lita på de anställda',
      authorName: 'Kim Debattör',
      signature: 'Ordförande, Facket',
      email: 'kim@example.se',
      phone: '070-123 45 67',
      consentToEditing: 'on',
    }
    expect(parseSubmission('debate', { ...piece, hasDocument: true }).success).toBe(true)
    expect(parseSubmission('debate', { ...piece, hasDocument: false })).toMatchObject({
      success: false,
      errors: [{ field: 'text' }],
    })
    expect(
      parseSubmission('debate', { ...piece, text: 'Inlägget.', consentToEditing: undefined }),
    ).toMatchObject({ success: false, errors: [{ field: 'consentToEditing' }] })
  })

  it('refuses fields it does not know', () => {
    expect(
      parseSubmission('tip', {
        idempotencyKey: key,
        message: 'Ett tips om något.',
        status: 'closed',
      }),
    ).toMatchObject({
      success: false,
      errors: [{ field: 'form', message: 'Okänt fält i formuläret: status.' }],
    })
  })
})

describe('page feedback', () => {
  const answer = (change: Record<string, unknown> = {}) =>
    parsePageFeedback({
      idempotencyKey: '0b9f1c1e-1f2a-4c3b-8d4e-5f6a7b8c9d0e',
      page: '/evenemang/tillit-i-forvaltningen/',
      answer: 'no',
      text: 'Adressen saknades.',
      ...change,
    })

  it('takes a site path, yes or no, and a text only with no', () => {
    expect(answer().success).toBe(true)
    expect(answer({ answer: 'yes', text: undefined }).success).toBe(true)
    expect(answer({ answer: 'yes' })).toMatchObject({ success: false, errors: [{ field: 'text' }] })
  })

  it.each([
    'https://annan.example/sida/',
    '/sida/?utm=1',
    '/sida/#del',
    '/../etc/passwd',
    '/evenemang/./',
    'sida/',
  ])('refuses %s as the page', (page) => {
    expect(answer({ page })).toMatchObject({ success: false, errors: [{ field: 'page' }] })
  })
})
