import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import {
  type PublisherStatus,
  requestTarget,
  type SiteWebhookBody,
  signSiteRequest,
  siteRequestHeaders,
} from '@redaktion/content-schemas/siteWebhook'

import { repoRoot } from '../../publisher/repoRoot'

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

/** A delivery as the CMS sends it. */
export type Delivery = SiteWebhookBody

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

/** The body of "Bygg om nu", as the CMS sends it to POST /rebuild. */
export function rebuildDelivery(): Delivery {
  return delivery({ event: 'rebuild', collection: 'site', ids: [], slugs: [] })
}

/**
 * POSTs a body signed as the CMS signs it (for this method and URL, or for `signedFor`);
 * `timestamp`, `secret` and the delivery header can be overridden.
 */
export function postSigned(
  url: string,
  body: string,
  {
    timestamp = Math.floor(Date.now() / 1000),
    secret = TEST_SECRET,
    deliveryId = '',
    signedFor = url,
  } = {},
): Promise<Response> {
  const target = requestTarget(signedFor)
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Redaktion-Timestamp': String(timestamp),
      'X-Redaktion-Signature': signSiteRequest({
        secret,
        method: 'POST',
        target,
        timestamp,
        rawBody: body,
      }),
      ...(deliveryId ? { 'X-Redaktion-Delivery': deliveryId } : {}),
    },
    body,
  })
}

/** What GET /status answers. */
export type Status = PublisherStatus

/** GET /status, signed with `secret` as the CMS signs it (npm start's: `serverContext()`). */
export async function getStatus(url: string, secret = TEST_SECRET): Promise<Status> {
  const statusUrl = `${url}/status`
  const headers = siteRequestHeaders({ method: 'GET', url: statusUrl, rawBody: '', secret })
  const response = await fetch(statusUrl, { headers })
  if (!response.ok) throw new Error(`GET ${statusUrl} answered ${response.status}`)
  return (await response.json()) as Status
}

/** Polls GET /status until `isDone` holds; the test's own timeout bounds the wait. */
export async function waitForStatus(
  url: string,
  isDone: (status: Status) => boolean,
  secret = TEST_SECRET,
): Promise<Status> {
  for (;;) {
    const status = await getStatus(url, secret)
    if (isDone(status)) return status
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Waits until the publisher is quiet: idle, nothing pending, and no build for 5 s (longer than
 * the CMS's jobs interval plus the debounce, so no delivery is on its way).
 */
export async function waitForQuiet(url: string, secret = TEST_SECRET): Promise<Status> {
  const quietMs = 5000
  const isIdle = (status: Status) => status.state === 'idle' && status.pending.changes === 0
  let status = await waitForStatus(url, isIdle, secret)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs))
    const later = await getStatus(url, secret)
    if (isIdle(later) && later.builds === status.builds) return later
    status = await waitForStatus(url, isIdle, secret)
  }
}
