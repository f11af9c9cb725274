import type { TipReplyThread } from '@redaktion/content-schemas/tipReplies'
import { describe, expect, it } from 'vitest'

import { sizeText, threadEntries } from './tipReplyThread'

const thread = (messages: TipReplyThread['messages']): TipReplyThread => ({
  reference: 'T-4K7Q-9XZM',
  status: 'in-progress',
  statusLabel: 'Vi tittar på det',
  canAnswer: true,
  messages,
})

describe('threadEntries', () => {
  it('lists the messages oldest first, the newsroom as Redaktionen and the tipster as Du', () => {
    const entries = threadEntries(
      thread([
        {
          id: 'b',
          from: 'tipster',
          sentAt: '2026-12-02T10:00:00.000Z',
          text: 'Här är beslutet.',
          attachments: [{ filename: 'beslut.pdf', type: 'PDF', bytes: 12_000 }],
        },
        {
          id: 'a',
          from: 'newsroom',
          sentAt: '2026-12-01T10:00:00.000Z',
          text: 'Har du beslutet?',
          attachments: [],
        },
      ]),
    )
    expect(entries).toEqual([
      {
        id: 'a',
        author: 'Redaktionen',
        sentAt: '2026-12-01T10:00:00.000Z',
        text: 'Har du beslutet?',
        attachments: [],
      },
      {
        id: 'b',
        author: 'Du',
        sentAt: '2026-12-02T10:00:00.000Z',
        text: 'Här är beslutet.',
        attachments: ['beslut.pdf (PDF, 12 kB)'],
      },
    ])
  })

  it('keeps the order it was given for messages sent at the same time', () => {
    const at = '2026-12-01T10:00:00.000Z'
    const entries = threadEntries(
      thread([
        { id: 'first', from: 'newsroom', sentAt: at, text: '1', attachments: [] },
        { id: 'second', from: 'newsroom', sentAt: at, text: '2', attachments: [] },
      ]),
    )
    expect(entries.map((entry) => entry.id)).toEqual(['first', 'second'])
  })
})

describe('sizeText', () => {
  it('rounds up to whole kilobytes and tenths of megabytes', () => {
    expect(sizeText(10)).toBe('1 kB')
    expect(sizeText(12_000)).toBe('12 kB')
    expect(sizeText(1.45 * 1024 * 1024)).toBe('1,5 MB')
  })
})
