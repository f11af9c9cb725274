import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

import { repoRoot } from './repoRoot'
import { type BuildRun, killBuildGroup, type RunningBuild } from './runBuild'

const TAIL_LINES = 30

/** What the build server answers (site/build/buildServer.ts). */
type BuildReply =
  { type: 'built' } | { type: 'warmed' } | { type: 'failed'; message: string } | { type: 'stale' }

/** A request sent to a server process, waiting for its answer. */
interface Sent {
  message: { type: 'build' | 'warm' } & Record<string, unknown>
  onLine: (line: string) => void
  resolve: () => void
  reject: (error: Error) => void
  /** The server's failure message, once it answered 'failed' (it exits next). */
  failure: string | null
  /** The server process it was last sent to. */
  server: ServerProcess | null
}

interface ServerProcess {
  process: ChildProcess
  /**
   * The requests given to it and not yet answered, in order: the first is the one it works on,
   * the only one sent to it yet.
   */
  sent: Sent[]
  /** Its last lines of output. */
  tail: string[]
}

export interface BuildServer {
  /** Builds a release in the server, starting one if none runs. */
  build: (run: Omit<BuildRun, 'command' | 'env'>) => RunningBuild
  /**
   * Starts a server, if none runs, and has it load Astro, bundle the site and read the live
   * release `previousDir`, so that the first publish finds it ready; a build asked for in the
   * meantime follows. Resolves when it is done, or has nothing to do (the release is not one it
   * can build on); rejects when it failed (the next build starts a fresh server).
   */
  warm: (previousDir: string, onLine: (line: string) => void) => Promise<void>
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
  /** The server process that takes the next request; null once it has exited or is exiting. */
  let child: ServerProcess | null = null

  function start(): ServerProcess {
    const started: ServerProcess = {
      process: spawn('sh', ['-c', command], {
        cwd: repoRoot,
        env: { ...env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        detached: true,
      }),
      sent: [],
      tail: [],
    }
    const { process: server, sent, tail } = started
    for (const stream of [server.stdout!, server.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
        sent[0]?.onLine(line)
      })
    }
    const goingAway = () => {
      if (child === started) child = null
    }
    /** Hands an answer to the request it answers. */
    const onReply = (reply: BuildReply) => {
      const current = sent[0]
      // After a failure the server exits: nothing it says now is an answer.
      if (!current || current.failure !== null) return
      if (reply.type === 'failed') {
        goingAway()
        current.failure = reply.message
        return
      }
      sent.shift()
      tail.length = 0
      if (reply.type === 'stale') {
        // The site's code changed: a fresh server takes the request (this one exits by itself).
        goingAway()
        if (current.message.type === 'build') enqueue(current)
        else current.resolve()
        return
      }
      current.resolve()
      if (sent[0]) server.send(sent[0].message)
    }
    // The server prints a request's last lines before it answers, but they come through a pipe
    // and the answer through the IPC channel, read in whichever order: the answer is taken
    // after the lines that were there with it, and the next request is sent only then, so
    // that each line goes to its own request.
    server.on('message', (reply: BuildReply) => setImmediate(() => onReply(reply)))
    // 'close', not 'exit': the last lines of output have been read by then; and after the
    // answers that came before it.
    server.on('close', (code, signal) => setImmediate(() => onClose(code, signal)))
    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      goingAway()
      const [current, ...waiting] = sent.splice(0)
      if (current) {
        const output = tail.join('\n')
        current.reject(
          new Error(
            current.failure === null
              ? `The build server (${command}) exited with ${code ?? signal}:\n${output}`.trim()
              : `The ${current.message.type === 'build' ? 'build' : 'warm-up'} failed: ${current.failure}\n${output}`.trim(),
          ),
        )
      }
      // The requests after the one it worked on were never sent to it.
      for (const request of waiting) enqueue(request)
    }
    // A failed spawn closes too, and is reported there.
    server.on('error', () => undefined)
    return started
  }

  /**
   * Gives a request to the server, starting one if none runs: it is sent at once when the
   * server has nothing else to do, otherwise when the request before it is answered.
   */
  function enqueue(request: Sent): void {
    const server = (child ??= start())
    request.server = server
    server.sent.push(request)
    if (server.sent.length > 1) return
    server.tail.length = 0
    server.process.send(request.message)
  }

  function send(message: Sent['message'], onLine: Sent['onLine']): Sent & { done: Promise<void> } {
    let settle!: Pick<Sent, 'resolve' | 'reject'>
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
    const sent = { message, onLine, ...settle, failure: null, server: null, done }
    enqueue(sent)
    return sent
  }

  function build(run: Omit<BuildRun, 'command' | 'env'>): RunningBuild {
    const sent = send(
      {
        type: 'build',
        outDir: run.outDir,
        previousDir: run.previousDir,
        changesFile: run.changesFile,
        searchStore: run.searchStore,
      },
      run.onLine,
    )
    const pidOf = () => sent.server?.process.pid ?? 0
    return {
      done: sent.done,
      pid: pidOf(),
      // The server that has it now: a build sent on after a warm-up failed has a fresh one.
      kill: () => pidOf() > 0 && killBuildGroup(pidOf()),
    }
  }

  return {
    build,
    warm: (previousDir, onLine) => send({ type: 'warm', previousDir }, onLine).done,
    stop: () => {
      if (child?.process.pid) killBuildGroup(child.process.pid)
      child = null
    },
  }
}
