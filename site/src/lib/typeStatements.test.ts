import { describe, expect, it } from 'vitest'

import { articleTypeLabel, typeStatementParagraphs, typeStatementsOf } from './typeStatements'

const GLOBAL = {
  id: 'g1',
  nyhet:
    '  Detta är en nyhetsartikel. Den bygger på fakta som är kontrollerade.\n\nTidningen har en fri och självständig ställning gentemot sin ägare.  ',
  reportage: '   ',
  debatt: null,
}

describe('type statements', () => {
  it('keeps each type’s text, and no empty ones', () => {
    expect(typeStatementsOf(GLOBAL)).toEqual({
      nyhet: GLOBAL.nyhet.trim(),
    })
    expect(typeStatementsOf(null)).toEqual({})
  })

  it('gives an article type its paragraphs, and an article of another type none', () => {
    const statements = typeStatementsOf(GLOBAL)
    expect(typeStatementParagraphs(statements, 'nyhet')).toEqual([
      'Detta är en nyhetsartikel. Den bygger på fakta som är kontrollerade.',
      'Tidningen har en fri och självständig ställning gentemot sin ägare.',
    ])
    expect(typeStatementParagraphs(statements, 'reportage')).toEqual([])
    expect(typeStatementParagraphs(statements, undefined)).toEqual([])
  })

  it('labels the types in Swedish', () => {
    expect(articleTypeLabel('kronika')).toBe('Krönika')
    expect(articleTypeLabel('okänd')).toBe('Artikel')
  })
})
