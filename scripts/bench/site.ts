// `npm run bench:site [-- --sizes 1000,10000,100000]`: the cost of a reader's first search on
// the layout the publisher serves, against a default Pagefind index of the same pages. For each
// size, in a process of its own (everything it starts is stopped when it ends): a synthetic
// archive, the full build made live, one publish through the publisher (so a recent search
// shard exists, as it does in a running newsroom), then the first search on that release; then
// `pagefind --site` over a copy of the same release, served the same way, as the reference.
// Prints, for each word, first-search bytes and the median time to the first result of a few
// runs, then the index size, each with its ratio to the reference; then each word's largest
// files, and for the first word when each search file arrived. Everything runs on 127.0.0.1.
import { mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { hardLinkCopy } from '@redaktion/site/build/tree'
import { createSiteHandler, listenOnFreePort } from '@redaktion/site/serve'
import { fail, formatSeconds, info, step } from '../src/lib/log'
import { binDir, repoRoot } from '../src/lib/paths'
import { runProcess } from '../src/lib/processes'
import { onStop, runBench, runSizeInChild } from './benchRun'
import { type FirstSearch, measureMedianSearch, servedIndexBytes } from './firstSearch'
import { publishAndWait, startPipeline } from './publishPipeline'

const USAGE =
  'Example: npm run bench:site -- --sizes 1000,10000 [--words myndighet,huvudavtal] [--runs 3]'
/**
 * Words of the synthetic archive from common to rare: "myndighet" (its stem "mynd" is in 90 %
 * of the articles), "huvudavtal" (10 %), "kristianstad" (5 %, about the rarest word the
 * archive's small vocabulary has; a real archive's queries are mostly rarer).
 */
const WORDS = 'myndighet,huvudavtal,kristianstad'
const REFERENCE_PORT = 4900

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    words: { type: 'string', default: WORDS },
    runs: { type: 'string', default: '3' },
    // Internal: one size, run by the parent process, its result written to a file.
    size: { type: 'string' },
    result: { type: 'string' },
  },
})
const parsed = z
  .object({
    sizes: z
      .string()
      .transform((list) => list.split(',').map(Number))
      .pipe(z.array(z.number().int().min(1).max(1_000_000)).min(1)),
    words: z
      .string()
      .transform((list) => list.split(','))
      .pipe(z.array(z.string().regex(/^\p{L}+$/u)).min(1)),
    runs: z.coerce.number().int().min(1).max(15),
    size: z.coerce.number().int().min(1).optional(),
    result: z.string().optional(),
  })
  .safeParse(values)
if (!parsed.success)
  fail(
    `Invalid options: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    USAGE,
  )
const { sizes, words, runs, size, result } = parsed.data

/** One layout's first searches, by word, and its index size. */
interface Searched {
  searches: Record<string, FirstSearch>
  indexBytes: number
}

interface SizeResult {
  articles: number
  fullBuildSeconds: number
  live: Searched
  reference: Searched & { pagefindSeconds: number }
}

/** Every word's first search on the site at `siteUrl`, its time the median of `runs`. */
async function searchWords(siteUrl: string): Promise<Record<string, FirstSearch>> {
  const searches: Record<string, FirstSearch> = {}
  for (const word of words) searches[word] = await measureMedianSearch(siteUrl, word, runs)
  return searches
}

/** `pagefind --site` over a copy of the live release, served as the site is; its first search. */
async function measureReference(liveDir: string, work: string) {
  const siteDir = path.join(work, 'reference')
  await hardLinkCopy(liveDir, siteDir)
  for (const name of readdirSync(siteDir).filter((entry) => /^pagefind/.test(entry)))
    rmSync(path.join(siteDir, name), { recursive: true, force: true })
  const started = performance.now()
  await step('Reference: a default Pagefind index of the same pages', () =>
    runProcess(path.join(binDir, 'pagefind'), ['--site', siteDir, '--silent'], {
      cwd: repoRoot,
      env: process.env,
      prefix: '  [pagefind]',
    }),
  )
  const pagefindSeconds = (performance.now() - started) / 1000
  // As any server compresses text: pagefind.js and its entry file (its index is gzip already).
  await runProcess(
    process.execPath,
    ['site/build/precompress.mjs', path.join(siteDir, 'pagefind')],
    { cwd: repoRoot, env: process.env, prefix: '  [precompress]' },
  )
  const server = createServer(createSiteHandler(siteDir))
  const port = await listenOnFreePort(server, REFERENCE_PORT)
  try {
    const searches = await searchWords(`http://127.0.0.1:${port}`)
    return { searches, indexBytes: servedIndexBytes(siteDir), pagefindSeconds }
  } finally {
    server.close()
  }
}

/** One size, in this process: the live layout after one publish, then the reference. */
async function measureSize(articles: number, resultFile: string): Promise<void> {
  const { full, pipeline } = await startPipeline({ name: 'site', articles, archive: undefined })
  await step('One publish, so that a recent search shard exists', () =>
    publishAndWait(pipeline!, 0),
  )
  const liveDir = realpathSync(pipeline!.liveLink)
  const live = await step('First searches on the live release', async () => ({
    searches: await searchWords(pipeline!.siteUrl),
    indexBytes: servedIndexBytes(liveDir),
  }))
  const work = mkdtempSync(path.join(tmpdir(), `redaktion-bench-site-reference-${articles}-`))
  onStop(`deleted ${work}`, () => rmSync(work, { recursive: true, force: true }))
  const reference = await measureReference(liveDir, work)
  const measured: SizeResult = { articles, fullBuildSeconds: full.seconds, live, reference }
  writeFileSync(resultFile, JSON.stringify(measured))
}

/** Runs one size in a child process (its servers and folders end with it). */
function runSize(articles: number, resultFile: string): Promise<SizeResult> {
  const options = ['--size', String(articles), '--result', resultFile]
  const measured = ['--words', words.join(','), '--runs', String(runs)]
  return runSizeInChild<SizeResult>(
    import.meta.filename,
    articles,
    [...options, ...measured],
    resultFile,
  )
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1)
const ratio = (value: number, reference: number) => `${(value / reference).toFixed(2)}×`

type Row = [string, (searched: Searched) => number, (n: number) => string]

function formatTable(results: SizeResult[]): string {
  const columns = ['live', 'default', 'ratio']
  const header =
    'measure'.padEnd(34) +
    results.map((r) => columns.map((c) => `${r.articles} ${c}`.padStart(15)).join('')).join('')
  const rows: Row[] = [
    ...words.flatMap((word): Row[] => [
      [`"${word}": first search (kB)`, (s) => s.searches[word]!.bytes, kB],
      [`"${word}": first result (ms)`, (s) => s.searches[word]!.resultMs, (n) => n.toFixed(0)],
      [`"${word}": hits`, (s) => s.searches[word]!.hits, String],
    ]),
    ['search index (MB)', (s) => s.indexBytes, (n) => (n / 1024 / 1024).toFixed(1)],
  ]
  const lines = rows.map(
    ([label, get, format]) =>
      label.padEnd(34) +
      results
        .map((r) =>
          [format(get(r.live)), format(get(r.reference)), ratio(get(r.live), get(r.reference))]
            .map((cell) => cell.padStart(15))
            .join(''),
        )
        .join(''),
  )
  const [word] = words
  const layouts = (r: SizeResult, searched = word!) =>
    (['live', 'reference'] as const).map((which) => ({
      name: `${r.articles} articles, ${which === 'live' ? 'live' : 'default'}`,
      search: r[which].searches[searched]!,
    }))
  const largest = words.flatMap((searched) => [
    `"${searched}":`,
    ...results
      .flatMap((r) => layouts(r, searched))
      .map(
        ({ name, search }) =>
          `  ${name}: ${search.files
            .slice(0, 5)
            .map(([file, bytes]) => `${file} ${kB(bytes)} kB`)
            .join(', ')} (${search.files.length} files)`,
      ),
  ])
  const timelines = results
    .flatMap((r) => layouts(r))
    .flatMap(({ name, search }) => [
      `${name} (ms after DOMContentLoaded: asked → arrived):`,
      ...search.timeline.map(
        ([file, start, end]) =>
          `  ${start.toFixed(0).padStart(6)} → ${end.toFixed(0).padStart(6)}  ${file}`,
      ),
      `  first result at ${search.resultMs.toFixed(0)}`,
    ])
  return [
    header,
    ...lines,
    '',
    'Largest files of each first search:',
    ...largest,
    '',
    `Where the time of the median search for "${word}" went:`,
    ...timelines,
    '',
  ].join('\n')
}

async function main(): Promise<void> {
  const startedAt = Date.now()
  const work = mkdtempSync(path.join(tmpdir(), 'redaktion-bench-site-'))
  onStop(`deleted ${work}`, () => rmSync(work, { recursive: true, force: true }))
  const results: SizeResult[] = []
  for (const articles of sizes)
    results.push(
      await step(`${articles} articles`, () =>
        runSize(articles, path.join(work, `${articles}.json`)),
      ),
    )
  process.stdout.write(
    `\nFirst searches (Chromium, 127.0.0.1, empty cache; bytes are response bodies as sent; time the median of ${runs} runs)\n${formatTable(results)}`,
  )
  info(`Benchmark finished in ${formatSeconds(Date.now() - startedAt)}.`)
}

await runBench(size && result ? () => measureSize(size, result) : main)
