// The Svarslåda's page as a reader meets it before it is opened (issue 16): the box loads with
// its captcha, refuses a malformed reference and phrase in Swedish beside each field before
// anything is sent, locks nothing into the browser, says what it needs without JavaScript, and
// breaks no CSP rule. Opening, answering and refusals by the CMS are the journey test's.
import { HtmlValidate } from 'html-validate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TIP_REPLY_BOX_PATH } from '@redaktion/content-schemas/tipReplies'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { watchCsp, watchOrigins } from './helpers/readerForms'

const { cmsUrl, siteUrl } = serverContext()
// The CMS takes requests from the site's own origin only, which npm start calls localhost.
const readerSite = siteUrl.replace('127.0.0.1', 'localhost')
const publicCms = cmsUrl.replace('127.0.0.1', 'localhost')

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

describe('/tipsa/svar/', () => {
  it('serves valid HTML', async () => {
    const response = await fetch(`${siteUrl}${TIP_REPLY_BOX_PATH}`)
    expect(response.status).toBe(200)
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': 'off' },
    })
    const report = await validator.validateString(await response.text())
    expect(
      report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line} ${message.ruleId} ${message.message}`),
      ),
    ).toEqual([])
  })

  it('opens locked with its captcha, refuses a malformed reference and phrase in Swedish, and stores nothing', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    try {
      const page = await context.newPage()
      const cspViolations = await watchCsp(page)
      const origins = watchOrigins(page)
      await page.goto(`${readerSite}${TIP_REPLY_BOX_PATH}`)
      const form = page.locator('[data-reply-open]')
      await form.waitFor({ state: 'visible', timeout: 30_000 })
      await page.locator('altcha-widget input[type="checkbox"]').first().waitFor()
      expect(await page.locator('[data-reply-thread]').isHidden()).toBe(true)
      await page.waitForLoadState('networkidle')
      expect(await axeViolations(page), 'locked').toEqual([])

      await form.getByRole('textbox', { name: /^Referens/ }).fill('T-123')
      await form.getByRole('textbox', { name: /^Lösenfras/ }).fill('två ord')
      await form.getByRole('button', { name: 'Öppna Svarslådan', exact: true }).click()
      const summary = form.locator('[data-error-summary]')
      await summary.waitFor({ state: 'visible' })
      expect(
        await page.evaluate(() => document.activeElement?.matches('[data-error-summary]')),
      ).toBe(true)
      expect(await form.locator('#svarslada-reference-fel').innerText()).toMatch(
        /^Referens ska se ut som på kvittot/,
      )
      expect(await form.locator('#svarslada-phrase-fel').innerText()).toMatch(
        /^Lösenfras består av 8 ord/,
      )
      expect(await form.locator('#svarslada-phrase').getAttribute('aria-invalid')).toBe('true')
      expect(await axeViolations(page), 'refused by the browser').toEqual([])

      const stored = await page.evaluate(() => ({
        local: window.localStorage.length,
        session: window.sessionStorage.length,
        cookie: document.cookie,
      }))
      expect(stored).toEqual({ local: 0, session: 0, cookie: '' })
      expect(await context.cookies()).toEqual([])
      expect(cspViolations).toEqual([])
      for (const origin of origins)
        expect([new URL(readerSite).origin, new URL(publicCms).origin]).toContain(origin)
    } finally {
      await context.close()
    }
  })

  it('says without JavaScript that the box needs it, and shows no form', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${readerSite}${TIP_REPLY_BOX_PATH}`)
      expect(await page.locator('.reply-box').innerText()).toContain(
        'Svarslådan behöver JavaScript',
      )
      // axe-core runs as a script in the page, so this state is checked by its markup alone.
      expect(await page.locator('[data-reply-open]').isHidden()).toBe(true)
    } finally {
      await context.close()
    }
  })
})
