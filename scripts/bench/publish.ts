// `npm run bench:publish [-- --articles 10000 --publishes 20 | --full-only]`: on a synthetic
// archive, (a) times a full rebuild of the site (Astro, search index, precompression) and the
// peak memory of its whole process group; then (b) runs the publishing pipeline as npm start
// does (CMS, publisher, static server) with that build live, publishes articles one at a time
// through the REST API and times each until the static server serves its page and the site's
// own search (the /sok/ page in Chromium) finds a word only that article contains; then (c)
// publishes events the same way, each timed until its page, /evenemang/, the calendar feed and
// the search have it. Prints both cases side by side and the goals as met or missed. Several
// sizes (`--articles 10000,100000`) each run in a process of their own, one after the other,
// and are then printed side by side with every build step's median. Everything runs on
// 127.0.0.1 and stops by itself.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { fail, formatSeconds, info, step } from '../src/lib/log'
import { onStop, runBench, runSizeInChild } from './benchRun'
import { publishAndWait, startPipeline, writeSyntheticArchive } from './publishPipeline'
import { checkEquivalence, describeEquivalence, type Equivalence } from './equivalence'
import { publishEventAndWait } from './publishEvent'
import {
  type EventTiming,
  formatComparison,
  formatReport,
  seconds,
  type FullBuild,
  type PublishTiming,
  type SizeRun,
} from './publishReport'

const USAGE =
  'Example: npm run bench:publish -- --articles 10000[,100000] [--publishes 20] [--events 10] [--full-only] [--archive data/archive.db | --archives /tmp/archives] (see scripts/README.md, "Publish")'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    publishes: { type: 'string', default: '20' },
    events: { type: 'string', default: '10' },
    'full-only': { type: 'boolean', default: false },
    archive: { type: 'string' },
    archives: { type: 'string' },
    'verify-max': { type: 'string', default: '10000' },
    // Internal: one size of a several-size run, its result written to this file.
    result: { type: 'string' },
  },
})
const parsedOptions = z
  .object({
    articles: z
      .string()
      .transform((list) => list.split(',').map(Number))
      .pipe(z.array(z.number().int().min(1).max(1_000_000)).min(1)),
    publishes: z.coerce.number().int().min(1).max(1000),
    events: z.coerce.number().int().min(0).max(1000),
    'full-only': z.boolean(),
    archive: z.string().min(1).optional(),
    archives: z.string().min(1).optional(),
    'verify-max': z.coerce.number().int().min(0),
    result: z.string().min(1).optional(),
  })
  .refine((options) => !(options.archive && options.articles.length > 1), {
    path: ['archive'],
    message: 'names one archive: with several sizes, use --archives <folder>',
  })
  .safeParse(values)
if (!parsedOptions.success)
  fail(
    `Invalid options: ${parsedOptions.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    USAGE,
  )
const {
  articles: sizes,
  publishes,
  events,
  'full-only': isFullOnly,
  archive: givenArchive,
  archives,
  'verify-max': verifyMax,
  result,
} = parsedOptions.data
if (givenArchive && !existsSync(givenArchive)) fail(`No archive at ${givenArchive}`, USAGE)

/**
 * The archive a size runs on: the one given, or with --archives `<folder>/archive-<N>.db`
 * (written there first when missing; the same seed writes the same archive), or none (the
 * pipeline writes one of its own).
 */
async function archiveFor(articles: number): Promise<string | undefined> {
  if (givenArchive || !archives) return givenArchive
  const file = path.resolve(archives, `archive-${articles}.db`)
  if (existsSync(file)) return file
  mkdirSync(archives, { recursive: true })
  await step(`Writing a synthetic archive of ${articles} articles into ${file} (kept)`, () =>
    writeSyntheticArchive(articles, file),
  )
  return file
}

/** One size, in this process: the full rebuild, the publishes, the event publishes. */
async function runOneSize(articles: number): Promise<void> {
  const startedAt = Date.now()
  const loadAtStart = loadavg()[0]!
  const archive = await archiveFor(articles)
  const { full, pipeline } = await startPipeline({ name: 'publish', articles, archive, isFullOnly })
  if (!pipeline)
    return finish({
      articles,
      full,
      timings: [],
      eventTimings: [],
      equivalence: null,
      loadAtStart,
      startedAt,
    })
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
  let equivalence: Equivalence | null = null
  if (articles <= verifyMax) {
    const fullDir = mkdtempSync(path.join(tmpdir(), `redaktion-bench-equivalence-${articles}-`))
    onStop(`deleted ${fullDir}`, () => rmSync(fullDir, { recursive: true, force: true }))
    equivalence = await step(`(d) The live release against a full build of the same newsroom`, () =>
      checkEquivalence(pipeline, path.join(fullDir, 'release')),
    )
  }
  finish({ articles, full, timings, eventTimings, equivalence, loadAtStart, startedAt })
}

function finish({
  articles,
  full,
  timings,
  eventTimings,
  equivalence,
  loadAtStart,
  startedAt,
}: {
  articles: number
  full: FullBuild
  timings: PublishTiming[]
  eventTimings: EventTiming[]
  equivalence: Equivalence | null
  loadAtStart: number
  startedAt: number
}): void {
  const run: SizeRun = {
    articles,
    full,
    timings,
    events: eventTimings,
    load: [loadAtStart, loadavg()[0]!],
  }
  const verdict = equivalence && describeEquivalence(equivalence)
  if (verdict) run.equivalence = { isEqual: verdict.isEqual, compared: equivalence!.compared }
  process.stdout.write(formatReport(run))
  if (verdict) {
    process.stdout.write(`${verdict.lines.join('\n')}\n`)
    if (!verdict.isEqual) process.exitCode = 1
  }
  if (result) writeFileSync(result, JSON.stringify(run))
  info(`Benchmark of ${articles} articles finished in ${formatSeconds(Date.now() - startedAt)}.`)
}

/** Runs one size in a child process (its servers and folders end with it). */
function runSize(articles: number, resultFile: string): Promise<SizeRun> {
  const options = [
    ['--articles', String(articles)],
    ['--publishes', String(publishes)],
    ['--events', String(events)],
    ['--result', resultFile],
    ['--verify-max', String(verifyMax)],
    ...(archives ? [['--archives', archives]] : []),
    ...(isFullOnly ? [['--full-only']] : []),
  ].flat()
  return runSizeInChild<SizeRun>(import.meta.filename, articles, options, resultFile)
}

/** Every size one after the other, each in its own process, then all of them side by side. */
async function runSizes(): Promise<void> {
  const startedAt = Date.now()
  const work = mkdtempSync(path.join(tmpdir(), 'redaktion-bench-publish-sizes-'))
  onStop(`deleted ${work}`, () => rmSync(work, { recursive: true, force: true }))
  const runs: SizeRun[] = []
  for (const articles of sizes)
    runs.push(
      await step(`${articles} articles`, () =>
        runSize(articles, path.join(work, `${articles}.json`)),
      ),
    )
  process.stdout.write(formatComparison(runs))
  info(`Benchmark finished in ${formatSeconds(Date.now() - startedAt)}.`)
}

await runBench(sizes.length > 1 ? runSizes : () => runOneSize(sizes[0]!))
