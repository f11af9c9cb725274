// A page opened from a search result (its link carries `?pagefind-highlight=<word>`) marks the
// searched word in its text with Pagefind's highlighter, and scrolls to it; without the
// parameter the highlighter is not even fetched. The words are taken from the built pages, so
// the demo content can change.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { HIGHLIGHT_PARAM } from '../src/lib/searchHighlight'
import { ARTICLE_SLUG, watchCsp } from './helpers/readerForms'

const { siteUrl } = serverContext()
const ARTICLE = `${siteUrl}/artikel/${ARTICLE_SLUG}/`
const HIGHLIGHTER = '/pagefind/pagefind-highlight.js'

let browser: Browser
let context: BrowserContext
let page: Page
let cspViolations: string[]
let requested: string[]

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())
beforeEach(async () => {
  context = await browser.newContext({ locale: 'sv-SE' })
  page = await context.newPage()
  cspViolations = await watchCsp(page)
  requested = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
})
afterEach(async () => {
  await context.close()
  expect(cspViolations).toEqual([])
})

/** Lower case without diacritics, as mark.js matches (its `diacritics` option). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const withWord = (url: string, word: string) =>
  `${url}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: word })}`

/**
 * A word of the page's header that its body has too: the one the body first has furthest down,
 * so that the page has to scroll to its first mark.
 */
const headerWordLatestInBody = () =>
  page.evaluate(() => {
    const words = (selector: string) =>
      document
        .querySelector(selector)!
        .textContent!.toLowerCase()
        .match(/\p{L}{5,}/gu) ?? []
    const body = words('.article-body').join(' ')
    const shared = words('.article-head').filter((word) => body.includes(word))
    return shared.sort((a, b) => body.indexOf(b) - body.indexOf(a))[0]
  })

/** Waits until the first mark is within the viewport, once any smooth scrolling has ended. */
async function firstMarkInView() {
  const mark = page.locator('.article-body mark').first()
  await expect
    .poll(async () => {
      const box = (await mark.boundingBox())!
      return box.y >= 0 && box.y + box.height <= page.viewportSize()!.height
    })
    .toBe(true)
}

describe('a page opened from a search result', () => {
  it('marks the searched word in the article body only, scrolls to it, and passes axe', async () => {
    await page.goto(ARTICLE)
    const word = await headerWordLatestInBody()
    expect(word).toBeTruthy()

    await page.goto(withWord(ARTICLE, word!))
    await expect.poll(() => page.locator('.article-body mark').count()).toBeGreaterThan(0)
    expect(await page.locator('mark').count()).toBe(
      await page.locator('.article-body mark').count(),
    )
    expect((await page.locator('.article-head').textContent())!.toLowerCase()).toContain(word)
    const marked = await page.locator('.article-body mark').allTextContents()
    expect(new Set(marked.map(folded))).toEqual(new Set([folded(word!)]))
    await firstMarkInView()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    expect(requested).toContain(HIGHLIGHTER)
    expect(await axeViolations(page)).toEqual([])
  })

  it('jumps to the first mark at once when the reader prefers reduced motion', async () => {
    await page.goto(ARTICLE)
    const word = await headerWordLatestInBody()
    await page.emulateMedia({ reducedMotion: 'reduce' })

    await page.goto(withWord(ARTICLE, word!))
    await expect.poll(() => page.locator('.article-body mark').count()).toBeGreaterThan(0)
    // The marks and the scroll come in one task: no smooth scrolling left to wait for.
    const box = (await page.locator('.article-body mark').first().boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height)
  })

  it('marks the searched word in an event description', async () => {
    await page.goto(`${siteUrl}/evenemang/`)
    const event = await page
      .locator('.event-teaser a[href^="/evenemang/"]')
      .first()
      .getAttribute('href')
    await page.goto(`${siteUrl}${event}`)
    const word = await page.evaluate(
      () =>
        document
          .querySelector('.article-body p:last-of-type')!
          .textContent!.match(/\p{L}{6,}/u)![0],
    )

    await page.goto(withWord(`${siteUrl}${event}`, word))
    await expect.poll(() => page.locator('.article-body mark').count()).toBeGreaterThan(0)
    expect(await page.locator('mark').count()).toBe(
      await page.locator('.article-body mark').count(),
    )
    await firstMarkInView()
    expect(await axeViolations(page)).toEqual([])
  })

  it('does not fetch the highlighter without a searched word, nor for a search by filters alone', async () => {
    for (const url of [ARTICLE, withWord(ARTICLE, '')]) {
      await page.goto(url)
      await page.waitForLoadState('networkidle')
    }
    expect(requested.filter((path) => path === HIGHLIGHTER)).toEqual([])
    expect(await page.locator('mark').count()).toBe(0)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  })
})
