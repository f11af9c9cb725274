// The publisher's build process (started by scripts/src/publisher/buildServer.ts): builds one
// release after another on request, with the same code as `npm run build -w site`, and keeps
// between builds what a fresh process would have to make again: Astro's app with the bundled
// site (build/render.ts), and the last release's manifest and newsroom.
//
// Messages (Node IPC), answered one after the other in the order they came:
//   publisher → { type: 'build', outDir, previousDir, changesFile, searchStore }
//             | { type: 'warm', previousDir }
//   build     → { type: 'built' } | { type: 'warmed' } | { type: 'failed', message } | { type: 'stale' }
// 'warm' readies the process for builds from the live release before the first publish asks
// (Astro started, the site bundled, the release read, its next copy made). 'stale': the site's
// code changed since this process bundled it; it exits without building, and the publisher
// starts a fresh one. After a failure it exits too, so that nothing a failure left half done is
// reused. It exits when the publisher goes away.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import path from 'node:path'

import { codeHash } from './build/codeHash'
import { compactAt } from './build/compaction'
import { createRenderer } from './build/render'
import { partSize } from './build/search'
import { applyChanges, hardLinkCopy, type ReleaseChanges } from './build/tree'
import {
  buildSite,
  type BuiltRelease,
  type PreviousRelease,
  previousRelease,
  readChanges,
  stepLogger,
  warmUp,
  writeNewsroomCopy,
} from './build/site'

export interface BuildRequest {
  type: 'build'
  outDir: string
  previousDir: string | null
  changesFile: string
  searchStore: string | null
}

export interface WarmRequest {
  type: 'warm'
  previousDir: string
}

export type BuildReply =
  { type: 'built' } | { type: 'warmed' } | { type: 'failed'; message: string } | { type: 'stale' }

const siteDir = path.resolve(import.meta.dirname, '..')
const hash = codeHash(siteDir)
/** Where Astro renders, for this process's whole life (the publisher's data folder). */
const renderDir = process.env.SITE_RENDER_DIR || path.join(siteDir, '.render')
const renderer = createRenderer(siteDir, renderDir)
mkdirSync(path.dirname(renderDir), { recursive: true })
/** The next release, made in advance as a hard-linked copy of the last one. */
const stageDir = `${renderDir}-next`
/** The release this process built last (or warmed up for), kept in memory. */
let last: PreviousRelease | null = null
let staged: { from: string; ready: Promise<void> } | null = null
/**
 * A second copy of the release a build starts from, made while it runs: once the build is done,
 * the few files it changed make it a copy of the new release (see applyChanges). A whole copy
 * takes about two seconds at 10,000 articles, more than the time between two publishes.
 */
let spare: { from: string; dir: string; ready: Promise<void> } | null = null
let spares = 0
/**
 * Where the publisher puts a release it no longer keeps, instead of deleting it: an old
 * release brought up to date with what every build since changed is a spare copy made of a few
 * hundred links, where a new copy makes tens of thousands (and deleting the old one as many).
 */
const recycleDir = process.env.SITE_RECYCLE_DIR || null
/** The releases this process built, in order: each one's folder, what it was built from and changed. */
const history: { dir: string; from: string | null; changes: ReleaseChanges | null }[] = []
const HISTORY_LENGTH = 50
// What an earlier build server left (it was stopped, or failed, in the middle of a copy).
for (const name of readdirSync(path.dirname(renderDir)))
  if (name.startsWith(`${path.basename(renderDir)}-`) && !name.includes('-old-'))
    removeInBackground(path.join(path.dirname(renderDir), name))
/** Stops the work done after a build (the newsroom copy) when the next build is asked for. */
let afterwards = new AbortController()
let queue = Promise.resolve()

const send = (reply: BuildReply) =>
  new Promise<void>((resolve) => (process.send ? process.send(reply, () => resolve()) : resolve()))

/** The live release: the one this process built last, if it is, without reading it again. */
function previousOf(dir: string | null, log: (message: string) => void): PreviousRelease | null {
  if (!last || dir !== last.dir || last.manifest.codeHash !== hash)
    return previousRelease(dir, hash, log)
  log(`Incremental build from ${dir} (kept in memory)`)
  return last
}

/** Deletes a folder off the build's path: moved aside at once, deleted by a niced `rm`. */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return
  const aside = `${dir}-old-${Date.now()}`
  renameSync(dir, aside)
  spawn('nice', ['-n', '19', 'rm', '-rf', aside], { stdio: 'ignore', detached: true }).unref()
}

/** The copy of `from` made in advance if there is one (tens of thousands of links take seconds). */
async function copyRelease(from: string, to: string): Promise<void> {
  const stage = staged
  staged = null
  const isReady = stage
    ? await stage.ready.then(
        () => true,
        () => false,
      )
    : false
  if (isReady && stage?.from === from) {
    renameSync(stageDir, to)
    return
  }
  removeInBackground(stageDir)
  await hardLinkCopy(from, to)
}

/** A spare copy of the release `from`: a recycled release brought up to date, or a new copy. */
function spareCopyOf(
  from: string,
  log: (message: string) => void,
): { from: string; dir: string; ready: Promise<void> } {
  const dir = `${renderDir}-spare-${++spares}`
  const changes = recycleInto(from, dir)
  log(
    changes
      ? `The next build's copy: a recycled release and ${changes.files.length} files changed since`
      : `The next build's copy: a whole copy of ${path.basename(from)} (no recycled release of this process)`,
  )
  return {
    from,
    dir,
    ready: changes
      ? applyChanges(dir, from, changes)
      : hardLinkCopy(from, dir, { isBackground: true }),
  }
}

/**
 * Takes a recycled release this process built into `dir`, if one is there, and returns what
 * every build since changed up to the release `to` (all of those built here, one from the
 * other, incrementally); null when there is none to take.
 */
function recycleInto(to: string, dir: string): ReleaseChanges | null {
  if (!recycleDir || !existsSync(recycleDir)) return null
  const end = history.findIndex((entry) => entry.dir === to)
  for (const name of readdirSync(recycleDir).sort().reverse()) {
    const start = history.findIndex((entry) => path.basename(entry.dir) === name)
    if (start < 0 || start >= end) continue
    const steps = history.slice(start + 1, end + 1)
    const isChain = steps.every(
      (step, index) => step.changes && step.from === history[start + index]!.dir,
    )
    if (!isChain) continue
    try {
      // The publisher may be deleting it: it renames it away first, and one rename fails.
      renameSync(path.join(recycleDir, name), dir)
    } catch {
      continue
    }
    return {
      files: [...new Set(steps.flatMap((step) => step.changes!.files))],
      folders: [...new Set(steps.flatMap((step) => step.changes!.folders))],
    }
  }
  return null
}

/** Makes the stage a copy of `release`: from the spare copy of the release it was built from, if any. */
async function stageCopyOf(release: string, from: string | null, built: BuiltRelease) {
  const copy = spare
  spare = null
  removeInBackground(stageDir)
  const isSpareReady =
    copy !== null &&
    copy.from === from &&
    built.changes !== null &&
    (await copy.ready.then(
      () => true,
      () => false,
    ))
  if (isSpareReady) {
    try {
      await applyChanges(copy.dir, release, built.changes!)
      renameSync(copy.dir, stageDir)
      return
    } catch {
      removeInBackground(copy.dir)
    }
  }
  if (copy) await copy.ready.catch(() => undefined).then(() => removeInBackground(copy.dir))
  await hardLinkCopy(release, stageDir)
}

/** A process whose site code changed answers so and exits: a fresh one bundles the new code. */
async function exitIfStale(): Promise<void> {
  if (codeHash(siteDir) === hash) return
  await send({ type: 'stale' })
  process.exit(0)
}

/** Answers a failed request and exits: nothing a failure left half done is reused. */
async function fail(error: unknown): Promise<never> {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  await send({ type: 'failed', message: (error as Error).message })
  process.exit(1)
}

async function warm(request: WarmRequest): Promise<void> {
  await exitIfStale()
  const log = stepLogger()
  try {
    const previous = renderer.isWarm ? null : previousOf(request.previousDir, log)
    if (previous) {
      removeInBackground(stageDir)
      staged = {
        from: previous.dir,
        ready: hardLinkCopy(previous.dir, stageDir, { isBackground: true }),
      }
      await warmUp({ renderer, previous, log })
      await staged.ready.catch(() => undefined)
      last = previous
      log(`Ready to build from ${previous.dir}`)
    }
  } catch (error) {
    await fail(error)
  }
  await send({ type: 'warmed' })
}

async function build(request: BuildRequest): Promise<void> {
  await exitIfStale()
  const log = stepLogger()
  let built: BuiltRelease
  try {
    compactAt()
    partSize()
    const previous = previousOf(request.previousDir, log)
    if (previous) spare = spareCopyOf(previous.dir, log)
    built = await buildSite({
      outDir: request.outDir,
      codeHash: hash,
      previous,
      changes: readChanges(request.changesFile),
      searchStore: request.searchStore,
      renderer,
      copyRelease,
      log,
    })
    log(`Built ${request.outDir}`)
  } catch (error) {
    return fail(error)
  }
  last = { dir: request.outDir, manifest: built.manifest, newsroom: built.newsroom }
  history.push({ dir: request.outDir, from: request.previousDir, changes: built.changes })
  if (history.length > HISTORY_LENGTH) history.shift()
  await send({ type: 'built' })
  // The release is about to go live. Made now, off the next publish's path: its manifest, the
  // next publish's copy of it, then its copy of the newsroom (both records are for a fresh
  // process: this one keeps them in memory).
  built.writeRecords()
  const ready = stageCopyOf(request.outDir, request.previousDir, built)
  staged = { from: request.outDir, ready }
  afterwards = new AbortController()
  const { signal } = afterwards
  void ready
    .catch(() => undefined)
    .then(() =>
      signal.aborted
        ? false
        : writeNewsroomCopy(request.outDir, built.newsroom, {
            partialFile: `${renderDir}-newsroom.json`,
            signal,
          }),
    )
    .catch((error: Error) =>
      process.stderr.write(`The newsroom copy was not written: ${error.message}\n`),
    )
}

process.on('message', (message: BuildRequest | WarmRequest) => {
  if (message?.type === 'warm') queue = queue.then(() => warm(message))
  if (message?.type !== 'build') return
  afterwards.abort()
  queue = queue.then(() => build(message))
})
process.on('disconnect', () => process.exit(0))
