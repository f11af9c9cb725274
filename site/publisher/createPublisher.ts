import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import {
  type PublisherStatus,
  SITE_WEBHOOK_HEADERS,
  siteWebhookBodySchema,
  verifySiteRequest,
} from '@redaktion/content-schemas/siteWebhook'

import {
  acceptChange,
  finishBuild,
  pruneSeen,
  recoverQueue,
  startBuild,
  type Change,
} from './changeQueue'
import { siteFolderAt } from '../siteDataFolder'
import type { PublisherConfig } from './config'
import { nextRetry } from './nextRetry'
import { loadState, saveState, type StoredState } from './queueStore'
import { BodyTooLargeError, readBody } from './readBody'
import { listReleases, liveReleaseId, newReleaseId, pruneReleases, switchLive } from './releases'
import { createBuildServer } from './buildServerClient'
import { killBuildGroup, runBuild, type RunningBuild } from './runBuild'

const MAX_BODY_BYTES = 64 * 1024
// Node lower-cases incoming header names.
const SIGNATURE_HEADER = SITE_WEBHOOK_HEADERS.signature.toLowerCase()
const TIMESTAMP_HEADER = SITE_WEBHOOK_HEADERS.timestamp.toLowerCase()
const DELIVERY_HEADER = SITE_WEBHOOK_HEADERS.delivery.toLowerCase()

/**
 * The publisher: receives signed deliveries, coalesces them into as few builds as possible,
 * builds each release into its own folder and points `live` at it only when it succeeded.
 */
export function createPublisher(config: PublisherConfig, log: (line: string) => void) {
  const paths = siteFolderAt(config.siteDir)
  const stateFile = paths.stateFile
  const stored = loadState(stateFile)
  const recovered = pruneSeen(recoverQueue(stored.queue), Date.now(), config.seenTtlSeconds * 1000)
  // A retry, persisted, is still waited for after a restart (or tried at once if it is due).
  let state: StoredState = {
    ...stored,
    queue: recovered,
    retry: recovered.pending.length > 0 ? stored.retry : null,
  }
  let building: { startedAt: string; changes: number; run: RunningBuild } | null = null
  let builds = 0
  let timer: NodeJS.Timeout | null = null
  /** The burst the next build waits for: when its first and its last change came. */
  let burst: { since: number; lastAt: number } | null = null
  let isClosed = false
  // Astro renders in the server's own folder, beside the releases (renamed into them); old
  // releases are handed back to it through the recycle folder.
  const { recycleDir } = paths
  const buildServer = config.buildServer
    ? createBuildServer(config.buildServer, {
        ...config.buildEnv,
        SITE_RENDER_DIR: paths.renderDir,
        SITE_RECYCLE_DIR: recycleDir,
      })
    : null

  // A publisher killed mid-build leaves its build running: stop it before building again.
  const { buildPidFile } = paths
  const orphanPid = existsSync(buildPidFile) ? Number(readFileSync(buildPidFile, 'utf8')) : 0
  if (orphanPid > 0 && killBuildGroup(orphanPid)) log(`Stopped an interrupted build (${orphanPid})`)
  rmSync(buildPidFile, { force: true })
  const save = () => saveState(stateFile, state)
  const pruning = new Set<string>()
  /** The deletion of old releases under way, if any. */
  let deleting: Promise<void> = Promise.resolve()
  pruneInBackground()
  if (!liveReleaseId(paths) && state.queue.pending.length === 0)
    state = {
      ...state,
      queue: acceptChange(state.queue, internalChange('initial'), Date.now()).state,
    }
  save()
  warmUpBuildServer()

  /**
   * With nothing to build at start, the build server gets Astro going and reads the live release
   * now, so that the first publish does not wait for it (about ten seconds at 10,000 articles).
   */
  function warmUpBuildServer(): void {
    const liveId = liveReleaseId(paths)
    if (!buildServer || !liveId || state.queue.pending.length > 0) return
    const started = Date.now()
    log(`Warming up the build server for release ${liveId}`)
    buildServer
      .warm(path.join(paths.releasesDir, liveId), (line) => log(`  [warm-up] ${line}`))
      .then(
        () => log(`The build server is ready (${((Date.now() - started) / 1000).toFixed(1)} s)`),
        (error: Error) => {
          if (!isClosed)
            log(`The build server did not warm up (the next build starts it): ${error.message}`)
        },
      )
  }

  /**
   * Starts the timer for the next build: the debounce, the wait for a burst to settle, or the
   * wait for a retry. A change that arrives while a timer runs joins the build it starts, so
   * deliveries during a retry's wait are built by the retry.
   *
   * A build takes about a second, so changes that keep coming (an editor publishing fifty
   * articles, each delivered as it is made) would make a build every second or so:
   * once a change comes while another is still waiting or being built, the next build waits
   * until none has come for `settleMs`, or `maxWaitMs` since that burst began. A publish after
   * the last one is live, however soon, waits only the debounce.
   */
  function scheduleBuild(): void {
    if (isClosed || building || timer || state.queue.pending.length === 0) return
    const now = Date.now()
    const delay = state.retry
      ? Math.max(0, Date.parse(state.retry.at) - now)
      : burst
        ? Math.max(
            config.debounceMs,
            Math.min(burst.lastAt + config.settleMs, burst.since + config.maxWaitMs) - now,
          )
        : config.debounceMs
    timer = setTimeout(() => {
      timer = null
      const at = Date.now()
      const isSettling =
        !state.retry &&
        burst &&
        at - burst.lastAt < config.settleMs &&
        at - burst.since < config.maxWaitMs
      if (isSettling) scheduleBuild()
      else void build()
    }, delay)
  }

  /** "Bygg om nu" does not wait for a retry that is due later: it is tried at once. */
  function buildNowInsteadOfWaiting(): void {
    if (!timer || !state.retry) return
    clearTimeout(timer)
    timer = null
    state = { ...state, retry: { ...state.retry, at: new Date().toISOString() } }
    save()
    scheduleBuild()
  }

  async function build(): Promise<void> {
    burst = null
    state = { ...state, queue: startBuild(state.queue) }
    save()
    const changes = state.queue.building ?? []
    const started = Date.now()
    const id = newReleaseId(new Date(started), listReleases(paths))
    const outDir = path.join(paths.releasesDir, id)
    const { changesFile } = paths
    writeFileSync(changesFile, `${JSON.stringify(changes, null, 2)}\n`)
    const liveId = liveReleaseId(paths)
    const retry = state.retry ? ` (retry ${state.retry.attempt} of ${config.retryAttempts})` : ''
    log(`Building release ${id} for ${describe(changes)}${retry}`)
    const request = {
      outDir,
      changesFile,
      previousDir: liveId ? path.join(paths.releasesDir, liveId) : null,
      searchStore: paths.searchStore,
      onLine: (line: string) => log(`  [build] ${line}`),
    }
    const run = buildServer
      ? buildServer.build(request)
      : runBuild({ ...request, command: config.buildCommand, env: config.buildEnv })
    building = { startedAt: new Date(started).toISOString(), changes: changes.length, run }
    writeFileSync(buildPidFile, `${run.pid}\n`)
    let isSuccess = false
    try {
      await run.done.finally(() => rmSync(buildPidFile, { force: true }))
      if (!existsSync(path.join(outDir, 'index.html')))
        throw new Error(`The build finished but wrote no index.html into ${outDir}`)
      switchLive(paths, id)
      const finishedAt = new Date()
      state = {
        ...state,
        lastRelease: {
          id,
          finishedAt: finishedAt.toISOString(),
          durationMs: finishedAt.getTime() - started,
          changes: changes.length,
        },
        lastError: null,
        retry: null,
      }
      isSuccess = true
      log(`Release ${id} is live (${((finishedAt.getTime() - started) / 1000).toFixed(1)} s)`)
    } catch (error) {
      if (isClosed) return
      // What the failed build wrote is newer than the live release: pruning deletes it.
      pruneInBackground()
      const failedAt = Date.now()
      const message = (error as Error).message
      const retry = nextRetry({
        previous: state.retry,
        baseMs: config.retryBaseMs,
        attempts: config.retryAttempts,
        nowMs: failedAt,
      })
      state = { ...state, lastError: { message, at: new Date(failedAt).toISOString() }, retry }
      const next = retry
        ? `Trying again at ${retry.at} (retry ${retry.attempt} of ${config.retryAttempts}).`
        : `No retries left: the changes wait for the next delivery or POST /rebuild.`
      log(`The build failed; release ${liveId ?? '(none)'} stays live. ${next} ${message}`)
    }
    building = null
    builds++
    state = {
      ...state,
      queue: pruneSeen(
        finishBuild(state.queue, { isSuccess }),
        Date.now(),
        config.seenTtlSeconds * 1000,
      ),
    }
    save()
    if (isSuccess) pruneInBackground()
    // Without a retry left, a failed build's changes wait for the next delivery or POST /rebuild.
    if (isSuccess || state.retry) scheduleBuild()
  }

  /**
   * Deletes old releases once the new one is live, off the build: a 10,000-article release
   * takes tens of seconds to delete, which is no reason to keep the next build waiting.
   */
  function pruneInBackground(): void {
    const started = Date.now()
    // Renamed (recycled) at once; deleted one prune after the other, so that publishes that
    // keep coming do not start a deletion each.
    const { ids, done } = pruneReleases(paths, {
      keep: config.keepReleases,
      skip: pruning,
      recycleDir: buildServer ? recycleDir : null,
      after: deleting,
    })
    deleting = done.catch(() => undefined)
    if (ids.length === 0) return
    for (const id of ids) pruning.add(id)
    void done
      .then(
        () =>
          log(
            `Pruned ${ids.length} old release(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          ),
        (error: Error) => log(`Could not remove old releases: ${error.message}`),
      )
      .finally(() => {
        for (const id of ids) pruning.delete(id)
      })
  }

  function status(): PublisherStatus {
    const { retry } = state
    return {
      state: building ? 'building' : retry ? 'retry' : 'idle',
      pending: {
        changes: state.queue.pending.length,
        deliveries: state.queue.pending.map((change) => change.deliveryId),
      },
      building: building && { startedAt: building.startedAt, changes: building.changes },
      retry: retry && { ...retry, attempts: config.retryAttempts },
      lastRelease: state.lastRelease,
      lastError: state.lastError,
      builds,
    }
  }

  function queue(change: Change): boolean {
    const now = Date.now()
    const result = acceptChange(state.queue, change, now)
    if (result.isDuplicate) return false
    // Another change is waiting or being built: this one is part of a burst.
    if (building || state.queue.pending.length > 0)
      burst = { since: burst?.since ?? now, lastAt: now }
    state = { ...state, queue: result.state }
    save()
    scheduleBuild()
    return true
  }

  /**
   * Checks the signature over method, request target, timestamp and body; null when it holds
   * (or in plain mode, without a secret), else the 401 to answer.
   */
  function refusal(request: IncomingMessage, body: string): string | null {
    if (!config.secret) return null
    const check = verifySiteRequest({
      secret: config.secret,
      method: request.method ?? '',
      target: request.url ?? '/',
      signature: header(request, SIGNATURE_HEADER),
      timestamp: header(request, TIMESTAMP_HEADER),
      rawBody: body,
      maxSkewSeconds: config.maxSkewSeconds,
    })
    return check === 'valid' ? null : SIGNATURE_ERRORS[check]
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://publisher')
    if (request.method === 'GET' && url.pathname === '/status') {
      // The status names pending deliveries and build errors: only for whoever has the secret.
      const refused = refusal(request, '')
      return refused ? send(response, 401, { error: refused }) : send(response, 200, status())
    }
    const isWebhook = url.pathname === '/webhook'
    if (!isWebhook && url.pathname !== '/rebuild')
      return send(response, 404, {
        error: 'Not found: use POST /webhook, POST /rebuild or GET /status',
      })
    if (request.method !== 'POST') return send(response, 405, { error: 'Use POST' })

    let body: string
    try {
      body = await readBody(request, MAX_BODY_BYTES)
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return send(response, 413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes` })
      throw error
    }
    const refused = refusal(request, body)
    if (refused) return send(response, 401, { error: refused })

    if (!config.secret && body.trim() === '') {
      // A static host's empty build hook in plain mode: rebuild everything.
      if (queue(internalChange('rebuild'))) buildNowInsteadOfWaiting()
      return send(response, 202, { queued: 'rebuild' })
    }
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return send(response, 400, { error: 'The body is not JSON' })
    }
    const parsed = siteWebhookBodySchema.safeParse(json)
    if (!parsed.success)
      return send(response, 400, {
        error: 'Malformed delivery',
        issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      })
    // The signed body's delivery id is the one that counts: a replay with another header is
    // refused, one with the same header is a duplicate.
    const deliveryHeader = header(request, DELIVERY_HEADER)
    if (deliveryHeader && deliveryHeader !== parsed.data.deliveryId)
      return send(response, 400, { error: `${DELIVERY_HEADER} differs from the body's deliveryId` })
    if (!isWebhook && parsed.data.event !== 'rebuild')
      return send(response, 400, { error: 'POST /rebuild takes a delivery with event "rebuild"' })
    // POST /rebuild ("Bygg om nu") rebuilds everything, and does not wait for a retry.
    const change = isWebhook ? parsed.data : { ...parsed.data, collection: '*', ids: [], slugs: [] }
    if (!queue(change)) return send(response, 200, { ignored: 'duplicate' })
    if (!isWebhook) buildNowInsteadOfWaiting()
    return send(response, 202, { queued: parsed.data.deliveryId })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      log(`Request failed: ${error.message}`)
      if (!response.headersSent) send(response, 500, { error: 'Internal error' })
    })
  })

  return {
    status,
    /** Starts listening and builds at once if anything is pending (e.g. no live release yet). */
    async listen(): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(config.port, config.host, resolve)
      })
      scheduleBuild()
      return `http://${config.host}:${(server.address() as AddressInfo).port}`
    },
    /**
     * Stops listening and stops a running build (its changes stay persisted as pending) and the
     * build server.
     */
    async close(): Promise<void> {
      isClosed = true
      if (timer) clearTimeout(timer)
      building?.run.kill()
      buildServer?.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const SIGNATURE_ERRORS = {
  missing: 'Missing X-Redaktion-Signature or X-Redaktion-Timestamp',
  mismatch: 'The signature does not match this method, path and body',
  stale: 'The timestamp is more than 5 minutes away from now',
} as const

function internalChange(event: 'initial' | 'rebuild'): Change {
  return {
    deliveryId: randomUUID(),
    event,
    collection: '*',
    ids: [],
    slugs: [],
    time: new Date().toISOString(),
  }
}

function describe(changes: readonly Change[]): string {
  const events = [...new Set(changes.map((change) => `${change.collection}:${change.event}`))]
  return `${changes.length} change${changes.length === 1 ? '' : 's'} (${events.slice(0, 5).join(', ')})`
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
