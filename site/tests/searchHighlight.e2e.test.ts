// A page opened from a search result (its link carries `?pagefind-highlight=<word>`) marks the
// searched word in its text with Pagefind's highlighter, and scrolls to it; without the
// parameter the highlighter is not even fetched. The words are taken from the built pages, so
// the demo content can change.
import { beforeEach, describe, expect, it } from 'vitest'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { HIGHLIGHT_PARAM } from '../src/lib/searchHighlight'
import { browserSession } from './helpers/browserSession'
import { ARTICLE_SLUG } from './helpers/readerForms'

const { siteUrl } = serverContext()
const ARTICLE = `${siteUrl}/artikel/${ARTICLE_SLUG}/`
const HIGHLIGHTER = '/pagefind/pagefind-highlight.js'

const session = browserSession()
let requested: string[]
beforeEach(() => {
  requested = []
  session.page.on('request', (request) => requested.push(new URL(request.url()).pathname))
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
  session.page.evaluate(() => {
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
  const mark = session.page.locator('.article-body mark').first()
  await expect
    .poll(async () => {
      const box = (await mark.boundingBox())!
      return box.y >= 0 && box.y + box.height <= session.page.viewportSize()!.height
    })
    .toBe(true)
}

describe('a page opened from a search result', () => {
  it('marks the searched word in the article body only, scrolls to it, and passes axe', async () => {
    await session.page.goto(ARTICLE)
    const word = await headerWordLatestInBody()
    expect(word).toBeTruthy()

    await session.page.goto(withWord(ARTICLE, word!))
    await expect.poll(() => session.page.locator('.article-body mark').count()).toBeGreaterThan(0)
    expect(await session.page.locator('mark').count()).toBe(
      await session.page.locator('.article-body mark').count(),
    )
    expect((await session.page.locator('.article-head').textContent())!.toLowerCase()).toContain(
      word,
    )
    const marked = await session.page.locator('.article-body mark').allTextContents()
    expect(new Set(marked.map(folded))).toEqual(new Set([folded(word!)]))
    await firstMarkInView()
    expect(await session.page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    expect(requested).toContain(HIGHLIGHTER)
    expect(await axeViolations(session.page)).toEqual([])
  })

  it('jumps to the first mark at once when the reader prefers reduced motion', async () => {
    await session.page.goto(ARTICLE)
    const word = await headerWordLatestInBody()
    await session.page.emulateMedia({ reducedMotion: 'reduce' })

    await session.page.goto(withWord(ARTICLE, word!))
    await expect.poll(() => session.page.locator('.article-body mark').count()).toBeGreaterThan(0)
    // The marks and the scroll come in one task: no smooth scrolling left to wait for.
    const box = (await session.page.locator('.article-body mark').first().boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(session.page.viewportSize()!.height)
  })

  it('marks the searched word in an event description', async () => {
    await session.page.goto(`${siteUrl}/evenemang/`)
    const event = await session.page
      .locator('.event-teaser a[href^="/evenemang/"]')
      .first()
      .getAttribute('href')
    await session.page.goto(`${siteUrl}${event}`)
    const word = await session.page.evaluate(
      () =>
        document
          .querySelector('.article-body p:last-of-type')!
          .textContent!.match(/\p{L}{6,}/u)![0],
    )

    await session.page.goto(withWord(`${siteUrl}${event}`, word))
    await expect.poll(() => session.page.locator('.article-body mark').count()).toBeGreaterThan(0)
    expect(await session.page.locator('mark').count()).toBe(
      await session.page.locator('.article-body mark').count(),
    )
    await firstMarkInView()
    expect(await axeViolations(session.page)).toEqual([])
  })

  it('does not fetch the highlighter without a searched word, nor for a search by filters alone', async () => {
    for (const url of [ARTICLE, withWord(ARTICLE, '')]) {
      await session.page.goto(url)
      await session.page.waitForLoadState('networkidle')
    }
    expect(requested.filter((path) => path === HIGHLIGHTER)).toEqual([])
    expect(await session.page.locator('mark').count()).toBe(0)
    expect(await session.page.evaluate(() => window.scrollY)).toBe(0)
  })
})
