import { randomBytes } from 'node:crypto'

import type { Browser, FrameLocator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, siteUrl, dataDir } = serverContext()
// The admin's own writes are accepted from the CMS's SERVER_URL origin only (localhost).
const adminUrl = cmsUrl.replace('127.0.0.1', 'localhost')
/** Autosave every 2 s, then a render by the warm build server: generous on a loaded machine. */
const PANE_UPDATED_WITHIN_MS = 30_000

const unique = randomBytes(4).toString('hex')
const title = `Förhandsprov ${unique}: kommunen prövar fyradagarsvecka`
const lead = `Ingressen om fyradagarsveckan ${unique}.`
const firstSentence = `Personalen på förvaltningen ${unique} började i augusti.`
const newSentence = `Facket utvärderar försöket med sjöborrekontoret${unique} i vår.`

let browser: Browser
let admin: Page
let articleId = ''
let token = ''

beforeAll(async () => {
  browser = await launchChromium()
  admin = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1600, height: 1000 } })
  const journalist = readDemoLogins(dataDir).find((entry) => entry.role === 'journalist')!
  ;({ token } = await login(cmsUrl, journalist.email, journalist.password))
  await admin.goto(`${adminUrl}/admin/login`)
  await admin.getByLabel('E-post').fill(journalist.email)
  await admin.getByLabel('Lösenord').fill(journalist.password)
  await admin.getByRole('button', { name: 'Logga in' }).click()
  await admin.waitForURL(`${adminUrl}/admin`)
})
afterAll(async () => {
  await browser?.close()
  if (articleId) {
    // The journalist cannot delete; the demo editor cleans up.
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token: editorToken } = await login(cmsUrl, editor.email, editor.password)
    await fetch(`${cmsUrl}/api/articles/${articleId}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${editorToken}` },
    })
  }
})

async function pick(page: Page, field: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().click()
}

const pane = (): FrameLocator => admin.frameLocator('#live-preview-iframe')

/** The newest draft as the REST API gives it to the journalist. */
async function draftJson(): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/articles/${articleId}?draft=true&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return JSON.stringify(await response.json())
}

describe('a journalist previews a draft as the site will show it', () => {
  it('writes a draft that autosaves', async () => {
    await admin.goto(`${adminUrl}/admin/collections/articles/create`)
    // With autosave, Payload makes the draft at once and moves to its own page.
    await admin.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,}/, { timeout: 30_000 })
    articleId = /articles\/([0-9a-f-]{24,})/.exec(admin.url())![1]!
    await admin.locator('#field-title').fill(title)
    await admin.locator('#field-lead').fill(lead)
    const body = admin.locator('[data-lexical-editor="true"]').first()
    await body.click()
    await admin.keyboard.type(firstSentence)
    await pick(admin, 'category')
    await pick(admin, 'authors')
    await expect
      .poll(() => draftJson(), { timeout: PANE_UPDATED_WITHIN_MS, interval: 500 })
      .toContain(firstSentence)
  })

  it('opens Förhandsgranska: the article template with title, lead, body and the strip', async () => {
    // Every policy violation the page reports, from before its first byte is parsed.
    await admin.context().addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __violations: string[] }).__violations = seen
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      )
    })
    const button = admin.getByRole('link', { name: 'Förhandsgranska', exact: true })
    expect(await button.getAttribute('href')).toBe(`/api/articles/${articleId}/preview`)
    const [tab] = await Promise.all([admin.context().waitForEvent('page'), button.click()])
    await tab!.waitForLoadState()
    expect(await tab!.locator('h1').first().innerText()).toBe(title)
    const text = await tab!.locator('body').innerText()
    expect(text).toContain(lead)
    expect(text).toContain(firstSentence)
    expect(await tab!.locator('#redaktion-preview-strip').innerText()).toMatch(
      /^Förhandsvisning – inte publicerad · senast sparad \d{2}:\d{2}:\d{2} · Tillbaka till redigeringen/,
    )
    // The site's stylesheet applies (loaded from the site through the <base>, under the
    // preview's own policy): its skip link sits off-screen until focused.
    const skipLink = await tab!.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.skip-link')!)
      return { position: style.position, left: style.left }
    })
    expect(skipLink).toEqual({ position: 'absolute', left: '-999px' })
    // Nothing of the site's look is refused (the site's own scripts are, by design).
    const violations = await tab!.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    )
    expect(violations.filter((entry) => !entry.startsWith('script-src'))).toEqual([])
    await tab!.close()
  })

  it('shows the live-preview pane beside the editor, updated after each autosave at the same scroll position', async () => {
    await admin.getByRole('button', { name: 'Förhandsgranskning', exact: true }).click()
    await expect
      .poll(() => pane().locator('h1').first().innerText(), { timeout: PANE_UPDATED_WITHIN_MS })
      .toBe(title)
    expect(await pane().locator('#redaktion-preview-strip').innerText()).toContain(
      'Förhandsvisning – inte publicerad',
    )
    const frame = admin.frame({ url: /\/preview$/ })!
    await frame.evaluate(() => window.scrollTo(0, 120))
    const scrolled = await frame.evaluate(() => window.scrollY)

    // Into the body's last paragraph (the narrower editor column has floating block handles).
    const body = admin.locator('[data-lexical-editor="true"]').first()
    await body.locator('p').last().click()
    await admin.keyboard.press('End')
    await admin.keyboard.press('Enter')
    await admin.keyboard.type(newSentence)
    // First the autosave, then the pane: a failure says which of the two did not happen.
    await expect.poll(() => draftJson(), { timeout: PANE_UPDATED_WITHIN_MS }).toContain(newSentence)
    await expect
      .poll(() => pane().locator('body').innerText(), { timeout: PANE_UPDATED_WITHIN_MS })
      .toContain(newSentence)
    expect(await frame.evaluate(() => window.scrollY)).toBe(scrolled)
  })

  it('keeps the draft off the public site', async () => {
    const draft = (await (
      await fetch(`${cmsUrl}/api/articles/${articleId}?draft=true&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { slug?: string; _status?: string }
    expect(draft._status).toBe('draft')
    if (draft.slug) expect((await fetch(`${siteUrl}/artikel/${draft.slug}/`)).status).toBe(404)
    const reader = await browser.newPage()
    try {
      await reader.goto(`${siteUrl}/sok/?q=${encodeURIComponent(`sjöborrekontoret${unique}`)}`)
      await reader.waitForLoadState('networkidle')
      expect(await reader.locator('#sokresultat a').count()).toBe(0)
    } finally {
      await reader.close()
    }
  })

  it('answers the preview with its own headers through the running server', async () => {
    const response = await fetch(`${cmsUrl}/api/articles/${articleId}/preview`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    await response.text()
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    // One policy, the preview's: not also the API's `default-src 'none'; frame-ancestors 'none'`.
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+'; style-src /,
    )
    expect(response.headers.get('content-security-policy')).not.toContain("frame-ancestors 'none'")
    const anonymous = await fetch(`${cmsUrl}/api/articles/${articleId}/preview`)
    expect(anonymous.status).toBe(401)
    await anonymous.body?.cancel()
  })
})
