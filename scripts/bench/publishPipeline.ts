// The publishing pipeline as npm start runs it, for benchmarks (bench:publish, bench:preview):
// a synthetic (or copied) archive in a CMS, a full build made live, the publisher with its
// warm build server, the static server and a reader's Chromium tab; and one publish timed
// until its page is served and the site's own search finds it.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { createServer, type RequestListener } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { textToLexical } from '@redaktion/cms/textToLexical'
import { articlePath } from '@redaktion/content-schemas/paths'
import type { Page } from 'playwright-core'

import { info, step } from '../src/lib/log'
import { binDir, repoRoot } from '../src/lib/paths'
import { runProcess, waitForHttp } from '../src/lib/processes'
import { PUBLISHER_DEFAULTS } from '@redaktion/site/publisher/config'
import {
  type PublisherStatus,
  publisherStatusSchema,
  siteRequestHeaders,
} from '@redaktion/content-schemas/siteWebhook'
import { killBuildGroup, stopSearchCompaction } from '@redaktion/site/publisher/runBuild'
import { listReleases, newReleaseId, switchLive } from '@redaktion/site/publisher/releases'
import { ensureCmsBuild } from '../src/start/buildCms'
import { readStartConfig } from '../src/start/config'
import { createLiveSiteHandler, listenOnFreePort } from '@redaktion/site/serve'
import { siteDataFolder } from '@redaktion/site/siteDataFolder'
import { superviseCms } from '../src/start/superviseCms'
import { supervisePublisher } from '../src/start/supervisePublisher'
import { launchChromium } from '../tests/helpers/browser'
import { describeError, giveUp, onStop, sleep } from './benchRun'
import { watchGroupMemory } from './processGroupMemory'
import type { FullBuild, PublishTiming } from './publishReport'
import { type BuildLine, parseBuildLine } from './siteBuildPhases'

/** The first ports tried (the next free one is taken); away from npm start's 3000/4321/4400. */
const PORTS = { cms: 3300, site: 4700, publisher: 4800 }
const FULL_BUILD_TIMEOUT_MS = 2 * 60 * 60_000
const PUBLISH_TIMEOUT_MS = 5 * 60_000
const POLL_MS = 50
const WARM_UP_TIMEOUT_MS = 10 * 60_000
const STATUS_EVERY_MS = 1000
// npm's config warning, and the CMS's logger: INFO lines and the jobs runner's counts.
const QUIET = /Unknown user config "nodedir"|INFO|^\s*\S*(new|retrying)\S*: \d+$/

/** Takes `port` or the next free one above it, and gives it back at once. */
async function freePort(port: number): Promise<number> {
  const probe = createNetServer()
  const taken = await listenOnFreePort(probe, port)
  await new Promise((resolve) => probe.close(resolve))
  return taken
}

/**
 * The full build the publisher would run for its first release (its default build command),
 * in a process group of its own whose memory is sampled from /proc while it runs.
 */
async function runFullBuild(env: NodeJS.ProcessEnv, outDir: string): Promise<FullBuild> {
  const started = performance.now()
  const child = spawn('sh', ['-c', PUBLISHER_DEFAULTS.PUBLISHER_BUILD_COMMAND], {
    cwd: repoRoot,
    env: {
      ...env,
      PATH: `${binDir}:${env.PATH ?? ''}`,
      NODE_ENV: 'production',
      SITE_OUT_DIR: outDir,
      PUBLISHER_PREVIOUS_RELEASE: '',
      PUBLISHER_CHANGES_FILE: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const memory = watchGroupMemory(child.pid!)
  const stopBuild = () => killBuildGroup(child.pid!)
  const forget = onStop('stopped the full build', stopBuild)
  const lines: BuildLine[] = []
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => {
      const buildLine = parseBuildLine(line)
      if (buildLine) lines.push(buildLine)
      process.stdout.write(`  [full build] ${line}\n`)
    })
  let isTimedOut = false
  const timer = setTimeout(() => {
    isTimedOut = true
    stopBuild()
  }, FULL_BUILD_TIMEOUT_MS)
  try {
    const exit = await new Promise<number | string | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code, signal) => resolve(code ?? signal))
    })
    if (isTimedOut)
      throw new Error(`The full build took longer than ${FULL_BUILD_TIMEOUT_MS / 60_000} minutes`)
    if (exit !== 0)
      throw new Error(`The full build exited with ${exit}; read the [full build] lines above.`)
  } finally {
    clearTimeout(timer)
    forget()
  }
  return { seconds: (performance.now() - started) / 1000, peak: memory.stop(), lines }
}

/**
 * Writes the synthetic archive of `articles` articles (`npm run archive`) into the SQLite file
 * `file`, with the secrets it needs made in `dataDir` (by default a folder deleted afterwards).
 */
export async function writeSyntheticArchive(
  articles: number,
  file: string,
  dataDir?: string,
): Promise<void> {
  const folder = dataDir ?? mkdtempSync(path.join(tmpdir(), 'redaktion-bench-archive-'))
  try {
    const env = { ...process.env, DATA_DIR: folder, DATABASE_URL: `file:${file}` }
    await runProcess(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/src/archive/cli.ts',
        '--articles',
        String(articles),
        '--database-url',
        `file:${file}`,
      ],
      {
        cwd: repoRoot,
        env: { ...readStartConfig(env).childEnv, RUN_JOBS: 'false' },
        prefix: '  [archive]',
        quiet: QUIET,
      },
    )
  } finally {
    if (!dataDir) rmSync(folder, { recursive: true, force: true })
  }
}

/** Whether a `cp` runs on a folder under `dir` (from /proc: a process may end while read). */
function isCopying(dir: string): boolean {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let words: string[]
    try {
      words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
    } catch {
      continue
    }
    if (words.includes('cp') && words.some((word) => word.startsWith(dir))) return true
  }
  return false
}

/** Resolves once no copy has run under `dir` for a second. */
async function copiesDone(dir: string): Promise<void> {
  const started = Date.now()
  for (let quiet = 0; quiet < 4; quiet = isCopying(dir) ? 0 : quiet + 1) {
    if (Date.now() - started > WARM_UP_TIMEOUT_MS)
      throw new Error(`The build server still copied after ${WARM_UP_TIMEOUT_MS / 1000} s`)
    await sleep(250)
  }
}

/** Whether the site's search page, loaded again, lists the page at `href` for `word`. */
export async function searchFinds(page: Page, siteUrl: string, word: string, href: string) {
  await page.goto(`${siteUrl}/sok/?q=${encodeURIComponent(word)}`)
  const outcome = await page.waitForFunction(
    (href) => {
      const list = document.querySelector('#sokresultat')
      if (list?.querySelector(`a[href^="${href}"]`)) return 'found'
      const status = document.querySelector('#sokstatus')?.textContent ?? ''
      if (/Inga träffar/.test(status) || (/träff/.test(status) && list?.children.length))
        return 'missing'
      return null
    },
    href,
    { timeout: 30_000, polling: 20 },
  )
  return (await outcome.jsonValue()) === 'found'
}

/** A word no other article contains: eight random syllables, so the search must find this one. */
export function nonsenseWord(): string {
  const consonants = 'bdfgklmnprstvxz'
  const vowels = 'aeiouy'
  const bytes = randomBytes(16)
  let word = 'pling'
  for (let index = 0; index < bytes.length; index += 2)
    word +=
      consonants[bytes[index]! % consonants.length]! + vowels[bytes[index + 1]! % vowels.length]!
  return word
}

/** Registers the archive's first user (Payload makes it an admin) and talks REST as them. */
export async function newsroomApi(cmsUrl: string) {
  const register = await fetch(`${cmsUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@redaktion.example',
      password: randomBytes(12).toString('hex'),
      name: 'Publiceringsmätning',
    }),
  })
  const { token } = (await register.json()) as { token?: string }
  if (!register.ok || !token) throw new Error(`Could not register an admin: ${register.status}`)
  const api = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${cmsUrl}/api/${url}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok)
      throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  const ids = async (collection: string) =>
    (await api<{ docs: { id: string }[] }>('GET', `${collection}?depth=0&limit=100`)).docs.map(
      (doc) => doc.id,
    )
  const [categories, authors, topics] = await Promise.all([
    ids('categories'),
    ids('authors'),
    ids('topics'),
  ])
  /** Publishes an article that contains `word`; returns its slug. */
  const publish = async (index: number, word: string): Promise<string> => {
    const { doc } = await api<{ doc: { slug: string } }>('POST', 'articles?depth=0', {
      _status: 'published',
      title: `Publiceringsmätning ${index + 1}: ny rutin för allmänna handlingar`,
      lead: 'Myndigheten inför en ny rutin för att lämna ut allmänna handlingar.',
      body: textToLexical([
        { kind: 'p', text: `Enligt rutinen ska varje begäran registreras i ${word} samma dag.` },
        { kind: 'p', text: 'Förbundet välkomnar beslutet men efterlyser mer resurser.' },
      ]),
      category: categories[index % categories.length],
      authors: [authors[index % authors.length]],
      topics: index % 2 ? [topics[index % topics.length]] : [],
    })
    return doc.slug
  }
  /**
   * Publishes an upcoming event (some days ahead, so the calendar feed lists it) whose title
   * holds `word`; returns its slug.
   */
  const publishEvent = async (index: number, word: string): Promise<string> => {
    const startsAt = new Date(Date.now() + (7 + index) * 24 * 60 * 60 * 1000)
    const { doc } = await api<{ doc: { slug: string } }>('POST', 'events?depth=0', {
      _status: 'published',
      title: `Seminarium ${word}: allmänna handlingar i praktiken`,
      summary: 'Ett seminarium om hur myndigheterna lämnar ut allmänna handlingar.',
      description: textToLexical([
        { kind: 'p', text: `Förbundets jurister går igenom rutinen i ${word}.` },
        { kind: 'p', text: 'Det bjuds på fika.' },
      ]),
      speakers: [{ name: 'Maria Berg', role: 'förbundsjurist' }],
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000).toISOString(),
      attendance: 'onsite',
      venue: { name: 'Förbundshuset', room: 'Stora salen', address: 'Sveavägen 44, Stockholm' },
      registration: { mode: 'none' },
      eventStatus: 'planned',
      category: categories[index % categories.length],
    })
    return doc.slug
  }
  return { publish, publishEvent, api, token }
}

export type NewsroomApi = Awaited<ReturnType<typeof newsroomApi>>

export interface Pipeline {
  siteUrl: string
  publisherUrl: string
  /** The webhook secret: GET /status is signed with it. */
  publisherSecret: string
  publish: (index: number, word: string) => Promise<string>
  publishEvent: (index: number, word: string) => Promise<string>
  /** The reader's tab the search page is loaded in. */
  reader: Page
  /** Every line the publisher printed so far. */
  publisherLines: string[]
  cmsUrl: string
  /** The CMS's REST API as the benchmark's admin, and its session token. */
  api: NewsroomApi['api']
  token: string
  /** The `live` symlink: the release the site server serves. */
  liveLink: string
  /** Runs a full build of the newsroom as it is now into `outDir`, as (a) did. */
  fullBuild: (outDir: string) => Promise<FullBuild>
}

/**
 * A GET to one of the servers on 127.0.0.1 that the benchmark polls, tried three times: a
 * connection that breaks while the publisher or the site server is busy says nothing about
 * when the publish went live, so it is reported and the poll goes on.
 */
export async function localGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers })
    } catch (error) {
      if (attempt === 3) throw new Error(`GET ${url}: ${describeError(error)}`, { cause: error })
      info(`GET ${url}: ${describeError(error)}; trying again`)
      await sleep(200)
    }
  }
}

export async function publisherStatus(
  publisherUrl: string,
  secret: string,
): Promise<PublisherStatus> {
  const url = `${publisherUrl}/status`
  const headers = siteRequestHeaders({ method: 'GET', url, rawBody: '', secret })
  return publisherStatusSchema.parse(await (await localGet(url, headers)).json())
}

/** Publishes one article and waits until its page is served and the search finds it. */
export async function publishAndWait(pipeline: Pipeline, index: number): Promise<PublishTiming> {
  const { siteUrl, publisherUrl, publisherSecret, reader, publisherLines } = pipeline
  const word = nonsenseWord()
  const before = await publisherStatus(publisherUrl, publisherSecret)
  const firstLine = publisherLines.length
  const wallStart = Date.now()
  const started = performance.now()
  const slug = await pipeline.publish(index, word)
  const restMs = performance.now() - started

  let pageMs: number | null = null
  let searchChecks = 0
  let lastStatusCheck = performance.now()
  for (;;) {
    const now = performance.now()
    if (now - started > PUBLISH_TIMEOUT_MS)
      throw new Error(`/artikel/${slug}/ was not live after ${PUBLISH_TIMEOUT_MS / 1000} s`)
    if (now - lastStatusCheck > STATUS_EVERY_MS) {
      lastStatusCheck = now
      const { lastError } = await publisherStatus(publisherUrl, publisherSecret)
      if (lastError && Date.parse(lastError.at) >= wallStart)
        throw new Error(`The build of /artikel/${slug}/ failed: ${lastError.message}`)
    }
    if (pageMs === null) {
      const response = await localGet(`${siteUrl}/artikel/${slug}/`)
      await response.body?.cancel()
      if (response.status !== 200) {
        await sleep(POLL_MS)
        continue
      }
      pageMs = performance.now() - started
    }
    searchChecks++
    if (await searchFinds(reader, siteUrl, word, articlePath(slug))) break
    await sleep(POLL_MS)
  }
  const liveMs = performance.now() - started

  const after = await publisherStatus(publisherUrl, publisherSecret)
  const release = after.lastRelease!
  const buildEndMs = Date.parse(release.finishedAt) - wallStart
  return {
    slug,
    restMs,
    buildStartMs: buildEndMs - release.durationMs,
    buildEndMs,
    pageMs,
    liveMs,
    searchChecks,
    builds: after.builds - before.builds,
    lines: publisherLines.slice(firstLine).flatMap((line) => parseBuildLine(line) ?? []),
  }
}

/**
 * Starts the pipeline on an archive of `articles` (written, or copied from `archive`) and times
 * a full build of it, which becomes the live release; with `isFullOnly`, stops there. Everything
 * it starts is stopped by benchRun's cleanUp.
 */
export async function startPipeline({
  name,
  articles,
  archive,
  isFullOnly = false,
}: {
  /** The benchmark's name, for its work folder. */
  name: string
  articles: number
  archive: string | undefined
  isFullOnly?: boolean
}): Promise<{ full: FullBuild; pipeline: Pipeline | null }> {
  await step('Checking the CMS build', () =>
    ensureCmsBuild({ ...process.env, NODE_ENV: 'production' }),
  )
  const work = mkdtempSync(path.join(tmpdir(), `redaktion-bench-${name}-${articles}-`))
  onStop(`deleted ${work}`, () => rmSync(work, { recursive: true, force: true }))
  const databaseUrl = `file:${path.join(work, 'archive.db')}`

  // readStartConfig makes the secrets (PAYLOAD_SECRET, the webhook's) in the data folder.
  const startEnv = { ...process.env, DATA_DIR: work, DATABASE_URL: databaseUrl }
  if (archive)
    // A copy: the benchmark publishes into its database, and an archive of 100,000 articles
    // takes a quarter of an hour to write.
    await step(`Copying the archive ${archive}`, async () => {
      // With its write-ahead log: SQLite keeps the last writes there until a checkpoint, and a
      // copy without it lacked the archive's last articles.
      for (const suffix of ['', '-wal'])
        if (existsSync(`${archive}${suffix}`))
          await copyFile(`${archive}${suffix}`, path.join(work, `archive.db${suffix}`))
    })
  else
    await step(`Writing a synthetic archive of ${articles} articles`, () =>
      writeSyntheticArchive(articles, path.join(work, 'archive.db'), work),
    )

  // The ports just before the servers start (this machine may run other benchmarks), all
  // before any of them, as npm start does: the CMS reads the publisher's address at start-up,
  // and the site build writes the site's address into pages (and into its code hash).
  let siteHandler: RequestListener = (_, response) => {
    response.statusCode = 503
    response.end('Sajten byggs.')
  }
  const siteServer = createServer((request, response) => siteHandler(request, response))
  const sitePort = await listenOnFreePort(siteServer, PORTS.site)
  onStop('stopped the site server', () => siteServer.close())
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const cmsPort = await freePort(PORTS.cms)
  const publisherPort = await freePort(PORTS.publisher)
  const publisherUrl = `http://127.0.0.1:${publisherPort}`
  const config = readStartConfig({
    ...startEnv,
    CMS_PORT: String(cmsPort),
    SERVER_URL: `http://127.0.0.1:${cmsPort}`,
  })
  // What the CMS, the full build and the publisher's builds all get, as under npm start.
  const siteEnv = {
    ...config.childEnv,
    SITE_URL: siteUrl,
    PUBLISHER_BUILD_COMMAND: PUBLISHER_DEFAULTS.PUBLISHER_BUILD_COMMAND,
  }

  const cms = superviseCms({
    env: {
      ...siteEnv,
      PORT: String(cmsPort),
      SITE_WEBHOOK_URL: `${publisherUrl}/webhook`,
      SITE_WEBHOOK_SECRET: config.webhookSecret,
      PUBLISHER_URL: publisherUrl,
    },
    dataDir: work,
    restartDelayMs: config.cmsRestartDelayMs,
    quiet: QUIET,
    onGiveUp: (code) => giveUp(`The CMS keeps stopping (last exit ${code})`),
  })
  onStop('stopped the CMS', () => cms.stop())
  await step('Starting the CMS', async () => {
    await waitForHttp(`${config.cmsUrl}/api/articles?limit=1`, 180_000)
    // Whoever answers must be this CMS: another one may have taken the port meanwhile.
    const { totalDocs } = (await (
      await fetch(`${config.cmsUrl}/api/articles?limit=1&depth=0`)
    ).json()) as { totalDocs?: number }
    if (totalDocs !== articles)
      throw new Error(
        `The server on port ${cmsPort} has ${totalDocs} articles, not the archive's ${articles}: another program took the port; run the benchmark again`,
      )
  })

  const paths = siteDataFolder(work)
  const releaseId = newReleaseId(new Date(), listReleases(paths))
  const full = await step(`(a) Full rebuild of ${articles} articles`, () =>
    runFullBuild(siteEnv, path.join(paths.releasesDir, releaseId)),
  )
  if (isFullOnly) return { full, pipeline: null }

  // The full build becomes the live release the publisher builds on.
  switchLive(paths, releaseId)
  siteHandler = createLiveSiteHandler(paths.liveLink)
  const publisherLines: string[] = []
  const publisher = supervisePublisher({
    env: {
      ...siteEnv,
      PUBLISHER_HOST: '127.0.0.1',
      PUBLISHER_PORT: String(publisherPort),
      SITE_WEBHOOK_SECRET: config.webhookSecret,
    },
    dataDir: work,
    restartDelayMs: 1000,
    quiet: QUIET,
    onLine: (line) => publisherLines.push(line),
    onGiveUp: (code) => giveUp(`The publisher keeps stopping (last exit ${code})`),
  })
  onStop('stopped the publisher', () => publisher.stop())
  // A search compaction (after SITE_SEARCH_COMPACT_AT publishes) runs detached: stop it too.
  onStop('checked for a search compaction', () => {
    stopSearchCompaction(paths.searchStore)
  })
  await step('Starting the publisher', async () => {
    await waitForHttp(`${publisherUrl}/status`, 60_000)
    const status = await publisherStatus(publisherUrl, config.webhookSecret)
    if (status.state !== 'idle' || status.pending.changes > 0)
      throw new Error(
        `The publisher did not take the full build as live: ${JSON.stringify(status)}`,
      )
  })
  // As after any start of the publisher with a live release: the build server gets Astro
  // going and reads the release before the first publish asks (publishes are measured after).
  await step('Warming up the build server', async () => {
    for (const started = Date.now(); ; await sleep(POLL_MS)) {
      if (publisherLines.some((line) => line.includes('The build server is ready'))) return
      const failure = publisherLines.find((line) => line.includes('did not warm up'))
      if (failure) throw new Error(failure)
      if (Date.now() - started > WARM_UP_TIMEOUT_MS)
        throw new Error(`The build server was not ready after ${WARM_UP_TIMEOUT_MS / 1000} s`)
    }
  })
  // The warm-up also makes copies of the release for the first builds, in the background
  // (site/build/releaseCopies.ts); a running newsroom has them, so publishes wait for them.
  await step("Waiting for the build server's copies made ahead", () => copiesDone(work))
  const { publish, publishEvent, api, token } = await newsroomApi(config.cmsUrl)
  // Closed by this script on Ctrl-C, with everything else it started.
  const browser = await launchChromium({ handleSIGINT: false })
  onStop('closed Chromium', () => browser.close())
  // One reader's tab, loaded again for every check; the search's files revalidate (no-cache).
  const reader = await browser.newPage({ locale: 'sv-SE' })

  const pipeline: Pipeline = {
    siteUrl,
    publisherUrl,
    publisherSecret: config.webhookSecret,
    publish,
    publishEvent,
    reader,
    publisherLines,
    cmsUrl: config.cmsUrl,
    api,
    token,
    liveLink: paths.liveLink,
    fullBuild: (outDir) => runFullBuild(siteEnv, outDir),
  }
  return { full, pipeline }
}
