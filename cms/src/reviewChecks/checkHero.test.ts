import type { Media } from '@redaktion/content-schemas/payload-types'
import { describe, expect, it } from 'vitest'

import { checkHero } from './checkHero'

const media = (overrides: Partial<Media>): Media => ({
  id: 'm1',
  alt: 'Två handläggare vid ett skrivbord',
  caption: 'Handläggarna på kontoret i Sundsvall.',
  photographer: 'Kim Fotograf',
  updatedAt: '2026-12-01T10:00:00Z',
  createdAt: '2026-12-01T10:00:00Z',
  ...overrides,
})
const checks = (image: Media | string | null, caption: string | null = null) =>
  checkHero({ title: 'Rubrik', hero: { image, caption } }).map((finding) => finding.check)

describe('checkHero', () => {
  it('finds a hero without alt text, caption or photographer', () => {
    expect(checks(media({ alt: '  ' }))).toEqual(['hero-alt'])
    expect(checks(media({ caption: null }))).toEqual(['hero-caption'])
    expect(checks(media({ photographer: '' }))).toEqual(['hero-photographer'])
    expect(checks(media({ alt: '', caption: '', photographer: null }))).toEqual([
      'hero-alt',
      'hero-caption',
      'hero-photographer',
    ])
  })

  it('finds nothing for a complete hero, or for no hero at all', () => {
    expect(checks(media({}))).toEqual([])
    // The article's own caption stands in for the image's.
    expect(checks(media({ caption: null }), 'Bildtext i artikeln')).toEqual([])
    expect(checks(null)).toEqual([])
  })

  it('says so when the image is not populated', () => {
    expect(checks('m1')).toEqual(['not-checked'])
  })
})
