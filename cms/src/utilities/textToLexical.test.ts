import { describe, expect, it } from 'vitest'

import { paragraphsOf, textToLexical } from './textToLexical'

describe('textToLexical', () => {
  it('turns blocks into a Lexical root with one node per block', () => {
    const state = textToLexical([
      { kind: 'h2', text: 'Rubrik' },
      { kind: 'p', text: 'Stycke.' },
      { kind: 'quote', text: 'Citat.' },
      { kind: 'list', items: ['ett', 'två'] },
    ])
    expect(state.root.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'quote',
      'list',
    ])
    expect(JSON.stringify(state)).toContain('"text":"två"')
  })
})

describe('paragraphsOf', () => {
  it('splits on blank lines and folds whitespace inside a paragraph', () => {
    expect(paragraphsOf('Första\nraden.\n\n\n  Andra stycket. ')).toEqual([
      { kind: 'p', text: 'Första raden.' },
      { kind: 'p', text: 'Andra stycket.' },
    ])
  })
})
