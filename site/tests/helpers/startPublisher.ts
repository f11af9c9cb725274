import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { repoRoot } from '../../publisher/repoRoot'
import { signBody } from '../../publisher/signature'
import type { Change } from '../../publisher/changeQueue'
import type { PublisherStatus } from '../../publisher/createPublisher'

export const TEST_SECRET = 'publisher-test-secret-0123456789'
export const fakeBuildCommand = `node ${path.join(repoRoot, 'site/tests/helpers/fakeSiteBuild.mjs')}`
/** A stand-in for the site's build server (PUBLISHER_BUILD_SERVER). */
export const fakeBuildServerCommand = `exec node ${path.join(repoRoot, 'site/tests/helpers/fakeBuildServer.ts')}`

export interface RunningPublisher {
  url: string
  child: ChildProcess
  output: () => string
  /** SIGKILL to the publisher alone: its build keeps running, as after a crash. */
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/** Runs site/publisher/main.ts on a free port with the fake build. */
export async function startPublisher(env: Record<string, string>): Promise<RunningPublisher> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'site/publisher/main.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: `${path.join(repoRoot, 'node_modules', '.bin')}:${process.env.PATH}`,
        PUBLISHER_PORT: '0',
        PUBLISHER_BUILD_COMMAND: fakeBuildCommand,
        PUBLISHER_BUILD_SERVER: '',
        PUBLISHER_DEBOUNCE_MS: '100',
        SITE_WEBHOOK_SECRET: TEST_SECRET,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /Publisher listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1]!)
    })
    child.on('exit', (code) => reject(new Error(`The publisher exited with ${code}:\n${output}`)))
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    url,
    child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** A delivery as the CMS sends it; the publisher's own type. */
export type Delivery = Change

export function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    deliveryId: randomUUID(),
    event: 'publish',
    collection: 'articles',
    ids: ['1'],
    slugs: ['en-artikel'],
    time: new Date().toISOString(),
    ...overrides,
  }
}

/** POSTs a body signed as the CMS signs it; `timestamp` and `secret` can be overridden. */
export function postSigned(
  url: string,
  body: string,
  { timestamp = Math.floor(Date.now() / 1000), secret = TEST_SECRET, deliveryId = '' } = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Redaktion-Timestamp': String(timestamp),
      'X-Redaktion-Signature': signBody({ secret, timestamp, body }),
      ...(deliveryId ? { 'X-Redaktion-Delivery': deliveryId } : {}),
    },
    body,
  })
}

/** What GET /status answers; the publisher's own type. */
export type Status = PublisherStatus

export async function getStatus(url: string): Promise<Status> {
  return (await (await fetch(`${url}/status`)).json()) as Status
}

/** Polls GET /status until `isDone` holds; the test's own timeout bounds the wait. */
export async function waitForStatus(
  url: string,
  isDone: (status: Status) => boolean,
): Promise<Status> {
  for (;;) {
    const status = await getStatus(url)
    if (isDone(status)) return status
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Waits until the publisher is quiet: idle, nothing pending, and no build for `quietMs` (longer
 * than the CMS's jobs interval plus the debounce, so no delivery is on its way).
 */
export async function waitForQuiet(url: string, quietMs = 5000): Promise<Status> {
  const isIdle = (status: Status) => status.state === 'idle' && status.pending.changes === 0
  let status = await waitForStatus(url, isIdle)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs))
    const later = await getStatus(url)
    if (isIdle(later) && later.builds === status.builds) return later
    status = await waitForStatus(url, isIdle)
  }
}
