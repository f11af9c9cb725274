// `npm run bench:publish [-- --articles 10000 --publishes 20 | --full-only]`: on a synthetic
// archive, (a) times a full rebuild of the site (Astro, search index, precompression) and the
// peak memory of its whole process group; then (b) runs the publishing pipeline as npm start
// does (CMS, publisher, static server) with that build live, publishes articles one at a time
// through the REST API and times each until the static server serves its page and the site's
// own search (the /sok/ page in Chromium) finds a word only that article contains; then (c)
// publishes events the same way, each timed until its page, /evenemang/, the calendar feed and
// the search have it. Prints both cases side by side and the goals as met or missed. Everything runs on 127.0.0.1 and stops by itself.
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { fail, formatSeconds, info, step } from '../src/lib/log'
import { runBench } from './benchRun'
import { publishAndWait, startPipeline } from './publishPipeline'
import { publishEventAndWait } from './publishEvent'
import {
  type EventTiming,
  formatReport,
  seconds,
  type FullBuild,
  type PublishTiming,
} from './publishReport'

const USAGE =
  'Example: npm run bench:publish -- --articles 10000 [--publishes 20] [--events 10] [--full-only] [--archive data/archive.db] (see README.md, "Publish benchmark")'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    publishes: { type: 'string', default: '20' },
    events: { type: 'string', default: '10' },
    'full-only': { type: 'boolean', default: false },
    archive: { type: 'string' },
  },
})
const parsedOptions = z
  .object({
    articles: z.coerce.number().int().min(1).max(1_000_000),
    publishes: z.coerce.number().int().min(1).max(1000),
    events: z.coerce.number().int().min(0).max(1000),
    'full-only': z.boolean(),
    archive: z.string().min(1).optional(),
  })
  .safeParse(values)
if (!parsedOptions.success)
  fail(
    `Invalid options: ${parsedOptions.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    USAGE,
  )
const { articles, publishes, events, 'full-only': isFullOnly, archive } = parsedOptions.data
if (archive && !existsSync(archive)) fail(`No archive at ${archive}`, USAGE)

async function main(): Promise<void> {
  const startedAt = Date.now()
  const loadAtStart = loadavg()[0]!
  const { full, pipeline } = await startPipeline({ name: 'publish', articles, archive, isFullOnly })
  if (!pipeline) return finish({ full, timings: [], eventTimings: [], loadAtStart, startedAt })
  const timings: PublishTiming[] = []
  await step(`(b) ${publishes} publishes, one at a time`, async () => {
    for (let index = 0; index < publishes; index++) {
      const timing = await publishAndWait(pipeline, index)
      timings.push(timing)
      info(
        `publish ${index + 1}/${publishes}: live after ${seconds(timing.liveMs)} (page 200 after ${seconds(timing.pageMs)}) /artikel/${timing.slug}/`,
      )
    }
  })
  const eventTimings: EventTiming[] = []
  if (events > 0)
    await step(`(c) ${events} event publishes, one at a time`, async () => {
      for (let index = 0; index < events; index++) {
        const timing = await publishEventAndWait(pipeline, index)
        eventTimings.push(timing)
        info(
          `event ${index + 1}/${events}: live after ${seconds(timing.liveMs)} (page ${seconds(timing.pageMs)}, list ${seconds(timing.listMs)}, calendar ${seconds(timing.calendarMs)}) /evenemang/${timing.slug}/`,
        )
      }
    })
  finish({ full, timings, eventTimings, loadAtStart, startedAt })
}

function finish({
  full,
  timings,
  eventTimings,
  loadAtStart,
  startedAt,
}: {
  full: FullBuild
  timings: PublishTiming[]
  eventTimings: EventTiming[]
  loadAtStart: number
  startedAt: number
}): void {
  process.stdout.write(
    formatReport({
      articles,
      full,
      timings,
      events: eventTimings,
      load: [loadAtStart, loadavg()[0]!],
    }),
  )
  info(`Benchmark finished in ${formatSeconds(Date.now() - startedAt)}.`)
}

await runBench(main)
