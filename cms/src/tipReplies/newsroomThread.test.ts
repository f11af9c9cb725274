import { describe, expect, it } from 'vitest'

import {
  orderNewsroomThread,
  senderOf,
  unreadAnswerIds,
  type NewsroomMessage,
} from './newsroomThread'

const message = (fields: Partial<NewsroomMessage> & { id: string }): NewsroomMessage => ({
  tip: 'tip-1',
  from: 'newsroom',
  text: fields.id,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  ...fields,
})

describe('the newsroom’s view of a Svarslåda thread', () => {
  it('orders sent and received messages by sentAt, then drafts by creation', () => {
    const thread = orderNewsroomThread([
      message({ id: 'late draft', createdAt: '2026-12-01T09:00:00.000Z' }),
      message({ id: 'answer', from: 'tipster', sentAt: '2026-12-01T12:00:00.000Z' }),
      message({ id: 'early draft', createdAt: '2026-12-01T07:00:00.000Z' }),
      // Written first, sent last: it takes its place when it was sent.
      message({
        id: 'question',
        createdAt: '2026-12-01T06:00:00.000Z',
        sentAt: '2026-12-01T10:00:00.000Z',
      }),
    ])
    expect(thread.map((entry) => entry.id)).toEqual([
      'question',
      'answer',
      'early draft',
      'late draft',
    ])
  })

  it('names the sender of a sent message and never the tipster', () => {
    const sentBy = { id: 'u1', name: 'Karin Ek', email: 'karin@example.se' } as never
    expect(senderOf(message({ id: 'a', sentBy }))).toBe('Redaktionen · Karin Ek')
    expect(senderOf(message({ id: 'b' }))).toBe('Redaktionen')
    expect(senderOf(message({ id: 'c', from: 'tipster' }))).toBe('Tipsaren')
  })

  it('finds only the tipster’s answers that nobody has read', () => {
    const thread = [
      message({ id: 'question', sentAt: '2026-12-01T10:00:00.000Z' }),
      message({ id: 'read', from: 'tipster', readAt: '2026-12-01T13:00:00.000Z' }),
      message({ id: 'unread', from: 'tipster', readAt: null }),
    ]
    expect(unreadAnswerIds(thread)).toEqual(['unread'])
  })
})
