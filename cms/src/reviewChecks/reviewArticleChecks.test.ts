import { describe, expect, it } from 'vitest'

import { reviewArticleChecks } from './reviewArticleChecks'
import { body, heading, link, paragraph } from './testing/lexicalBody'

const draft = {
  title: 'Rubrik',
  lead: null,
  body: body(heading('h3', 'Hopp'), paragraph(link('http://example.se/', 'länk'))),
}
const HTML = `<!doctype html><html lang="sv"><head><title>${'Lång '.repeat(20)}– Redaktion</title></head><body><main><article><h1>Rubrik</h1><img src="/a.webp"></article></main></body></html>`

describe('reviewArticleChecks', () => {
  it('runs the draft’s and the rendered page’s checks together', async () => {
    const findings = await reviewArticleChecks({ article: draft, page: { html: HTML } })
    expect(findings.map((finding) => finding.check)).toEqual([
      'lead',
      'heading-levels',
      'insecure-link',
      'seo-title',
      'accessibility',
    ])
  })

  it('says which checks did not run without a rendered preview', async () => {
    const findings = await reviewArticleChecks({
      article: draft,
      page: { message: 'Publiceringstjänsten svarar inte just nu.' },
    })
    expect(findings.at(-1)).toEqual({
      check: 'not-checked',
      message:
        'Sidtitel, beskrivning och tillgänglighet (axe) är inte kontrollerade: Publiceringstjänsten svarar inte just nu.',
    })
    expect(findings.map((finding) => finding.check)).not.toContain('accessibility')
  })
})
