import type { Page } from 'playwright-core'

import { readDemoLogins } from '../../../scripts/src/seed/demoLogins'
import { axeViolations } from '../../../scripts/tests/helpers/axe'
import { login } from '../../../scripts/tests/helpers/restClient'

/** A demo article (scripts/src/seed/articles/) that every build has, long enough that its
 * reader form is far below the first screen. */
export const ARTICLE_SLUG = 'handlaggare-pa-forsakringskassan-vi-hinner-inte-gora-ratt-fran-borjan'

/** axe-core's WCAG 2.1 A/AA findings on the reader form, as `rule: count` lines. */
export function formViolations(page: Page): Promise<string[]> {
  return axeViolations(page, { include: ['[data-reader-form]'] })
}

/** Waits until the form's script has set it up: the form is hidden until then. */
export async function formReady(page: Page): Promise<void> {
  await page.locator('[data-reader-form] form').waitFor({ state: 'visible' })
}

/** Scrolls to the form under an article, as a reader does, which has its script load. */
export async function scrollToForm(page: Page): Promise<void> {
  await page.locator('#lasarformular').scrollIntoViewIfNeeded()
  await formReady(page)
}

/**
 * Collects what would show that the page's Content-Security-Policy got in the way: Chromium's
 * console messages and the `securitypolicyviolation` events, across navigations.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}

/** Every origin the page asks anything of. */
export function watchOrigins(page: Page): Set<string> {
  const origins = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http')) origins.add(url.origin)
  })
  return origins
}

/** The demo editor's REST access to the inbox. */
export async function editorClient(cmsUrl: string, dataDir: string) {
  const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
  const { token } = await login(cmsUrl, editor.email, editor.password)
  return async function find<T>(collection: string, where: Record<string, string>): Promise<T[]> {
    const query = Object.entries(where)
      .map(([field, value]) => `where[${field}][equals]=${encodeURIComponent(value)}`)
      .join('&')
    const response = await fetch(`${cmsUrl}/api/${collection}?depth=0&${query}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    if (!response.ok) throw new Error(`${collection}: ${response.status}`)
    return ((await response.json()) as { docs: T[] }).docs
  }
}
