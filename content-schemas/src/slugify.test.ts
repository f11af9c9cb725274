import { describe, expect, it } from 'vitest'

import { numberedSlug, slugify } from './slugify'

describe('slugify', () => {
  it('folds å, ä and ö to a, a and o', () => {
    expect(slugify('Åtta år av förändring på Överförmyndarnämnden')).toBe(
      'atta-ar-av-forandring-pa-overformyndarnamnden',
    )
  })

  it('drops other accents and punctuation and collapses separators', () => {
    expect(slugify('  Café – “Tillit” & kontroll: 2026!  ')).toBe('cafe-tillit-kontroll-2026')
  })

  it('never starts or ends with a hyphen, even when cut to length', () => {
    const slug = slugify(`${'ord '.repeat(40)}slut`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).not.toMatch(/^-|-$/)
  })

  it('returns an empty string for text without letters or digits', () => {
    expect(slugify('—!?')).toBe('')
  })
})

describe('numberedSlug', () => {
  it('keeps the first candidate and numbers the rest from 2', () => {
    expect([1, 2, 3].map((attempt) => numberedSlug('lon', attempt))).toEqual([
      'lon',
      'lon-2',
      'lon-3',
    ])
  })
})
