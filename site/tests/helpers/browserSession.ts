import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'

import { launchChromium } from '../../../scripts/tests/helpers/browser'
import { watchCsp } from './readerForms'

export interface BrowserSession {
  /** This test's page, in a context of its own (Swedish locale, nothing shared between tests). */
  readonly page: Page
  readonly context: BrowserContext
}

/**
 * One Chromium for the test file and a fresh context and page for each test; a test whose page
 * reported a Content-Security-Policy violation fails. Call it at the top of a test file.
 */
export function browserSession(): BrowserSession {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let cspViolations: string[]
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'sv-SE' })
    page = await context.newPage()
    cspViolations = await watchCsp(page)
  })
  afterEach(async () => {
    await context.close()
    expect(cspViolations).toEqual([])
  })
  return {
    get page() {
      return page
    },
    get context() {
      return context
    },
  }
}
