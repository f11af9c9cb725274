import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

import { searchStoreFiles } from '../siteDataFolder'
import { repoRoot } from './repoRoot'

const TAIL_LINES = 30

export interface BuildRun {
  command: string
  env: NodeJS.ProcessEnv
  /** Where the build writes the release (SITE_OUT_DIR). */
  outDir: string
  /** A JSON file listing the changes this build covers (PUBLISHER_CHANGES_FILE). */
  changesFile: string
  /** The live release's folder, if any (PUBLISHER_PREVIOUS_RELEASE), for incremental builds. */
  previousDir: string | null
  /** Where the build keeps archive search shards made in the background (SITE_SEARCH_STORE). */
  searchStore: string
  onLine: (line: string) => void
}

export interface RunningBuild {
  /** Resolves on exit 0; rejects with the output's last lines otherwise. */
  done: Promise<void>
  /** Stops the build and everything it started (it runs in its own process group). */
  kill: () => void
  /** The id of the build's process group. */
  pid: number
}

/** Kills a build's whole process group; false when there was none. */
export function killBuildGroup(pid: number): boolean {
  try {
    process.kill(-pid, 'SIGKILL')
    return true
  } catch {
    return false
  }
}

/**
 * Stops a background search compaction under `searchStore` and what it started (it runs
 * detached, in a process group of its own); false when none was running.
 */
export function stopSearchCompaction(searchStore: string): boolean {
  const lock = searchStoreFiles(searchStore).compactionLock
  return existsSync(lock) && killBuildGroup(Number(readFileSync(lock, 'utf8')))
}

export function runBuild(run: BuildRun): RunningBuild {
  let pid = 0
  const done = new Promise<void>((resolve, reject) => {
    const child = spawn('sh', ['-c', run.command], {
      cwd: repoRoot,
      env: {
        ...run.env,
        NODE_ENV: 'production',
        SITE_OUT_DIR: run.outDir,
        PUBLISHER_CHANGES_FILE: run.changesFile,
        PUBLISHER_PREVIOUS_RELEASE: run.previousDir ?? '',
        SITE_SEARCH_STORE: run.searchStore,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    pid = child.pid ?? 0
    const tail: string[] = []
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
        run.onLine(line)
      })
    }
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `The build (${run.command}) exited with ${code ?? signal}:\n${tail.join('\n')}`.trim(),
          ),
        )
    })
  })
  return { done, pid, kill: () => pid > 0 && killBuildGroup(pid) }
}
