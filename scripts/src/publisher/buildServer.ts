import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

import { repoRoot } from '../lib/paths'
import { type BuildRun, killBuildGroup, type RunningBuild } from './runBuild'

const TAIL_LINES = 30

/** What the build server answers (site/scripts/buildServer.ts). */
type BuildReply = { type: 'built' } | { type: 'failed'; message: string } | { type: 'stale' }

interface ServerProcess {
  process: ChildProcess
  /** The build it is running, if any. */
  current: {
    onLine: (line: string) => void
    onReply: (reply: BuildReply) => void
    onExit: (code: number | null, signal: string | null) => void
  } | null
  /** Its last lines of output. */
  tail: string[]
}

export interface BuildServer {
  /** Builds a release in the server, starting one if none runs. */
  build: (run: Omit<BuildRun, 'command' | 'env'>) => RunningBuild
  /** Stops the server and whatever it started. */
  stop: () => void
}

/**
 * The site's build server (PUBLISHER_BUILD_SERVER, run with `sh -c` in the repo root): one
 * process that builds release after release and keeps Astro and the last release in memory
 * between them. It runs in a process group of its own; killing a build kills the server, and
 * the next build starts a fresh one. A server that finds the site's code changed answers
 * 'stale' and exits, and the build is sent to a fresh one.
 */
export function createBuildServer(command: string, env: NodeJS.ProcessEnv): BuildServer {
  /** The server process that takes the next build; null once it has exited or is exiting. */
  let child: ServerProcess | null = null

  function start(): ServerProcess {
    const started: ServerProcess = {
      process: spawn('sh', ['-c', command], {
        cwd: repoRoot,
        env: { ...env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        detached: true,
      }),
      current: null,
      tail: [],
    }
    const { process: server, tail } = started
    for (const stream of [server.stdout!, server.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
        started.current?.onLine(line)
      })
    }
    server.on('message', (reply: BuildReply) => started.current?.onReply(reply))
    // 'close', not 'exit': the last lines of output have been read by then.
    server.on('close', (code, signal) => {
      if (child === started) child = null
      started.current?.onExit(code, signal)
    })
    // A failed spawn closes too, and is reported there.
    server.on('error', () => undefined)
    return started
  }

  function build(run: Omit<BuildRun, 'command' | 'env'>): RunningBuild {
    const server = (child ??= start())
    /** Why the server is exiting, from its answer; reported once its output is read. */
    let failure: string | null = null
    const done = new Promise<void>((resolve, reject) => {
      server.tail.length = 0
      const goingAway = () => {
        if (child === server) child = null
      }
      server.current = {
        onLine: run.onLine,
        onReply: (reply) => {
          if (reply.type === 'built') {
            server.current = null
            resolve()
          } else if (reply.type === 'failed') {
            goingAway()
            failure = reply.message
          } else {
            // The site's code changed: a fresh server builds it (this one exits by itself).
            goingAway()
            server.current = null
            build(run).done.then(resolve, reject)
          }
        },
        onExit: (code, signal) => {
          server.current = null
          const output = server.tail.join('\n')
          reject(
            new Error(
              failure === null
                ? `The build server (${command}) exited with ${code ?? signal}:\n${output}`.trim()
                : `The build failed: ${failure}\n${output}`.trim(),
            ),
          )
        },
      }
      server.process.send({
        type: 'build',
        outDir: run.outDir,
        previousDir: run.previousDir,
        changesFile: run.changesFile,
        searchStore: run.searchStore,
      })
    })
    return {
      done,
      pid: server.process.pid ?? 0,
      kill: () => Boolean(server.process.pid && killBuildGroup(server.process.pid)),
    }
  }

  return {
    build,
    stop: () => {
      if (child?.process.pid) killBuildGroup(child.process.pid)
      child = null
    },
  }
}
