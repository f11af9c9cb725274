// The event case of bench:publish: one event published through the REST API and timed until
// it is live everywhere a reader meets it: its page, the list /evenemang/, the calendar feed
// /evenemang/kalender.ics and the site's search.
import { eventPath } from '@redaktion/content-schemas/paths'

import { sleep } from './benchRun'
import {
  localGet,
  nonsenseWord,
  type Pipeline,
  publisherStatus,
  searchFinds,
} from './publishPipeline'
import type { EventTiming } from './publishReport'
import { parseBuildLine } from './siteBuildPhases'

const PUBLISH_TIMEOUT_MS = 5 * 60_000
const POLL_MS = 50
const STATUS_EVERY_MS = 1000

/** An iCalendar text with its folded lines joined again (RFC 5545, 3.1). */
export const unfoldIcs = (text: string): string => text.replace(/\r?\n[ \t]/g, '')

/** Publishes one event and waits until its page, the list, the calendar and the search have it. */
export async function publishEventAndWait(pipeline: Pipeline, index: number): Promise<EventTiming> {
  const { siteUrl, publisherUrl, publisherSecret, reader, publisherLines } = pipeline
  const word = nonsenseWord()
  const before = await publisherStatus(publisherUrl, publisherSecret)
  const firstLine = publisherLines.length
  const wallStart = Date.now()
  const started = performance.now()
  const slug = await pipeline.publishEvent(index, word)
  const restMs = performance.now() - started
  const href = eventPath(slug)
  const since = () => performance.now() - started

  // Each check in turn: a later one is only tried once the earlier ones have passed.
  const checks: { name: string; passes: () => Promise<boolean>; ms: number | null }[] = [
    {
      name: 'its page',
      passes: async () => {
        const response = await localGet(`${siteUrl}${href}`)
        await response.body?.cancel()
        return response.status === 200
      },
      ms: null,
    },
    {
      name: '/evenemang/',
      passes: async () =>
        (await (await localGet(`${siteUrl}/evenemang/`)).text()).includes(`href="${href}"`),
      ms: null,
    },
    {
      name: '/evenemang/kalender.ics',
      passes: async () =>
        unfoldIcs(await (await localGet(`${siteUrl}/evenemang/kalender.ics`)).text()).includes(
          word,
        ),
      ms: null,
    },
  ]
  let searchChecks = 0
  let lastStatusCheck = performance.now()
  for (;;) {
    if (since() > PUBLISH_TIMEOUT_MS) {
      const missing = checks.find((check) => check.ms === null)?.name ?? 'the search'
      throw new Error(`${href} was not live (${missing}) after ${PUBLISH_TIMEOUT_MS / 1000} s`)
    }
    if (performance.now() - lastStatusCheck > STATUS_EVERY_MS) {
      lastStatusCheck = performance.now()
      const { lastError } = await publisherStatus(publisherUrl, publisherSecret)
      if (lastError && Date.parse(lastError.at) >= wallStart)
        throw new Error(`The build of ${href} failed: ${lastError.message}`)
    }
    const next = checks.find((check) => check.ms === null)
    if (next) {
      if (await next.passes()) next.ms = since()
      else await sleep(POLL_MS)
      continue
    }
    searchChecks++
    if (await searchFinds(reader, siteUrl, word, href)) break
    await sleep(POLL_MS)
  }
  const liveMs = since()

  const after = await publisherStatus(publisherUrl, publisherSecret)
  const release = after.lastRelease!
  const buildEndMs = Date.parse(release.finishedAt) - wallStart
  const [page, list, calendar] = checks.map((check) => check.ms!)
  return {
    slug,
    restMs,
    buildStartMs: buildEndMs - release.durationMs,
    buildEndMs,
    pageMs: page!,
    listMs: list!,
    calendarMs: calendar!,
    liveMs,
    searchChecks,
    builds: after.builds - before.builds,
    lines: publisherLines.slice(firstLine).flatMap((line) => parseBuildLine(line) ?? []),
  }
}
