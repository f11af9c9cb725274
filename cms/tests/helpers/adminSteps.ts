import type { Browser, FrameLocator, Page } from 'playwright-core'
import { expect } from 'vitest'

import type { Role } from '@redaktion/content-schemas/options'

import { readDemoLogins } from '../../../scripts/src/seed/demoLogins'

/**
 * The admin steps the Chromium tests share (log-in, writing a draft, the autosave, the
 * live-preview pane, hand-in, approval, "Live på webbplatsen"), so each test says only what it
 * checks and a change to the admin is followed in one place.
 */

/** The admin's own writes are accepted from the CMS's SERVER_URL origin only (localhost). */
export const adminUrlOf = (cmsUrl: string): string => cmsUrl.replace('127.0.0.1', 'localhost')

/** Autosave every 2 s, then a render by the warm build server: generous on a loaded machine. */
export const AUTOSAVE_WITHIN_MS = 30_000
/** A publish is an incremental build of a few seconds: generous on a loaded machine. */
export const LIVE_WITHIN_MS = 120_000

export const demoLogin = (dataDir: string, role: Role) =>
  readDemoLogins(dataDir).find((entry) => entry.role === role)!

/** Logs the page in through the admin's own form. */
export async function signIn(page: Page, adminUrl: string, dataDir: string, role: Role) {
  const { email, password } = demoLogin(dataDir, role)
  await page.goto(`${adminUrl}/admin/login`)
  await page.getByLabel('E-post').fill(email)
  await page.getByLabel('Lösenord').fill(password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.waitForURL(`${adminUrl}/admin`)
}

/** A new page (wide enough for the editor beside the pane) logged in as the role. */
export async function signedInPage(
  browser: Browser,
  adminUrl: string,
  dataDir: string,
  role: Role,
): Promise<Page> {
  const page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1600, height: 1000 } })
  await signIn(page, adminUrl, dataDir, role)
  return page
}

/** The REST API with the page's session cookie (and the Origin the admin's writes need). */
export const api = (
  page: Page,
  adminUrl: string,
  path: string,
  options: { method?: string; data?: object } = {},
) => page.request.fetch(`${adminUrl}/api/${path}`, { ...options, headers: { Origin: adminUrl } })

/** The newest draft as the REST API gives it to the page's user. */
export async function draftOf(page: Page, adminUrl: string, id: string) {
  return (await (await api(page, adminUrl, `articles/${id}?draft=true&depth=0`)).json()) as {
    slug?: string
    _status?: string
    reviewStatus?: string
    lead?: string
  }
}

/** Waits until the autosave has stored the text in the draft. */
export async function waitForAutosave(page: Page, adminUrl: string, id: string, text: string) {
  await expect
    .poll(async () => JSON.stringify(await draftOf(page, adminUrl, id)), {
      timeout: AUTOSAVE_WITHIN_MS,
      interval: 500,
    })
    .toContain(text)
}

/** Picks the first option of a relationship field. */
export async function pick(page: Page, field: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().click()
}

/**
 * Writes a new draft in the admin (title, optional lead, a body sentence, the first category
 * and author) and gives its id. With autosave, Payload makes the draft at once and moves to its
 * own page.
 */
export async function writeDraft(
  page: Page,
  adminUrl: string,
  { title, lead, body }: { title: string; lead?: string; body: string },
): Promise<string> {
  await page.goto(`${adminUrl}/admin/collections/articles/create`)
  await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,}/, { timeout: 30_000 })
  const id = /articles\/([0-9a-f-]{24,})/.exec(page.url())![1]!
  await page.locator('#field-title').fill(title)
  if (lead) await page.locator('#field-lead').fill(lead)
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type(body)
  await pick(page, 'category')
  await pick(page, 'authors')
  return id
}

/** Adds a paragraph at the end of the body. */
export async function appendParagraph(page: Page, text: string) {
  // Into the body's last paragraph (the narrower editor column has floating block handles).
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.locator('p').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(text)
}

export const previewPane = (page: Page): FrameLocator => page.frameLocator('#live-preview-iframe')

/** Opens the live-preview pane beside the editor and waits for the draft's title in it. */
export async function openPreviewPane(page: Page, title: string): Promise<FrameLocator> {
  // Payload keeps the pane open for the user once opened (a user preference): then no click.
  const iframe = page.locator('#live-preview-iframe')
  const toggle = page.getByRole('button', { name: 'Förhandsgranskning', exact: true })
  await iframe.or(toggle).first().waitFor()
  if ((await iframe.count()) === 0) await toggle.click()
  const pane = previewPane(page)
  await expect
    .poll(() => pane.locator('h1').first().innerText(), { timeout: AUTOSAVE_WITHIN_MS })
    .toBe(title)
  return pane
}

/** Waits until the pane shows the text (it re-renders after each autosave). */
export async function waitForPaneText(page: Page, text: string) {
  await expect
    .poll(() => previewPane(page).locator('body').innerText(), { timeout: AUTOSAVE_WITHIN_MS })
    .toContain(text)
}

/**
 * The draft is not on the public site and the site's search does not find it by its word.
 * Other pages may be listed: for a word it has not indexed, Pagefind also matches the indexed
 * words the searched one starts with ("brokonstruktören…" lists an article about a "bro").
 */
export async function expectNotPublic(
  browser: Browser,
  siteUrl: string,
  slug: string | undefined,
  word: string,
) {
  if (slug) expect((await fetch(`${siteUrl}/artikel/${slug}/`)).status).toBe(404)
  const reader = await browser.newPage()
  try {
    await reader.goto(`${siteUrl}/sok/?q=${encodeURIComponent(word)}`)
    await expect.poll(() => reader.locator('#sokstatus').textContent()).toMatch(/träff/)
    await reader.waitForLoadState('networkidle')
    const results = reader.locator('#sokresultat li')
    expect(await results.filter({ hasText: word }).count()).toBe(0)
    if (slug) expect(await results.locator(`a[href^="/artikel/${slug}/"]`).count()).toBe(0)
  } finally {
    await reader.close()
  }
}

/** "Skicka för granskning" with a note, on the article's edit view. */
export async function handInForReview(page: Page, note: string) {
  await page.getByRole('button', { name: 'Skicka för granskning' }).click()
  // Payload's publish button is not there for a journalist; the hand-in button is.
  expect(await page.getByRole('button', { name: /^Publicera/ }).count()).toBe(0)
  await page.getByLabel(/^Anteckning/).fill(note)
  await page.getByRole('button', { name: 'Skicka', exact: true }).click()
  await page.getByText('Artikeln är skickad för granskning.').waitFor()
}

/** From the dashboard's count through the filtered list to the article's edit view. */
export async function openFromReviewInbox(
  editor: Page,
  { title, id, count }: { title: string; id: string; count: string },
) {
  const card = editor.locator('[data-inbox-count="articles"]')
  await expect.poll(() => card.innerText(), { timeout: 15_000 }).toBe(count)
  await card.getByRole('link').click()
  await editor.waitForURL(/\/admin\/collections\/articles\?/)
  await editor.getByRole('link', { name: title }).click()
  await editor.waitForURL(new RegExp(`/admin/collections/articles/${id}`))
}

/** "Godkänn", then "Publicera ändringar"; waits for the published status. */
export async function approveAndPublish(editor: Page, adminUrl: string, id: string) {
  await editor.getByRole('button', { name: 'Godkänn', exact: true }).click()
  await editor.getByRole('button', { name: 'Godkänn artikeln' }).click()
  await editor.getByText('Artikeln är godkänd.').waitFor()
  await editor.getByRole('button', { name: 'Publicera ändringar' }).click()
  await expect
    .poll(
      async () => (await (await api(editor, adminUrl, `articles/${id}?depth=0`)).json())._status,
      {
        timeout: 15_000,
      },
    )
    .toBe('published')
}

/** Waits for "Live på webbplatsen" on the edit view and gives the public page's address. */
export async function waitForLive(page: Page): Promise<string> {
  const status = page.locator('.live-status')
  await expect
    .poll(() => status.innerText().catch(() => ''), { timeout: LIVE_WITHIN_MS, interval: 500 })
    .toMatch(/^Live på webbplatsen kl\. \d\d:\d\d:\d\d \(\d+,\d s efter publicering\)/)
  const href = await status
    .getByRole('link', { name: 'Visa artikeln på webbplatsen' })
    .getAttribute('href')
  expect(href).toMatch(/\/artikel\/[^/]+\/$/)
  return href!
}
