import { describe, expect, it } from 'vitest'

import {
  LIVE_QUERY_MAX_IDS,
  liveAnswerSchema,
  liveQuerySchema,
  previewRequestSchema,
} from './preview'

describe('previewRequestSchema', () => {
  it('takes a draft article with a text id and keeps its other fields as they are', () => {
    const request = {
      article: { id: '6650f1c2a9b3e4d5f6a7b8c9', title: 'Utkast', slug: null, _status: 'draft' },
      savedAt: '2026-12-02T14:02:11.000Z',
    }
    expect(previewRequestSchema.parse(request)).toEqual(request)
  })

  it('refuses an article without an id, a numeric id and a savedAt that is not a date', () => {
    const savedAt = '2026-12-02T14:02:11Z'
    expect(previewRequestSchema.safeParse({ article: {}, savedAt }).success).toBe(false)
    expect(previewRequestSchema.safeParse({ article: { id: 7 }, savedAt }).success).toBe(false)
    expect(previewRequestSchema.safeParse({ article: { id: 'a' }, savedAt: 'igår' }).success).toBe(
      false,
    )
  })
})

describe('liveQuerySchema', () => {
  it('takes one collection and up to a list page of ids', () => {
    const ids = Array.from({ length: LIVE_QUERY_MAX_IDS }, (_, index) => `id-${index}`)
    expect(liveQuerySchema.safeParse({ collection: 'articles', ids }).success).toBe(true)
    expect(
      liveQuerySchema.safeParse({ collection: 'articles', ids: [...ids, 'one-more'] }).success,
    ).toBe(false)
    expect(liveQuerySchema.safeParse({ collection: 'articles', ids: [] }).success).toBe(false)
  })
})

describe('liveAnswerSchema', () => {
  it('refuses a state the CMS would not know how to show', () => {
    const document = {
      id: 'a',
      state: 'live',
      changedAt: '2026-12-02T14:02:00.600Z',
      liveAt: '2026-12-02T14:02:03.000Z',
      releaseId: '20261202-140203-000',
      error: null,
    }
    expect(liveAnswerSchema.parse({ documents: [document] }).documents[0]?.state).toBe('live')
    expect(
      liveAnswerSchema.safeParse({ documents: [{ ...document, state: 'almost' }] }).success,
    ).toBe(false)
  })
})
