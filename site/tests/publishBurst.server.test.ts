// A burst of publishes through the CMS becomes at most two site builds: the CMS sends each
// delivery as its change is made; the first starts a build, and those that arrive while it runs
// wait until none has come for PUBLISHER_SETTLE_MS (or PUBLISHER_MAX_WAIT_MS since the burst
// began) and are built together. The 50 articles are new, with
// unique titles, in one category, and stay: no other server test counts the articles.
import { describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { waitForNoDueSiteJobs } from '../../scripts/tests/helpers/siteJobs'
import { waitForQuiet } from './helpers/startPublisher'

const { cmsUrl, siteUrl, publisherUrl, publisherSecret, dataDir } = serverContext()
const ARTICLES = 50
/**
 * Requests in flight at once, so the 50 go in as fast as the CMS takes them: 4–7 s on two
 * busy cores. That time is not asserted (it measures the machine); the publisher's wait for a
 * burst to settle (at most PUBLISHER_MAX_WAIT_MS, 10 s) covers it, which is what keeps the
 * burst to two builds.
 */
const CONCURRENCY = 16

/** Runs `task` for 0 … count-1, at most `concurrency` at a time, results in order. */
async function inParallel<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = []
  let next = 0
  const worker = async () => {
    for (let index = next++; index < count; index = next++) results[index] = await task(index)
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

describe('a burst of publishes', () => {
  it('is built in at most 2 builds, and every article page is served afterwards', async () => {
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token } = await login(cmsUrl, editor.email, editor.password)
    const api = async (url: string, init?: RequestInit) => {
      const response = await fetch(`${cmsUrl}/api/${url}`, {
        ...init,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      })
      const json = (await response.json()) as { doc?: { slug: string }; docs?: { id: string }[] }
      if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json)}`)
      return json
    }
    const [category] = (await api('categories?depth=0&where[slug][equals]=kultur-och-fritid')).docs!
    const [author] = (await api('authors?depth=0&limit=1&sort=name')).docs!
    const run = Date.now()
    // Only this burst may cause builds: nothing else queued or due (a scheduled publish).
    await waitForNoDueSiteJobs(dataDir)
    const before = await waitForQuiet(publisherUrl, publisherSecret)

    const started = Date.now()
    const slugs = await inParallel(ARTICLES, CONCURRENCY, async (index) => {
      const { doc } = await api('articles', {
        method: 'POST',
        body: JSON.stringify({
          _status: 'published',
          title: `Sommarlovsprov ${run} nummer ${index + 1}: kommunen öppnar badhuset längre`,
          lead: 'En av femtio artiklar som publiceras på en gång.',
          category: category!.id,
          authors: [author!.id],
        }),
      })
      return doc!.slug
    })
    const burst = `${ARTICLES} publishes in ${Date.now() - started} ms`

    const after = await waitForQuiet(publisherUrl, publisherSecret)
    expect(after.lastError).toBeNull()
    expect(after.builds - before.builds, burst).toBeGreaterThanOrEqual(1)
    expect(after.builds - before.builds, burst).toBeLessThanOrEqual(2)
    const statuses = await inParallel(
      ARTICLES,
      CONCURRENCY,
      async (index) => (await fetch(`${siteUrl}/artikel/${slugs[index]}/`)).status,
    )
    expect(statuses).toEqual(Array.from({ length: ARTICLES }, () => 200))
  }, 600_000)
})
