import { afterEach, describe, expect, it } from 'vitest'

import { checkSeo, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from './checkSeo'
import { openRenderedPage } from './renderedPage'

const pages: ReturnType<typeof openRenderedPage>[] = []
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()))
})

const seoOf = (title: string, description: string) => {
  const page = openRenderedPage(
    `<!doctype html><html lang="sv"><head><title>${title}</title><meta name="description" content="${description}"></head><body><main><article><h1>Rubrik</h1></article></main></body></html>`,
  )
  pages.push(page)
  return checkSeo(page.window.document as unknown as Document)
}

describe('checkSeo', () => {
  it('finds a title and a description longer than search engines show', () => {
    const title = `${'Regeringen vill att myndigheterna slutar mäta allt '.padEnd(SEO_TITLE_MAX - 11, 'x')}! – Redaktion`
    const description = 'Ett ord '.repeat(25)
    const findings = seoOf(title, description)
    expect(findings.map((finding) => finding.check)).toEqual(['seo-title', 'seo-description'])
    expect(findings[0]!.message).toContain(`är ${title.length} tecken`)
    expect(findings[1]!.message).toContain(`är ${description.trim().length} tecken`)
  })

  it('finds nothing for a title and description within the limits', () => {
    const title = 'Kort rubrik – Redaktion'
    const description = 'd'.repeat(SEO_DESCRIPTION_MAX)
    expect(seoOf(title, description)).toEqual([])
  })
})
