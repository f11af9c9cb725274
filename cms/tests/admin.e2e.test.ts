import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, dataDir } = serverContext()
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  // An English-speaking browser: the admin must still open in Swedish.
  page = await browser.newPage({ locale: 'en-US' })
})
afterAll(() => browser?.close())

describe('the admin in Chromium', () => {
  it('opens in Swedish and lets an editor sign in', async () => {
    const editor = readDemoLogins(dataDir).find((login) => login.role === 'editor')!
    await page.goto(`${cmsUrl}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel('E-post').fill(editor.email)
    await page.getByLabel('Lösenord').fill(editor.password)
    await page.getByRole('button', { name: 'Logga in' }).click()
    await page.waitForURL(`${cmsUrl}/admin`)
    await expect.poll(() => page.getByText('Artiklar').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Debattinlägg').first().isVisible()).toBe(true)
  })

  it('renders the article editor with its rich-text body field', async () => {
    await page.goto(`${cmsUrl}/admin/collections/articles/create`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByText('Rubrik').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Vinjett').first().isVisible()).toBe(true)
  })
})
