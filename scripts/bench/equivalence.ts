// The incremental-equals-full check of bench:publish (`--verify-max`), on the benchmark's own
// archive: once the publishes and event publishes are live, a full build of the same newsroom
// is made and compared with the live release file for file, as
// site/tests/incrementalBuild.server.test.ts does with the small demo newsroom.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'

import { sleep } from './benchRun'
import { type Pipeline, publisherStatus } from './publishPipeline'

/**
 * Not compared: the search shards differ by design; the dotfiles (not served) are the build's
 * own records (its manifest and its copy of the newsroom).
 */
const NOT_COMPARED = /^pagefind(-[\w-]+)?\/|^\.[\w-]+\.json$/
const QUIET_MS = 5000

export interface Equivalence {
  /** Files compared (in both trees, the search shards and records left out). */
  compared: number
  onlyLive: string[]
  onlyFull: string[]
  different: string[]
  fullSeconds: number
}

/** Every compared file under `dir`, relative, sorted. */
function treeOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => !NOT_COMPARED.test(entry) && statSync(path.join(dir, entry)).isFile())
    .sort()
}

/** Waits until the publisher has had nothing to build for a while. */
async function waitForQuiet(pipeline: Pipeline): Promise<void> {
  const { publisherUrl, publisherSecret } = pipeline
  let builds = -1
  for (;;) {
    const status = await publisherStatus(publisherUrl, publisherSecret)
    const isIdle = status.state === 'idle' && status.pending.changes === 0
    if (isIdle && status.builds === builds) return
    builds = isIdle ? status.builds : -1
    await sleep(isIdle ? QUIET_MS : 200)
  }
}

/** Compares the live release with a full build into `fullDir`, made now. */
export async function checkEquivalence(pipeline: Pipeline, fullDir: string): Promise<Equivalence> {
  await waitForQuiet(pipeline)
  const liveDir = realpathSync(pipeline.liveLink)
  const full = await pipeline.fullBuild(fullDir)
  const [live, built] = [treeOf(liveDir), treeOf(fullDir)]
  const inBuilt = new Set(built)
  const inLive = new Set(live)
  const both = live.filter((file) => inBuilt.has(file))
  return {
    compared: both.length,
    onlyLive: live.filter((file) => !inBuilt.has(file)),
    onlyFull: built.filter((file) => !inLive.has(file)),
    different: both.filter(
      (file) =>
        !readFileSync(path.join(liveDir, file)).equals(readFileSync(path.join(fullDir, file))),
    ),
    fullSeconds: full.seconds,
  }
}

/** What the check found, for the report; `isEqual` when nothing differs. */
export function describeEquivalence(result: Equivalence): { isEqual: boolean; lines: string[] } {
  const isEqual = !result.onlyLive.length && !result.onlyFull.length && !result.different.length
  const some = (files: string[]) =>
    `${files.length}${files.length ? `: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}` : ''}`
  return {
    isEqual,
    lines: [
      `(d) incremental equals full: ${isEqual ? 'equal' : 'NOT EQUAL'}, ${result.compared} files compared (a full build of the same newsroom, ${result.fullSeconds.toFixed(1)} s; search shards and records left out)`,
      ...(isEqual
        ? []
        : [
            `    only in the live release ${some(result.onlyLive)}`,
            `    only in the full build ${some(result.onlyFull)}`,
            `    different ${some(result.different)}`,
          ]),
    ],
  }
}
