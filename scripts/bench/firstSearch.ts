// What a reader's first search costs: the search page opened with a query in a fresh Chromium
// context (empty cache), every search file it downloads with its encoded body size, the time
// from the page's DOMContentLoaded to the first result on screen, and when each search file
// was asked for and had arrived (Resource Timing), to see where that time goes.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { launchChromium } from '../tests/helpers/browser'

export interface FirstSearch {
  /** Bytes of every successful response body from a search folder (`/pagefind…/`), as sent. */
  bytes: number
  /** Those files, largest first: path and bytes. */
  files: [string, number][]
  /** From DOMContentLoaded to the first result rendered. */
  resultMs: number
  /** The hits the page reported ("N träffar"). */
  hits: number
  /** Each search file: path, and ms from DOMContentLoaded to its request and to its last byte. */
  timeline: [string, number, number][]
}

const RESULT_TIMEOUT_MS = 60_000
/** A search shard's folder: the archive's parts, the recent shard, or a default index. */
const isSearchFile = (pathname: string) => /^\/pagefind[^/]*\//.test(pathname)

/** Opens `${siteUrl}/sok/?q=${word}` once, in a fresh browser, and measures its search. */
export async function measureFirstSearch(siteUrl: string, word: string): Promise<FirstSearch> {
  const browser = await launchChromium({ handleSIGINT: false })
  try {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    // Stamps the moment the first result is added to the list, before anything else runs.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#sokresultat li')) return
        ;(window as unknown as { firstResultAt: number }).firstResultAt = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    const sizes: Promise<[string, number]>[] = []
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url())
      // A missing file answers with the 404 page: that is the page's fallback, not the index.
      if (isSearchFile(pathname))
        sizes.push(
          Promise.all([request.sizes(), request.response()]).then(([size, response]) => [
            pathname,
            response?.ok() ? size.responseBodySize : 0,
          ]),
        )
    })
    await page.goto(`${siteUrl}/sok/?q=${encodeURIComponent(word)}`)
    await page.locator('#sokresultat li').first().waitFor({ timeout: RESULT_TIMEOUT_MS })
    await page.waitForLoadState('networkidle')
    const hits = Number.parseInt((await page.locator('#sokstatus').textContent()) ?? '', 10)
    const { resultMs, resources } = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[]
      const ready = navigation!.domContentLoadedEventEnd
      const { firstResultAt } = window as unknown as { firstResultAt: number }
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      return {
        resultMs: firstResultAt - ready,
        resources: entries.map((entry): [string, number, number] => [
          new URL(entry.name).pathname,
          entry.startTime - ready,
          entry.responseEnd - ready,
        ]),
      }
    })
    const timeline = resources.filter(([pathname]) => isSearchFile(pathname))
    const files = (await Promise.all(sizes))
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
    const bytes = files.reduce((sum, [, size]) => sum + size, 0)
    return { bytes, files, resultMs, hits, timeline }
  } finally {
    await browser.close()
  }
}

/**
 * The search index's size as a server sends it: every file of the search folders in `siteDir`,
 * counted as its `.br` sibling where the build wrote one (the static server sends that).
 */
export function servedIndexBytes(siteDir: string): number {
  let total = 0
  for (const shard of readdirSync(siteDir).filter((name) => /^pagefind/.test(name))) {
    const dir = path.join(siteDir, shard)
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    const names = new Set(files)
    for (const file of files) {
      if (/\.(br|gz)$/.test(file)) continue
      const served = names.has(`${file}.br`) ? `${file}.br` : file
      const stat = statSync(path.join(dir, served))
      if (stat.isFile()) total += stat.size
    }
  }
  return total
}

/**
 * `runs` first searches for `word`, each in a fresh browser: the bytes of the first (they do
 * not vary), and the run with the median time, so one slow start on a shared machine does not
 * decide the figure.
 */
export async function measureMedianSearch(
  siteUrl: string,
  word: string,
  runs: number,
): Promise<FirstSearch> {
  const measured: FirstSearch[] = []
  for (let run = 0; run < runs; run++) measured.push(await measureFirstSearch(siteUrl, word))
  const median = [...measured].sort((a, b) => a.resultMs - b.resultMs)[Math.floor(runs / 2)]!
  return { ...median, bytes: measured[0]!.bytes, files: measured[0]!.files }
}
