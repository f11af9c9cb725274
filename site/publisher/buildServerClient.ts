// The client end of the build-server protocol (site/build/buildServerProtocol.ts; the server
// is site/build/buildServer.ts): the publisher's long-lived build process, driven by requests
// that carry an id. Every request goes to the server at once; its answers and the lines it
// writes name the request they are about.
import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

import type { PreviewRequest } from '@redaktion/content-schemas/preview'

import type {
  BuildReply,
  BuildServerRequest,
  RequestMessage,
  ServerMessage,
} from '../build/buildServerProtocol'
import { repoRoot } from './repoRoot'
import { type BuildRun, killBuildGroup, type RunningBuild } from './runBuild'

const TAIL_LINES = 30

/** A request sent to a server process, waiting for its answer. */
interface Sent {
  id: number
  request: BuildServerRequest
  onLine: (line: string) => void
  resolve: (reply: BuildReply) => void
  reject: (error: Error) => void
  /** The server's failure message, once it answered 'failed' (it exits next). */
  failure: string | null
  /** The server process it was last sent to. */
  server: ServerProcess | null
  /** Its last lines of output. */
  tail: string[]
}

interface ServerProcess {
  process: ChildProcess
  /** The requests sent to it and not yet answered, by id, in the order they were sent. */
  sent: Map<number, Sent>
  /** The request it said it works on ('started'), until it answers it. */
  current: Sent | null
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
  /**
   * Renders the article page of a draft from the live release `previousDir` (build/preview.ts),
   * after the requests sent before it; rejects when the server failed or exited meanwhile.
   */
  preview: (previousDir: string, preview: PreviewRequest) => Promise<PreviewReply>
  /** Stops the server and whatever it started. */
  stop: () => void
}

/** The server's answer to a preview. */
export type PreviewReply = Extract<BuildReply, { type: 'previewed' | 'refused' }>

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
  let lastId = 0

  function start(): ServerProcess {
    const started: ServerProcess = {
      process: spawn('sh', ['-c', command], {
        cwd: repoRoot,
        env: { ...env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        detached: true,
      }),
      sent: new Map(),
      current: null,
    }
    const { process: server, sent } = started
    /** The request a line without an id is about: the one in hand, else the next one. */
    const inHand = () => started.current ?? sent.values().next().value ?? null
    const lineOf = (request: Sent | null | undefined, line: string) => {
      if (!request) return
      request.tail.push(line)
      if (request.tail.length > TAIL_LINES) request.tail.shift()
      request.onLine(line)
    }
    // What the server's child processes (Pagefind's indexer) and the runtime itself (a crash)
    // write reaches the pipes, not the channel.
    for (const stream of [server.stdout!, server.stderr!])
      createInterface({ input: stream }).on('line', (line) => lineOf(inHand(), line))
    const goingAway = () => {
      if (child === started) child = null
    }
    server.on('message', (message: ServerMessage) => {
      if (message.type === 'exiting') return goingAway()
      if (message.type === 'line')
        return lineOf(message.id === null ? inHand() : sent.get(message.id), message.line)
      const request = sent.get(message.id)
      if (message.type === 'started') {
        started.current = request ?? null
        return
      }
      // After a failure the server exits: nothing it says now is an answer.
      if (!request || request.failure !== null) return
      const { reply } = message
      if (reply.type === 'failed') {
        goingAway()
        request.failure = reply.message
        return
      }
      sent.delete(request.id)
      if (started.current === request) started.current = null
      if (reply.type === 'stale') {
        // The site's code changed: a fresh server takes the request (this one exits by itself).
        goingAway()
        if (request.request.type === 'warm') request.resolve(reply)
        else enqueue(request)
        return
      }
      request.resolve(reply)
    })
    // 'close', not 'exit': the last lines of output have been read by then; and after the
    // messages that came before it.
    server.on('close', (code, signal) => setImmediate(() => onClose(code, signal)))
    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      /** It answered 'stale' or 'failed', said it was exiting, or was stopped, before it exited. */
      const isExpected = child !== started
      goingAway()
      // The request it failed or worked on fails; when it exited unasked before starting any,
      // the one it would have taken (so that a server that cannot start is not restarted
      // again and again).
      const failed =
        [...sent.values()].find((request) => request.failure !== null) ??
        started.current ??
        (isExpected ? null : inHand())
      const waiting = [...sent.values()].filter((request) => request !== failed)
      sent.clear()
      if (failed) {
        const output = failed.tail.join('\n')
        failed.reject(
          new Error(
            failed.failure === null
              ? `The build server (${command}) exited with ${code ?? signal}:\n${output}`.trim()
              : `The ${failed.request.type === 'warm' ? 'warm-up' : failed.request.type} failed: ${failed.failure}\n${output}`.trim(),
          ),
        )
      }
      // The requests it never started go to a fresh server.
      for (const request of waiting) enqueue(request)
    }
    // A failed spawn closes too, and is reported there.
    server.on('error', () => undefined)
    return started
  }

  /** Sends a request to the server, starting one if none runs. */
  function enqueue(request: Sent): void {
    const server = (child ??= start())
    request.server = server
    request.tail.length = 0
    server.sent.set(request.id, request)
    server.process.send({ id: request.id, request: request.request } satisfies RequestMessage)
  }

  function send(
    request: BuildServerRequest,
    onLine: Sent['onLine'],
  ): Sent & { done: Promise<BuildReply> } {
    let settle!: Pick<Sent, 'resolve' | 'reject'>
    const done = new Promise<BuildReply>((resolve, reject) => (settle = { resolve, reject }))
    const sent = {
      id: ++lastId,
      request,
      onLine,
      ...settle,
      failure: null,
      server: null,
      tail: [],
      done,
    }
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
      done: sent.done.then(() => undefined),
      pid: pidOf(),
      // The server that has it now: a build sent on after a warm-up failed has a fresh one.
      kill: () => pidOf() > 0 && killBuildGroup(pidOf()),
    }
  }

  return {
    build,
    warm: (previousDir, onLine) =>
      send({ type: 'warm', previousDir }, onLine).done.then(() => undefined),
    preview: async (previousDir, preview) => {
      // Its lines say nothing a journalist or the publisher's log needs; a failure keeps them.
      const reply = await send({ type: 'preview', previousDir, preview }, () => undefined).done
      if (reply.type === 'previewed' || reply.type === 'refused') return reply
      throw new Error(`The build server answered a preview with '${reply.type}'`)
    },
    stop: () => {
      if (child?.process.pid) killBuildGroup(child.process.pid)
      child = null
    },
  }
}
