import { describe, expect, it } from 'vitest'

import { shareMailto } from './share'

describe('shareMailto', () => {
  it('puts the title in the subject and the address in the body, encoded for a mail program', () => {
    const href = shareMailto({
      url: 'https://tidning.example/artikel/a-och-b/',
      title: 'Lön & villkor: 5 % mer?',
    })
    expect(href).toBe(
      'mailto:?subject=L%C3%B6n%20%26%20villkor%3A%205%20%25%20mer%3F&body=L%C3%B6n%20%26%20villkor%3A%205%20%25%20mer%3F%0Ahttps%3A%2F%2Ftidning.example%2Fartikel%2Fa-och-b%2F',
    )
    const parsed = new URL(href)
    expect(parsed.searchParams.get('subject')).toBe('Lön & villkor: 5 % mer?')
    expect(parsed.searchParams.get('body')).toContain('https://tidning.example/artikel/a-och-b/')
  })
})
