import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { ARTICLE_SLUG, watchCsp, watchOrigins } from './helpers/readerForms'

const { siteUrl } = serverContext()
const ARTICLE = `${siteUrl}/artikel/${ARTICLE_SLUG}/`

let browser: Browser
let context: BrowserContext
let page: Page
let cspViolations: string[]

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())
afterEach(async () => {
  await context.close()
  expect(cspViolations).toEqual([])
})

async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}) {
  context = await browser.newContext({ locale: 'sv-SE', ...options })
  page = await context.newPage()
  cspViolations = await watchCsp(page)
  const origins = watchOrigins(page)
  await page.goto(url)
  return origins
}

const share = () => page.locator('[data-share]').first()
/** What is shared is the page's public address (SITE_URL), which may name the host otherwise. */
const canonical = () => page.locator('link[rel="canonical"]').getAttribute('href')

describe('"Tipsa:" at the foot of a page', () => {
  it('mails the title and address, and asks nothing of anyone else', async () => {
    const origins = await open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] })
    await page.waitForLoadState('networkidle')
    const title = await page.locator('h1').textContent()
    const href = await share().getByRole('link', { name: 'E-post' }).getAttribute('href')
    const mail = new URL(href!)
    expect(mail.protocol).toBe('mailto:')
    expect(mail.searchParams.get('subject')).toBe(title)
    expect(mail.searchParams.get('body')).toBe(`${title}\n${await canonical()}`)
    expect(new URL((await canonical())!).pathname).toBe(new URL(ARTICLE).pathname)
    expect([...origins]).toEqual([new URL(siteUrl).origin])
    expect(await axeViolations(page, { include: ['.page-foot'] })).toEqual([])
  })

  it('copies the link and says so', async () => {
    await open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] })
    await share().getByRole('button', { name: 'Kopiera länk' }).click()
    await expect
      .poll(() => share().locator('[data-share-status]').textContent())
      .toBe('Länken är kopierad.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical())
  })

  it('offers the address to copy by hand where the Clipboard API is missing', async () => {
    context = await browser.newContext({ locale: 'sv-SE' })
    page = await context.newPage()
    cspViolations = await watchCsp(page)
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    )
    await page.goto(ARTICLE)
    await share().getByRole('button', { name: 'Kopiera länk' }).click()
    const field = share().getByLabel('Länk till sidan')
    await field.waitFor({ state: 'visible' })
    expect(await field.inputValue()).toBe(await canonical())
    expect(
      await field.evaluate(
        (input: HTMLInputElement) =>
          input === document.activeElement && input.selectionEnd === input.value.length,
      ),
    ).toBe(true)
    expect(await share().locator('[data-share-status]').textContent()).toMatch(/kopiera den själv/)
  })

  it('shows the share button only where the browser can share', async () => {
    await open(`${siteUrl}/om-oss/`)
    const canShare = await page.evaluate(() => typeof navigator.share === 'function')
    expect(await share().getByRole('button', { name: 'Dela …' }).isVisible()).toBe(canShare)

    await context.close()
    expect(cspViolations).toEqual([])
    context = await browser.newContext({ locale: 'sv-SE' })
    page = await context.newPage()
    cspViolations = await watchCsp(page)
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          ;(window as unknown as { shared: ShareData }).shared = data
          return Promise.resolve()
        },
      })
    })
    await page.goto(`${siteUrl}/om-oss/`)
    await share().getByRole('button', { name: 'Dela …' }).click()
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: await page.locator('h1').textContent(),
      url: await canonical(),
    })
  })
})
