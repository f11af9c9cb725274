import { describe, expect, it } from 'vitest'

import { createPhrase } from './createPhrase'
import { hashPhrase, verifyPhrase } from './phraseHash'

describe('the phrase hash', () => {
  it('is a self-describing scrypt string that does not contain the phrase', async () => {
    const phrase = createPhrase()
    const stored = await hashPhrase(phrase)
    expect(stored).toMatch(/^scrypt\$N=32768,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/)
    for (const word of phrase.split(' ')) expect(stored).not.toContain(word)
  })

  it('accepts the phrase typed with other spacing, case and hyphens, and refuses another', async () => {
    const phrase = createPhrase()
    const stored = await hashPhrase(phrase)
    expect(await verifyPhrase(`  ${phrase.toUpperCase().replaceAll(' ', ' - ')} `, stored)).toBe(
      true,
    )
    expect(await verifyPhrase(createPhrase(), stored)).toBe(false)
    expect(await verifyPhrase(phrase, 'scrypt$garbage')).toBe(false)
  })
})
