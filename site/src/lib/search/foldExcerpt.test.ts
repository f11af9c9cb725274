import { describe, expect, it } from 'vitest'

import { foldExcerpt } from './foldExcerpt'

describe('foldExcerpt', () => {
  it('moves the mark of a part onto its compound', () => {
    expect(foldExcerpt('Om ⟨tillit <mark>delegationen⟩</mark> Tillitsdelegationen i dag.')).toBe(
      'Om <mark>Tillitsdelegationen</mark> i dag.',
    )
    expect(foldExcerpt('<mark>⟨ledning</mark> gruppen⟩ <mark>Ledningsgruppen</mark> möttes')).toBe(
      '<mark>Ledningsgruppen</mark> möttes',
    )
  })

  it('leaves a compound unmarked when none of its parts matched', () => {
    expect(foldExcerpt('⟨ledning gruppen⟩ Ledningsgruppen <mark>möttes</mark> i går')).toBe(
      'Ledningsgruppen <mark>möttes</mark> i går',
    )
  })

  it('marks the compound as Pagefind marks a word, with its punctuation', () => {
    expect(foldExcerpt('Hos ⟨skola <mark>verket⟩</mark> (Skolverket), som sagt.')).toBe(
      'Hos <mark>(Skolverket),</mark> som sagt.',
    )
  })

  it('removes parts that the excerpt starts or ends inside', () => {
    expect(
      foldExcerpt('<mark>delegationen⟩</mark> Tillitsdelegationen i dag. Sedan ⟨ledning'),
    ).toBe('<mark>Tillitsdelegationen</mark> i dag. Sedan')
    expect(foldExcerpt('gruppen⟩ Ledningsgruppen. Sedan ⟨arbete <mark>miljö</mark>')).toBe(
      'Ledningsgruppen. Sedan',
    )
  })

  it('folds every compound of an excerpt', () => {
    expect(
      foldExcerpt(
        '⟨tillit <mark>reformen⟩</mark> Tillitsreformen och ⟨arbete miljö <mark>verket⟩</mark> Arbetsmiljöverket.',
      ),
    ).toBe('<mark>Tillitsreformen</mark> och <mark>Arbetsmiljöverket.</mark>')
  })

  it('returns an excerpt without parts as it is, escaped text included', () => {
    const excerpt = 'Brödtext &lt;b&gt; om <mark>R&amp;D</mark>  två mellanslag'
    expect(foldExcerpt(excerpt)).toBe(excerpt)
  })
})
