import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textToLexical } from '@redaktion/cms/textToLexical'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, siteUrl, dataDir } = serverContext()
// The admin's own writes are accepted from the CMS's SERVER_URL origin only (localhost).
const adminUrl = cmsUrl.replace('127.0.0.1', 'localhost')
// Journalists may not publish (editors do, see README's access rules), so the editor writes here.
/** A generous bound: a publish is an incremental build of a few seconds (bench:publish measures). */
const LIVE_WITHIN_MS = 120_000

const unique = randomBytes(4).toString('hex')
const title = `Publiceringsprov ${unique}: myndigheten öppnar sina arkiv`
const searchWord = `sjöstjärnekontoret${unique}`
const editedWord = `havsanemonverket${unique}`

let browser: Browser
let admin: Page
let reader: Page
let slug = ''

beforeAll(async () => {
  browser = await launchChromium()
  admin = await browser.newPage({ locale: 'sv-SE' })
  reader = await browser.newPage({ locale: 'sv-SE' })
})
afterAll(() => browser?.close())

async function pick(page: Page, field: string, option?: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  const options = page.locator('.rs__option')
  await (option ? options.filter({ hasText: option }).first() : options.first()).click()
}

async function pageStatus(path: string): Promise<number> {
  return (await fetch(`${siteUrl}${path}`)).status
}

/** How many of the search page's results for `word` link to the article. */
async function searchHits(word: string): Promise<number> {
  await reader.goto(`${siteUrl}/sok/?q=${encodeURIComponent(word)}`)
  await reader.waitForLoadState('networkidle')
  return reader.locator(`#sokresultat a[href^="/artikel/${slug}/"]`).count()
}
const searchFinds = async (word: string) => (await searchHits(word)) > 0

describe('an editor publishes in the admin, and the static site follows', () => {
  it('writes and publishes an article in the admin', async () => {
    const editor = readDemoLogins(dataDir).find((login) => login.role === 'editor')!
    await admin.goto(`${adminUrl}/admin/login`)
    await admin.getByLabel('E-post').fill(editor.email)
    await admin.getByLabel('Lösenord').fill(editor.password)
    await admin.getByRole('button', { name: 'Logga in' }).click()
    await admin.waitForURL(`${adminUrl}/admin`)

    await admin.goto(`${adminUrl}/admin/collections/articles/create`)
    await admin.locator('#field-title').fill(title)
    await admin.locator('#field-lead').fill('Arkiven öppnas för forskare och journalister.')
    const body = admin.locator('[data-lexical-editor="true"]').first()
    await body.click()
    await admin.keyboard.type(`I arkiven finns ${searchWord} och mycket annat.`)
    await pick(admin, 'type', 'Nyhet')
    await pick(admin, 'category')
    await pick(admin, 'authors')
    await admin.getByRole('button', { name: 'Publicera ändringar' }).click()
    // The saved article's own page, at its text id (a uuid on SQLite, 24 hex digits on MongoDB).
    await admin.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,}/)

    const found = await fetch(
      `${cmsUrl}/api/articles?where[title][equals]=${encodeURIComponent(title)}&depth=1`,
    ).then((response) => response.json() as Promise<{ docs: { slug: string }[] }>)
    expect(found.docs).toHaveLength(1)
    slug = found.docs[0]!.slug
  })

  it('serves the article, lists it in its category and finds it in search', async () => {
    await expect
      .poll(() => pageStatus(`/artikel/${slug}/`), { timeout: LIVE_WITHIN_MS, interval: 1000 })
      .toBe(200)
    const article = await fetch(`${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=1`)
      .then(
        (response) =>
          response.json() as Promise<{ docs: { category: { slug: string; title: string } }[] }>,
      )
      .then(({ docs }) => docs[0]!)
    const categoryPage = await fetch(`${siteUrl}/kategori/${article.category.slug}/`)
    expect(await categoryPage.text()).toContain(`/artikel/${slug}/`)
    expect(await searchHits(searchWord)).toBe(1)
    // Browsing the category in search, newest first: the new article (in the recent shard)
    // comes before every archived one (in the archive's parts).
    await reader.goto(`${siteUrl}/sok/?kategori=${encodeURIComponent(article.category.title)}`)
    await expect
      .poll(() => reader.locator('#sokresultat li').count(), { timeout: 10_000 })
      .toBeGreaterThan(1)
    expect(await reader.locator('#sokresultat li a').first().getAttribute('href')).toBe(
      `/artikel/${slug}/`,
    )
  })

  it('finds the new text and no longer the old one after an edit', async () => {
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token } = await login(cmsUrl, editor.email, editor.password)
    const { docs } = (await fetch(
      `${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0`,
    ).then((response) => response.json())) as { docs: { id: string }[] }
    const response = await fetch(`${cmsUrl}/api/articles/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        body: textToLexical([{ kind: 'p', text: `I arkiven finns numera ${editedWord}.` }]),
      }),
    })
    expect(response.status).toBe(200)
    await expect
      .poll(() => searchHits(editedWord), { timeout: LIVE_WITHIN_MS, interval: 1000 })
      .toBe(1)
    expect(await searchFinds(searchWord)).toBe(false)
  })

  it('takes the article down again when it is unpublished', async () => {
    // The test edited the article through the API since the admin loaded it.
    await admin.reload()
    // Unpublishing sits in the document's "…" menu and asks for confirmation.
    await admin.locator('.doc-controls__popup .popup-button').click()
    await admin.getByRole('button', { name: 'Avpublicera' }).click()
    await admin.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click()
    await expect.poll(() => admin.locator('.status__value').textContent()).not.toBe('Publicerad')
    await expect
      .poll(() => pageStatus(`/artikel/${slug}/`), { timeout: LIVE_WITHIN_MS, interval: 1000 })
      .toBe(404)
    expect(await searchFinds(editedWord)).toBe(false)
  })
})
