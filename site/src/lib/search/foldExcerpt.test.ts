import { describe, expect, it } from 'vitest'

import { foldExcerpt } from './foldExcerpt'

describe('foldExcerpt', () => {
  it('moves the mark of a part onto its compound', () => {
    expect(foldExcerpt('Om Tillitsdelegationen ⟨tillit <mark>delegationen⟩</mark> i dag.')).toBe(
      'Om <mark>Tillitsdelegationen</mark> i dag.',
    )
    expect(foldExcerpt('<mark>Ledningsgruppen</mark> <mark>⟨ledning</mark> gruppen⟩ möttes')).toBe(
      '<mark>Ledningsgruppen</mark> möttes',
    )
  })

  it('leaves a compound unmarked when none of its parts matched', () => {
    expect(foldExcerpt('Ledningsgruppen ⟨ledning gruppen⟩ <mark>möttes</mark> i går')).toBe(
      'Ledningsgruppen <mark>möttes</mark> i går',
    )
  })

  it('keeps what followed the compound in the same word', () => {
    expect(foldExcerpt('Hos Skolverket ⟨skola <mark>verket⟩,</mark> som sagt.')).toBe(
      'Hos <mark>Skolverket</mark>, som sagt.',
    )
    expect(foldExcerpt('(Skolverket ⟨skola verket⟩).')).toBe('(Skolverket).')
  })

  it('removes parts that the excerpt starts or ends inside', () => {
    expect(foldExcerpt('<mark>delegationen⟩</mark> i dag. Ledningsgruppen ⟨ledning')).toBe(
      'i dag. Ledningsgruppen',
    )
    expect(foldExcerpt('gruppen⟩. Sedan <mark>Ledningsgruppen</mark> ⟨ledning gr')).toBe(
      '. Sedan <mark>Ledningsgruppen</mark>',
    )
    expect(foldExcerpt('En ny Arbetsmiljöverket ⟨arbete <mark>miljö</mark>')).toBe(
      'En ny <mark>Arbetsmiljöverket</mark>',
    )
  })

  it('folds every compound of an excerpt', () => {
    expect(
      foldExcerpt(
        'Tillitsreformen ⟨tillit <mark>reformen⟩</mark> och Arbetsmiljöverket ⟨arbete miljö <mark>verket⟩.</mark>',
      ),
    ).toBe('<mark>Tillitsreformen</mark> och <mark>Arbetsmiljöverket</mark>.')
  })

  it('returns an excerpt without parts as it is, escaped text included', () => {
    const excerpt = 'Brödtext &lt;b&gt; om <mark>R&amp;D</mark>  två mellanslag'
    expect(foldExcerpt(excerpt)).toBe(excerpt)
  })
})
