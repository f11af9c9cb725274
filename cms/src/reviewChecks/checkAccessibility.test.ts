import { afterEach, describe, expect, it } from 'vitest'

import { checkAccessibility } from './checkAccessibility'
import { openRenderedPage } from './renderedPage'

const pages: ReturnType<typeof openRenderedPage>[] = []
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()))
})

const pageWith = (article: string) => {
  const page = openRenderedPage(
    `<!doctype html><html lang="sv"><head><title>Test – Redaktion</title></head><body><main><article class="article"><h1>Rubrik</h1>${article}</article></main></body></html>`,
  )
  pages.push(page)
  return page.window
}

describe('checkAccessibility (axe-core on the rendered article)', () => {
  it('finds real violations, in Swedish, with where they are', async () => {
    const findings = await checkAccessibility(
      pageWith(
        '<p>Text.</p><img src="/bild.webp" width="10" height="10"><p><a href="/x/"></a></p>',
      ),
    )
    const urls = findings.map((finding) => finding.helpUrl ?? '')
    expect(urls.some((url) => url.includes('/image-alt'))).toBe(true)
    expect(urls.some((url) => url.includes('/link-name'))).toBe(true)
    expect(findings.every((finding) => finding.check === 'accessibility')).toBe(true)
    const image = findings.find((finding) => finding.helpUrl?.includes('/image-alt'))!
    expect(image.message).toContain('<img src="/bild.webp"')
    // axe's Swedish locale: not the English "Images must have alternative text".
    expect(image.message).not.toMatch(/must have/)
  })

  it('finds nothing in an accessible article', async () => {
    const findings = await checkAccessibility(
      pageWith(
        '<p class="lead">Ingress.</p><figure><img src="/bild.webp" alt="Två handläggare" width="10" height="10"><figcaption>Foto: Kim</figcaption></figure><h2>Bakgrund</h2><p>Läs <a href="https://example.se/">rapporten</a>.</p>',
      ),
    )
    expect(findings).toEqual([])
  })
})
