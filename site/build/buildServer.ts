// The publisher's build process, the server end of the build-server protocol
// (buildServerProtocol.ts; the client is site/publisher/buildServerClient.ts): builds one
// release after another on request, with the same code as `npm run build -w site`, and keeps
// between builds what a fresh process would have to make again: Astro's app with the bundled
// site (render.ts), and the last release's manifest and newsroom.
//
// At start-up it checks whether the installed Astro and Pagefind are what the adapters of their
// internals are written for (astroInternals.ts, pagefindInternals.ts); when one is not, it
// says why in its first answer's output and builds without it: every render is then an
// `astro build()` in a fresh process (it exits after each build), or the archive search shard is
// indexed whole on every change.
//
// A preview (preview.ts) renders one article page from a draft with the kept app and the live
// release's newsroom, into memory: it changes nothing the next build starts from.
//
// It takes requests one after the other in the order they came. After a failure it exits, so
// that nothing a failure left half done is reused; a process whose site code changed answers
// 'stale' and exits. It exits when the publisher goes away.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import {
  type BuildRequest,
  type RenderPreviewRequest,
  type RequestMessage,
  serveRequests,
  type WarmRequest,
} from './buildServerProtocol'
import { checkAstroInternals, keepPrerenderApp } from './astroInternals'
import { startCommandRunner } from './commandRunner'
import { codeHash } from './codeHash'
import { compactAt } from './compaction'
import { checkPagefindInternals } from './pagefindInternals'
import type { Support } from './internalsSupport'
import { ReleaseCopies } from './releaseCopies'
import { createRenderer, type Renderer } from './render'
import { NO_KEPT_APP_REFUSAL, type PreviewOutcome, renderPreview } from './preview'
import { countSetting, partSize, startPagefind } from './search'
import {
  buildSite,
  type BuiltRelease,
  type PreviousRelease,
  previousRelease,
  readChanges,
  stepLogger,
  warmUp,
  writeNewsroomCopy,
} from './site'

// First, while this process is small: its commands and Pagefind's indexer start fast from
// there (commandRunner.ts).
startCommandRunner()
const siteDir = path.resolve(import.meta.dirname, '..')
const hash = codeHash(siteDir)
/** Where Astro renders, for this process's whole life (the publisher's data folder). */
const renderDir = process.env.SITE_RENDER_DIR || path.join(siteDir, '.render')
mkdirSync(path.dirname(renderDir), { recursive: true })
/** The release this process built last (or warmed up for), kept in memory. */
let last: PreviousRelease | null = null
/** The next builds' copies of the releases they start from, made ahead (see releaseCopies.ts). */
const copies = new ReleaseCopies(renderDir, process.env.SITE_RECYCLE_DIR || null)
copies.removeLeftovers()
/**
 * How long the newsroom copy waits after a build: writing it (41 MB of JSON at 10,000 articles)
 * keeps a processor busy, which the readers' first requests for the new release and the next
 * publish need more; only a fresh process reads it, and a build asked for meanwhile stops it.
 */
const NEWSROOM_COPY_AFTER_MS = 3000
/** Stops the work done after a build (the newsroom copy) when the next build is asked for. */
let afterwards = new AbortController()
/** A check that could not be made answers "not supported", with why. */
const checked = (check: Promise<Support>) =>
  check.catch((error: Error): Support => ({ isSupported: false, reason: error.message }))
/** What this process builds with, decided at start-up; and why it does without an adapter. */
const setup = Promise.all([
  checked(checkAstroInternals()),
  // After the check, which ends the indexer it used; a failure to start one is no news here
  // (the build's own index says why).
  checked(checkPagefindInternals()).then(async (support) => {
    await startPagefind().catch(() => undefined)
    return support
  }),
]).then(([astro, pagefind]) => ({
  renderer: createRenderer(siteDir, renderDir, {
    keepApp: astro.isSupported ? keepPrerenderApp : undefined,
    log: stepLogger(),
  }),
  readsSearchIds: pagefind.isSupported,
  notes: [
    ...(astro.isSupported ? [] : [`${astro.reason}: every build renders with Astro's build()`]),
    ...(pagefind.isSupported
      ? []
      : [`${pagefind.reason}: the archive search shard is indexed whole on every change`]),
  ],
}))
let queue = Promise.resolve()
let isSetupSaid = false

const end = serveRequests(onRequest)

/** The renderer and search setting, saying in the first request why an adapter is not used. */
async function prepared(
  log: (message: string) => void,
): Promise<{ renderer: Renderer; readsSearchIds: boolean }> {
  const { notes, ...prepared } = await setup
  if (!isSetupSaid) notes.forEach((note) => log(note))
  isSetupSaid = true
  return prepared
}

/** The live release: the one this process built last, if it is, without reading it again. */
function previousOf(dir: string | null, log: (message: string) => void): PreviousRelease | null {
  if (!last || dir !== last.dir || last.manifest.codeHash !== hash)
    return previousRelease(dir, hash, log)
  log(`Incremental build from ${dir} (kept in memory)`)
  return last
}

/** A process whose site code changed answers so and exits: a fresh one bundles the new code. */
async function exitIfStale(id: number): Promise<void> {
  if (codeHash(siteDir) === hash) return
  await end.reply(id, { type: 'stale' })
  process.exit(0)
}

/** Answers a failed request and exits: nothing a failure left half done is reused. */
async function fail(id: number, error: unknown): Promise<never> {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  await end.reply(id, { type: 'failed', message: (error as Error).message })
  process.exit(1)
}

async function warm(id: number, request: WarmRequest): Promise<void> {
  await exitIfStale(id)
  const log = stepLogger()
  try {
    const { renderer } = await prepared(log)
    const previous = renderer.isWarm ? null : previousOf(request.previousDir, log)
    if (previous) {
      // The copies the next builds start from, until releases come back recycled; only the
      // first is waited for (the others follow in the background, niced).
      const spareCopies = countSetting('SITE_SPARE_COPIES', 5)
      const staged = copies.stageWhole(previous.dir, renderer.canKeepApp ? spareCopies : 0)
      // Without a kept app there is nothing to start ahead: each build is a whole astro build.
      if (renderer.canKeepApp) await warmUp({ renderer, previous, log })
      await staged.stage.catch(() => undefined)
      last = previous
      log(`Ready to build from ${previous.dir}`)
    }
  } catch (error) {
    await fail(id, error)
  }
  await end.reply(id, { type: 'warmed' })
}

async function build(id: number, request: BuildRequest): Promise<void> {
  // A build asked for while the last one's work afterwards was still waiting stops it.
  afterwards.abort()
  await exitIfStale(id)
  const log = stepLogger()
  let built: BuiltRelease
  try {
    compactAt()
    partSize()
    const { renderer, readsSearchIds } = await prepared(log)
    const previous = previousOf(request.previousDir, log)
    if (previous) log(copies.startSpare(previous.dir))
    built = await buildSite({
      outDir: request.outDir,
      codeHash: hash,
      previous,
      changes: readChanges(request.changesFile),
      searchStore: request.searchStore,
      readsSearchIds,
      renderer,
      copyRelease: (from, to) => copies.take(from, to),
      log,
    })
    log(`Built ${request.outDir}`)
  } catch (error) {
    return fail(id, error)
  }
  if (!(await setup).renderer.canKeepApp) return answerAndExit(id, request, built)
  last = { dir: request.outDir, manifest: built.manifest, newsroom: built.newsroom }
  await end.reply(id, { type: 'built' })
  // The release is about to go live. Made now, off the next publish's path: its manifest, the
  // next publish's copy of it, then, once no build has been asked for in a while, its copy of
  // the newsroom (both records are for a fresh process: this one keeps them in memory).
  built.writeRecords()
  const ready = copies.built(request.outDir, request.previousDir, built.changes)
  afterwards = new AbortController()
  const { signal } = afterwards
  void ready
    .catch(() => undefined)
    .then(() => sleep(NEWSROOM_COPY_AFTER_MS, undefined, { signal }))
    .then(() =>
      writeNewsroomCopy(request.outDir, built.newsroom, {
        partialFile: `${renderDir}-newsroom.json`,
        signal,
      }),
    )
    .catch((error: Error) => {
      if (!signal.aborted)
        process.stderr.write(`The newsroom copy was not written: ${error.message}\n`)
    })
}

/**
 * Without a kept app, every build is a whole `astro build()`, and a second one in the same
 * process would get the first one's modules (and their cached static paths) from Node's import
 * cache: the process writes the release's records, says it is exiting (the client sends what
 * else it asks for to a fresh one), answers and exits.
 */
async function answerAndExit(id: number, request: BuildRequest, built: BuiltRelease) {
  built.writeRecords()
  await writeNewsroomCopy(request.outDir, built.newsroom, {
    partialFile: `${renderDir}-newsroom.json`,
  })
  await end.exiting()
  await end.reply(id, { type: 'built' })
  process.exit(0)
}

/**
 * Renders a preview. Without a kept app it refuses (a whole `astro build()` per preview would
 * take as long as a publish and end this process). A draft the template cannot render is
 * refused too, and the process goes on: a render changes nothing it keeps. A failed warm-up
 * fails as any other.
 */
async function preview(id: number, request: RenderPreviewRequest): Promise<void> {
  await exitIfStale(id)
  const log = stepLogger()
  let outcome: PreviewOutcome
  try {
    const { renderer } = await prepared(log)
    const previous = renderer.canKeepApp ? previousOf(request.previousDir, log) : null
    if (!renderer.canKeepApp) outcome = { type: 'refused', message: NO_KEPT_APP_REFUSAL }
    else if (!previous)
      outcome = {
        type: 'refused',
        message:
          'Förhandsgranskning går inte: den publicerade webbplatsen är byggd med annan kod. Den fungerar igen efter nästa publicering.',
      }
    else {
      if (!renderer.isWarm) {
        await warmUp({ renderer, previous, log })
        last = previous
      }
      outcome = await renderPreview({ renderer, previous, preview: request.preview }).catch(
        (error: Error): PreviewOutcome => {
          process.stderr.write(`${error.stack ?? error.message}\n`)
          return {
            type: 'refused',
            message: `Förhandsvisningen kunde inte göras (${error.message}). Publiceringen av artikeln skulle troligen misslyckas på samma sätt.`,
          }
        },
      )
    }
  } catch (error) {
    return fail(id, error)
  }
  await end.reply(id, outcome)
}

/** Queues a request behind the ones before it; a build stops the work after the last one. */
function onRequest({ id, request }: RequestMessage): void {
  if (request.type === 'build') afterwards.abort()
  queue = queue.then(async () => {
    await end.start(id)
    if (request.type === 'build') await build(id, request)
    else if (request.type === 'warm') await warm(id, request)
    else await preview(id, request)
  })
}
