import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, siteUrl } = serverContext()
// The demo reply ("Replik") whose indexed text has "myndigheterna" and no other form of the word.
const ONLY_MYNDIGHETERNA = '/artikel/replik-ett-battre-fikarum-racker-inte/'
// The demo debate article with "ledningsgruppen" in its title, whose parts the archive has alone.
const COMPOUND_TITLE = 'Tillitsreformen har fastnat i ledningsgruppen'

let browser: Browser
let context: BrowserContext
let page: Page
const consoleErrors: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'sv-SE' })
  page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`)
  })
})
afterAll(() => browser?.close())

describe('the news site in Chromium', () => {
  it('goes from the home page to an article, its category and its author', async () => {
    await page.goto(`${siteUrl}/`)
    await page.locator('.teaser--lead h2 a').click()
    await page.waitForURL(/\/artikel\//)
    const title = await page.locator('h1').textContent()
    expect(title?.length).toBeGreaterThan(5)
    await page.locator('.article-head .label').click()
    await page.waitForURL(/\/kategori\//)
    await page.goBack()
    await page.locator('.byline a[rel="author"]').first().click()
    await page.waitForURL(/\/skribent\//)
    expect(await page.locator('.teaser').count()).toBeGreaterThan(0)
  })

  it('finds an article that only says "myndigheterna" when searching for "myndighet", filtered by type', async () => {
    // The fixture: what Pagefind indexes of it (title, lead, body) has no other form of the word.
    const response = await fetch(
      `${cmsUrl}/api/articles?where[slug][equals]=${ONLY_MYNDIGHETERNA.split('/')[2]}&depth=0`,
    )
    const [fixture] = (
      (await response.json()) as { docs: { title: string; lead: string; body: unknown }[] }
    ).docs
    const indexed = JSON.stringify([fixture!.title, fixture!.lead, fixture!.body]).toLowerCase()
    expect(new Set(indexed.match(/myndighet\p{L}*/gu))).toEqual(new Set(['myndigheterna']))

    await page.goto(`${siteUrl}/sok/`)
    await page.getByLabel('Sökord').fill('myndighet')
    await page.locator('#filtrera summary').click()
    await page.getByLabel('Artikeltyp').selectOption('Replik')
    await expect
      .poll(() => page.locator(`#sokresultat a[href^="${ONLY_MYNDIGHETERNA}"]`).count(), {
        timeout: 10_000,
      })
      .toBe(1)
    expect(await page.locator('#sokstatus').textContent()).toMatch(/träff/)
  })

  it('finds an article by a part of a compound, "gruppen" in "ledningsgruppen", showing the compound', async () => {
    // The fixture: what Pagefind indexes of it has "grupp" only inside "ledningsgruppen".
    const response = await fetch(
      `${cmsUrl}/api/articles?where[title][equals]=${encodeURIComponent(COMPOUND_TITLE)}&depth=0`,
    )
    const [fixture] = (
      (await response.json()) as {
        docs: { slug: string; title: string; lead: string; body: unknown }[]
      }
    ).docs
    const indexed = JSON.stringify([fixture!.title, fixture!.lead, fixture!.body]).toLowerCase()
    expect(new Set(indexed.match(/\p{L}*grupp\p{L}*/gu))).toEqual(new Set(['ledningsgruppen']))

    await page.goto(`${siteUrl}/sok/?q=gruppen`)
    const result = page.locator('#sokresultat li').filter({
      has: page.locator(`a[href^="/artikel/${fixture!.slug}/"]`),
    })
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1)
    expect(await result.locator('p').first().textContent()).not.toMatch(/[⟨⟩]/)
    expect(await result.locator('mark').allTextContents()).toContainEqual(
      expect.stringMatching(/^ledningsgruppen\W*$/i),
    )
  })

  it('keeps and searches what the reader typed while the search index was still loading', async () => {
    // Hold back Pagefind's script until the reader has typed and picked a filter.
    let release!: () => void
    const typed = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await typed
      await route.continue()
    })
    try {
      await page.goto(`${siteUrl}/sok/`)
      await page.getByLabel('Sökord').fill('myndighet')
      await page.locator('#filtrera summary').click()
      await page.getByLabel('Artikeltyp').selectOption('Replik')
      release()
      await expect
        .poll(() => page.locator(`#sokresultat a[href^="${ONLY_MYNDIGHETERNA}"]`).count(), {
          timeout: 10_000,
        })
        .toBe(1)
      expect(await page.getByLabel('Sökord').inputValue()).toBe('myndighet')
      expect(page.url()).toContain('typ=Replik')
    } finally {
      release()
      await page.unroute('**/pagefind/pagefind.js')
    }
  })

  it('narrows the results with a category filter, and keeps the query in the address', async () => {
    await page.goto(`${siteUrl}/sok/?q=myndighet`)
    await expect
      .poll(() => page.locator('#sokresultat li').count(), { timeout: 10_000 })
      .toBeGreaterThan(0)
    const hits = async () =>
      Number(/^(\d+)/.exec((await page.locator('#sokstatus').textContent()) ?? '')?.[1])
    await expect.poll(hits).toBeGreaterThan(0)
    const all = await hits()
    expect(await page.locator('#sokresultat mark').count()).toBeGreaterThan(0)
    await page.locator('#filtrera summary').click()
    await page.getByLabel('Kategori').selectOption('Debatt')
    await expect.poll(hits).toBeLessThan(all)
    const categories = await page.locator('#sokresultat .meta').allTextContents()
    expect(categories.every((text) => text.startsWith('Debatt'))).toBe(true)
    expect(page.url()).toContain('kategori=Debatt')
  })

  it.each([
    '/',
    ONLY_MYNDIGHETERNA,
    // An open debate (its "Debatten" box with "Skriv en replik") and the debate form answering it.
    '/artikel/tillitsreformen-har-fastnat-i-ledningsgruppen/',
    '/debatt/skicka-in/?replik=ett-id&rubrik=Tillitsreformen%20har%20fastnat',
    '/kategori/myndigheter/',
    '/sok/?q=myndighet',
    '/finns-inte/',
  ])('has no axe-core violations (WCAG 2.1 A and AA) on %s', async (path) => {
    await page.goto(`${siteUrl}${path}`)
    await page.waitForLoadState('networkidle')
    expect(await axeViolations(page)).toEqual([])
  })

  it('cannot be framed by another page (frame-ancestors in the header; a meta tag cannot say it)', async () => {
    const framer = await context.newPage()
    try {
      await framer.setContent(`<iframe src="${siteUrl}/"></iframe>`)
      const frame = framer.mainFrame().childFrames()[0]!
      expect(frame.url()).not.toContain(siteUrl)
      expect(await frame.locator('.teaser').count()).toBe(0)
    } finally {
      await framer.close()
    }
    const home = await fetch(`${siteUrl}/`)
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(home.headers.get('x-frame-options')).toBe('DENY')
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('breaks no Content-Security-Policy rule and loads nothing missing on the pages visited', () => {
    const unexpected = consoleErrors.filter((error) => !error.includes('/finns-inte/'))
    expect(unexpected).toEqual([])
  })
})
