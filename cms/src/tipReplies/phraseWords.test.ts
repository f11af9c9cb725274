import { TIP_PHRASE_MIN_LIST, TIP_PHRASE_WORDS } from '@redaktion/content-schemas/tipReplies'
import { describe, expect, it } from 'vitest'

import { createPhrase } from './createPhrase'
import { PHRASE_WORDS } from './phraseWords'

describe('the Svarslåda word list', () => {
  it('has at least the minimum number of words', () => {
    expect(PHRASE_WORDS.length).toBeGreaterThanOrEqual(TIP_PHRASE_MIN_LIST)
  })

  it('has no word twice', () => {
    expect(new Set(PHRASE_WORDS).size).toBe(PHRASE_WORDS.length)
  })

  it('has only lower-case words of 3 to 9 letters', () => {
    const misshapen = PHRASE_WORDS.filter((word) => !/^[a-zåäö]{3,9}$/u.test(word))
    expect(misshapen).toEqual([])
  })

  it('gives a phrase at least 80 bits of entropy', () => {
    expect(TIP_PHRASE_WORDS * Math.log2(PHRASE_WORDS.length)).toBeGreaterThanOrEqual(80)
  })

  it('makes phrases of the listed words, different each time', () => {
    const phrases = Array.from({ length: 20 }, createPhrase)
    for (const phrase of phrases) {
      const words = phrase.split(' ')
      expect(words).toHaveLength(TIP_PHRASE_WORDS)
      expect(words.every((word) => PHRASE_WORDS.includes(word))).toBe(true)
    }
    expect(new Set(phrases).size).toBe(phrases.length)
  })
})
