import { describe, expect, it } from 'vitest'

import { handleOf, mentionedHandles, resolveMentions } from './mentions'

describe('mentionedHandles', () => {
  it('finds @handles at the start, after spaces and brackets, once each, lower-cased', () => {
    expect(mentionedHandles('@Anna.Berg kolla (@kim) och @anna.berg igen, tack @kim!')).toEqual([
      'anna.berg',
      'kim',
    ])
  })

  it('does not take an e-mail address or a trailing dot for a mention', () => {
    expect(mentionedHandles('Mejla kalle@example.se. Fråga @lisa.')).toEqual(['lisa'])
  })
})

describe('resolveMentions', () => {
  const users = [
    { id: 'u1', email: 'anna.berg@redaktion.example' },
    { id: 'u2', email: 'kim@redaktion.example' },
  ]

  it('resolves by the whole local part and reports the rest as unknown', () => {
    const { users: found, unknown } = resolveMentions('@anna.berg @anna @KIM', users)
    expect(found.map((user) => user.id)).toEqual(['u1', 'u2'])
    expect(unknown).toEqual(['anna'])
  })

  it('derives the handle from the address', () => {
    expect(handleOf('Anna.Berg@Redaktion.example')).toBe('anna.berg')
  })
})
