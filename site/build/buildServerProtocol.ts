// The build-server protocol: what the publisher (site/publisher/buildServerClient.ts, the
// client) and its build process (site/build/buildServer.ts, the server) say to each other over
// Node's IPC channel, modelled on Pagefind's node wrapper (lib/service.js with
// types/internal.d.ts): every request carries an id, and every message the server sends names
// the request it is about, so replies and output lines are matched by id, not by their order.
//
//   client → server  { id, request: { type: 'build', … } | { type: 'warm', previousDir }
//                                  | { type: 'preview', previousDir, preview } }
//   server → client  { type: 'started', id }        it works on that request now
//                    { type: 'line', id, line }     a line it wrote (id null: between requests)
//                    { type: 'reply', id, reply }   built | warmed | previewed | refused |
//                                                   failed | stale
//                    { type: 'exiting' }            it takes no more requests (it exits next)
//
// 'warm' readies the server for builds from the live release before the first publish asks.
// 'preview' renders one article page from a draft into memory (never into a release); it is
// answered 'previewed', or 'refused' with a Swedish reason (the server goes on serving).
// 'stale': the site's code changed since the server bundled it; it exits without building and
// the client sends the request to a fresh server. After 'failed' the server exits too; one
// without a kept Astro app says 'exiting' before its answer to a build. A server may answer in
// any order; the requests it never said it started are sent to the next one.
// This file imports nothing but Node and types: the test's fake server runs it with Node's
// type stripping.
import type { PreviewAnswer, PreviewRequest } from '@redaktion/content-schemas/preview'

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

/** One article page rendered from a draft, with the newsroom of the live release `previousDir`. */
export interface RenderPreviewRequest {
  type: 'preview'
  previousDir: string
  preview: PreviewRequest
}

export type BuildServerRequest = BuildRequest | WarmRequest | RenderPreviewRequest

/** What the client sends. */
export interface RequestMessage {
  id: number
  request: BuildServerRequest
}

export type BuildReply =
  | { type: 'built' }
  | { type: 'warmed' }
  | { type: 'previewed'; answer: PreviewAnswer }
  /** No preview could be rendered; `message` says why, in Swedish, for the journalist. */
  | { type: 'refused'; message: string }
  | { type: 'failed'; message: string }
  | { type: 'stale' }

/** What the server sends. */
export type ServerMessage =
  | { type: 'started'; id: number }
  | { type: 'line'; id: number | null; line: string }
  | { type: 'reply'; id: number; reply: BuildReply }
  | { type: 'exiting' }

/** The server's end, for the request handlers. */
export interface ServerEnd {
  /** Says it works on request `id` now: the lines it writes until it answers are about it. */
  start: (id: number) => Promise<void>
  /** Answers request `id`; resolves once the answer is handed to the channel. */
  reply: (id: number, reply: BuildReply) => Promise<void>
  /** Says it takes no more requests: the client sends the next ones to a fresh server. */
  exiting: () => Promise<void>
}

const isRequestMessage = (message: unknown): message is RequestMessage =>
  typeof (message as RequestMessage | null)?.id === 'number' &&
  ['build', 'warm', 'preview'].includes((message as RequestMessage).request?.type)

/**
 * Serves the client's requests in this process: each one is handed to `onRequest`, and every
 * line this process writes to stdout or stderr goes to the client as a line about the request
 * in hand (a child process's own output still reaches the client through the pipes). The
 * process exits when the client goes away.
 */
export function serveRequests(onRequest: (message: RequestMessage) => void): ServerEnd {
  let current: number | null = null
  const send = (message: ServerMessage) =>
    new Promise<void>((resolve) =>
      process.send ? process.send(message, () => resolve()) : resolve(),
    )
  const flush = forwardLines((line) => void send({ type: 'line', id: current, line }))
  process.on('message', (message) => {
    if (isRequestMessage(message)) onRequest(message)
  })
  process.on('disconnect', () => process.exit(0))
  return {
    start: (id) => {
      flush()
      current = id
      return send({ type: 'started', id })
    },
    reply: (id, reply) => {
      flush()
      if (current === id) current = null
      return send({ type: 'reply', id, reply })
    },
    exiting: () => send({ type: 'exiting' }),
  }
}

/**
 * Turns what this process writes to stdout and stderr into lines handed to `onLine` instead;
 * returns a function that hands over an unfinished last line. Without an IPC channel (run by
 * hand) the streams are left alone.
 */
function forwardLines(onLine: (line: string) => void): () => void {
  if (!process.send) return () => undefined
  const partials = [process.stdout, process.stderr].map((stream) => {
    let partial = ''
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const lines = (
        partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      ).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) onLine(line)
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
      if (callback) queueMicrotask(callback)
      return true
    }) as typeof stream.write
    return () => {
      if (partial) onLine(partial)
      partial = ''
    }
  })
  return () => partials.forEach((flush) => flush())
}
