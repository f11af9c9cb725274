import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import {
  adminUrlOf,
  appendParagraph,
  draftOf,
  expectNotPublic,
  openPreviewPane,
  previewPane,
  signIn,
  waitForAutosave,
  waitForPaneText,
  writeDraft,
} from './helpers/adminSteps'

const { cmsUrl, siteUrl, dataDir } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)

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
  await signIn(admin, adminUrl, dataDir, 'journalist')
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

describe('a journalist previews a draft as the site will show it', () => {
  it('writes a draft that autosaves', async () => {
    articleId = await writeDraft(admin, adminUrl, { title, lead, body: firstSentence })
    await waitForAutosave(admin, adminUrl, articleId, firstSentence)
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
    await openPreviewPane(admin, title)
    expect(await previewPane(admin).locator('#redaktion-preview-strip').innerText()).toContain(
      'Förhandsvisning – inte publicerad',
    )
    const frame = admin.frame({ url: /\/preview$/ })!
    await frame.evaluate(() => window.scrollTo(0, 120))
    const scrolled = await frame.evaluate(() => window.scrollY)

    await appendParagraph(admin, newSentence)
    // First the autosave, then the pane: a failure says which of the two did not happen.
    await waitForAutosave(admin, adminUrl, articleId, newSentence)
    await waitForPaneText(admin, newSentence)
    expect(await frame.evaluate(() => window.scrollY)).toBe(scrolled)
  })

  it('keeps the draft off the public site', async () => {
    const draft = await draftOf(admin, adminUrl, articleId)
    expect(draft._status).toBe('draft')
    await expectNotPublic(browser, siteUrl, draft.slug, `sjöborrekontoret${unique}`)
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
