import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, dataDir } = serverContext()
// The admin's own writes are accepted from the CMS's SERVER_URL origin only (localhost).
const adminUrl = cmsUrl.replace('127.0.0.1', 'localhost')
/** A generous bound on a loaded machine: a publish is an incremental build of a few seconds. */
const LIVE_WITHIN_MS = 120_000

const unique = randomBytes(4).toString('hex')
const title = `Liveprov ${unique}: nämnden fattar beslut`

let browser: Browser
let admin: Page

beforeAll(async () => {
  browser = await launchChromium()
  admin = await browser.newPage({ locale: 'sv-SE' })
})
afterAll(() => browser?.close())

async function pick(page: Page, field: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().click()
}

describe('an editor publishes and sees the article go live', () => {
  it('shows the checks before publishing on the draft, then "Live på webbplatsen" with a working link', async () => {
    const editor = readDemoLogins(dataDir).find((login) => login.role === 'editor')!
    await admin.goto(`${adminUrl}/admin/login`)
    await admin.getByLabel('E-post').fill(editor.email)
    await admin.getByLabel('Lösenord').fill(editor.password)
    await admin.getByRole('button', { name: 'Logga in' }).click()
    await admin.waitForURL(`${adminUrl}/admin`)

    await admin.goto(`${adminUrl}/admin/collections/articles/create`)
    await admin.locator('#field-title').fill(title)
    const body = admin.locator('[data-lexical-editor="true"]').first()
    await body.click()
    await admin.keyboard.type('Nämnden beslutade i dag.')
    await pick(admin, 'category')
    await pick(admin, 'authors')
    // The autosave creates the draft; its checks say the lead is missing.
    await admin.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,}/, { timeout: 30_000 })
    const checks = admin.locator('.review-checks')
    await checks.getByRole('heading', { name: 'Att se över före publicering' }).waitFor()
    await expect
      .poll(() => checks.locator('[data-check="lead"]').count(), { timeout: 30_000 })
      .toBe(1)
    // A never-published draft says nothing about the site.
    expect(await admin.locator('.live-status').count()).toBe(0)

    await admin.locator('#field-lead').fill('Beslutet gäller hela regionen.')
    await admin.getByRole('button', { name: 'Publicera ändringar' }).click()

    const status = admin.locator('.live-status')
    await expect
      .poll(() => status.innerText().catch(() => ''), { timeout: LIVE_WITHIN_MS, interval: 500 })
      .toMatch(/^Live på webbplatsen kl\. \d\d:\d\d:\d\d \(\d+,\d s efter publicering\)/)
    const href = await status
      .getByRole('link', { name: 'Visa artikeln på webbplatsen' })
      .getAttribute('href')
    expect(href).toMatch(/\/artikel\/[^/]+\/$/)
    const page = await fetch(href!)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
    await expect
      .poll(() => checks.locator('[data-check="lead"]').count(), { timeout: 30_000 })
      .toBe(0)
  })
})
