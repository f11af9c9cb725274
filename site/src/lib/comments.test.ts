import { describe, expect, it } from 'vitest'

import { commentCountText, commentParagraphs } from './comments'

describe('commentCountText', () => {
  it('counts in Swedish, singular only for one', () => {
    expect([0, 1, 2, 21].map(commentCountText)).toEqual([
      '0 kommentarer',
      '1 kommentar',
      '2 kommentarer',
      '21 kommentarer',
    ])
  })
})

describe('commentParagraphs', () => {
  it('parts paragraphs at blank lines and keeps line breaks inside one', () => {
    expect(commentParagraphs('Bra skrivet.\r\nHåller med.\n\n\n  Men inte om slutet.  ')).toEqual([
      ['Bra skrivet.', 'Håller med.'],
      ['Men inte om slutet.'],
    ])
  })

  it('leaves markup as the text it is', () => {
    expect(commentParagraphs('<b>fet</b> <script>x</script>')).toEqual([
      ['<b>fet</b> <script>x</script>'],
    ])
  })
})
