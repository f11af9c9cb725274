import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { adminUrlOf, signIn, waitForLive, writeDraft } from './helpers/adminSteps'

const { cmsUrl, dataDir } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)

const unique = randomBytes(4).toString('hex')
const title = `Liveprov ${unique}: nämnden fattar beslut`

let browser: Browser
let admin: Page

beforeAll(async () => {
  browser = await launchChromium()
  admin = await browser.newPage({ locale: 'sv-SE' })
})
afterAll(() => browser?.close())

describe('an editor publishes and sees the article go live', () => {
  it('shows the checks before publishing on the draft, then "Live på webbplatsen" with a working link', async () => {
    await signIn(admin, adminUrl, dataDir, 'editor')
    // The autosave creates the draft; its checks say the lead is missing.
    await writeDraft(admin, adminUrl, { title, body: 'Nämnden beslutade i dag.' })
    const checks = admin.locator('.review-checks')
    await checks.getByRole('heading', { name: 'Att se över före publicering' }).waitFor()
    await expect
      .poll(() => checks.locator('[data-check="lead"]').count(), { timeout: 30_000 })
      .toBe(1)
    // A never-published draft says nothing about the site.
    expect(await admin.locator('.live-status').count()).toBe(0)

    await admin.locator('#field-lead').fill('Beslutet gäller hela regionen.')
    await admin.getByRole('button', { name: 'Publicera ändringar' }).click()

    const href = await waitForLive(admin)
    const page = await fetch(href)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
    await expect
      .poll(() => checks.locator('[data-check="lead"]').count(), { timeout: 30_000 })
      .toBe(0)
  })
})
