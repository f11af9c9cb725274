// The publisher's build process (started by scripts/src/publisher/buildServer.ts): builds one
// release after another on request, with the same code as `npm run build -w site`, and keeps
// between builds what a fresh process would have to make again: Astro's app with the bundled
// site (build/render.ts), and the last release's manifest and newsroom.
//
// Messages (Node IPC), one build at a time:
//   publisher → { type: 'build', outDir, previousDir, changesFile, searchStore }
//   build     → { type: 'built' } | { type: 'failed', message } | { type: 'stale' }
// 'stale': the site's code changed since this process bundled it; it exits without building,
// and the publisher starts a fresh one. After a failed build it exits too, so that nothing a
// failure left half done is reused. It exits when the publisher goes away.
import path from 'node:path'

import { codeHash } from './build/codeHash'
import { compactAt } from './build/compaction'
import { createRenderer } from './build/render'
import { partSize } from './build/search'
import {
  buildSite,
  type BuiltRelease,
  type PreviousRelease,
  previousRelease,
  readChanges,
  stepLogger,
  writeNewsroomCopy,
} from './build/site'

export interface BuildRequest {
  type: 'build'
  outDir: string
  previousDir: string | null
  changesFile: string
  searchStore: string | null
}

export type BuildReply = { type: 'built' } | { type: 'failed'; message: string } | { type: 'stale' }

const siteDir = path.resolve(import.meta.dirname, '..')
const hash = codeHash(siteDir)
/** Where Astro renders, for this process's whole life (the publisher's data folder). */
const renderer = createRenderer(siteDir, process.env.SITE_RENDER_DIR || `${siteDir}/.render`)
let last: (BuiltRelease & { dir: string }) | null = null
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

async function build(request: BuildRequest): Promise<void> {
  if (codeHash(siteDir) !== hash) {
    await send({ type: 'stale' })
    process.exit(0)
  }
  const log = stepLogger()
  let built: BuiltRelease
  try {
    compactAt()
    partSize()
    built = await buildSite({
      outDir: request.outDir,
      codeHash: hash,
      previous: previousOf(request.previousDir, log),
      changes: readChanges(request.changesFile),
      searchStore: request.searchStore,
      renderer,
      log,
    })
    log(`Built ${request.outDir}`)
  } catch (error) {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
    await send({ type: 'failed', message: (error as Error).message })
    process.exit(1)
  }
  last = { ...built, dir: request.outDir }
  await send({ type: 'built' })
  // The release is live by now: its copy of the newsroom (tens of MB) is for a fresh process.
  writeNewsroomCopy(request.outDir, built.newsroom)
}

process.on('message', (message: BuildRequest) => {
  if (message?.type === 'build') queue = queue.then(() => build(message))
})
process.on('disconnect', () => process.exit(0))
