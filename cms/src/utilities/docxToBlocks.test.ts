import { describe, expect, it } from 'vitest'

import { buildDocx } from '../../tests/helpers/buildDocx'
import { blocksFromMammothHtml, docxToBlocks } from './docxToBlocks'

describe('blocksFromMammothHtml', () => {
  it('keeps headings, paragraphs and lists, and drops inline formatting', () => {
    const html =
      '<h1>Tillit &amp; styrning</h1><p><strong>Fet</strong> och <em>kursiv</em> text.</p>' +
      '<ul><li>Ett</li><li>Två<ul><li>Två och ett halvt</li></ul></li></ul><p>Slut\u00a0&#8211; &lt;på riktigt&gt;.</p>'
    expect(blocksFromMammothHtml(html)).toEqual([
      { kind: 'h2', text: 'Tillit & styrning' },
      { kind: 'p', text: 'Fet och kursiv text.' },
      { kind: 'list', items: ['Ett', 'Två', 'Två och ett halvt'] },
      { kind: 'p', text: 'Slut – <på riktigt>.' },
    ])
  })

  it('turns table cells and line breaks into plain paragraphs and skips empty ones', () => {
    const html =
      '<p></p><table><tr><td><p>Cell ett</p></td><td><p>Rad<br />två</p></td></tr></table>'
    expect(blocksFromMammothHtml(html)).toEqual([
      { kind: 'p', text: 'Cell ett' },
      { kind: 'p', text: 'Rad två' },
    ])
  })
})

describe('docxToBlocks', () => {
  it('reads the paragraphs of a real Word document', async () => {
    const docx = Buffer.from(buildDocx('Första stycket om tillit.\nAndra stycket, & mer.'))
    expect(await docxToBlocks(docx)).toEqual([
      { kind: 'p', text: 'Första stycket om tillit.' },
      { kind: 'p', text: 'Andra stycket, & mer.' },
    ])
  })
})
