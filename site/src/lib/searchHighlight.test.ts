import { describe, expect, it } from 'vitest'

import { searchedWords } from './searchHighlight'

describe('searchedWords', () => {
  it('gives each searched word of a result link, decoded, and none for a search by filters alone', () => {
    expect(searchedWords('?pagefind-highlight=l%C3%B6ner&pagefind-highlight=gruppen')).toEqual([
      'löner',
      'gruppen',
    ])
    expect(searchedWords('?pagefind-highlight=&pagefind-highlight=%20')).toEqual([])
    expect(searchedWords('?q=gruppen')).toEqual([])
    expect(searchedWords('')).toEqual([])
  })
})
