import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { PREVIEW_MAX_BODY_BYTES } from '@redaktion/content-schemas/preview'
import {
  type PublisherStatus,
  SITE_WEBHOOK_HEADERS,
  type SiteRequestCheck,
  siteWebhookBodySchema,
  verifySiteRequest,
} from '@redaktion/content-schemas/siteWebhook'

import { siteFolderAt } from '../siteDataFolder'
import { buildRelease } from './buildRelease'
import type { Change } from './changeQueue'
import type { PublisherConfig } from './config'
import { createPreviewer } from './createPreviewer'
import { createReleasePruner } from './createReleasePruner'
import {
  type LiveRecords,
  recordDelivery,
  recoverLiveRecords,
  updateDeliveries,
} from './liveRecords'
import type { Retry } from './nextRetry'
import { answerLive, answerPreview } from './previewRoutes'
import { mayStartPreview } from './previewQueue'
import { loadLiveRecords, loadState, saveLiveRecords, saveState } from './queueStore'
import { BodyTooLargeError, readBody } from './readBody'
import { liveReleaseId } from './releases'
import { createBuildServer } from './buildServerClient'
import { killBuildGroup, runBuild, type RunningBuild } from './runBuild'
import {
  isKnownDelivery,
  restoreScheduler,
  stepScheduler,
  storedState,
  type SchedulerEffect,
  type SchedulerEvent,
  type SchedulerState,
} from './scheduler'

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
  const { stateFile } = paths
  let state: SchedulerState = restoreScheduler({
    stored: loadState(stateFile),
    firstChange: liveReleaseId(paths) ? null : internalChange('initial'),
    nowMs: Date.now(),
    settings: config,
  })
  /** The timer the scheduler asked for, and the build it started: what close() stops. */
  let timer: NodeJS.Timeout | undefined
  let running: RunningBuild | null = null
  // Astro renders in the server's own folder, beside the releases (renamed into them); old
  // releases are handed back to it through the recycle folder.
  const { recycleDir } = paths
  const buildServer = config.buildServer
    ? createBuildServer(config.buildServer, {
        ...config.buildEnv,
        SITE_RENDER_DIR: paths.renderDir,
        SITE_RECYCLE_DIR: recycleDir,
        // Until the first kept release comes back recycled, each build's copy is one of these.
        SITE_SPARE_COPIES: String(config.keepReleases),
      })
    : null

  /** Where recent deliveries stand per document (POST /live), kept in publisher-live.json. */
  let liveRecords: LiveRecords = recoverLiveRecords(loadLiveRecords(paths.liveFile))
  const recordLive = (records: LiveRecords) => {
    liveRecords = records
    saveLiveRecords(paths.liveFile, records)
  }
  const previewer = buildServer
    ? createPreviewer({
        buildServer,
        liveDir: () => {
          const liveId = liveReleaseId(paths)
          return liveId ? path.join(paths.releasesDir, liveId) : null
        },
        mayStart: () => mayStartPreview(state, Date.now()),
        log,
      })
    : null

  // A publisher killed mid-build leaves its build running: stop it before building again.
  const { buildPidFile } = paths
  const orphanPid = existsSync(buildPidFile) ? Number(readFileSync(buildPidFile, 'utf8')) : 0
  if (orphanPid > 0 && killBuildGroup(orphanPid)) log(`Stopped an interrupted build (${orphanPid})`)
  rmSync(buildPidFile, { force: true })
  const save = () => saveState(stateFile, storedState(state))
  const pruneInBackground = createReleasePruner({
    paths,
    keep: config.keepReleases,
    recycleDir: buildServer ? recycleDir : null,
    log,
  })
  pruneInBackground()
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
          if (!state.isClosed)
            log(`The build server did not warm up (the next build starts it): ${error.message}`)
        },
      )
  }

  /** Runs the scheduler (scheduler.ts) on an event, then does what it asks for. */
  function dispatch(event: SchedulerEvent): void {
    const transition = stepScheduler(state, event, { nowMs: Date.now(), settings: config })
    state = transition.state
    for (const effect of transition.effects) perform(effect)
    // Previews wait while a build runs or is due: each step may let the next one start.
    previewer?.pump()
  }

  function perform(effect: SchedulerEffect): void {
    switch (effect.type) {
      case 'save':
        return save()
      case 'setTimer':
        timer = setTimeout(() => dispatch({ type: 'wake' }), effect.delayMs)
        return
      case 'clearTimer':
        return clearTimeout(timer)
      case 'build':
        return startBuild(effect)
      case 'prune':
        return pruneInBackground()
      case 'stopBuild':
        return running?.kill()
    }
  }

  /** Builds a release and tells the scheduler how it went. */
  function startBuild({ changes, retry }: { changes: Change[]; retry: Retry | null }): void {
    const deliveryIds = new Set(changes.map((change) => change.deliveryId))
    recordLive(updateDeliveries(liveRecords, deliveryIds, { state: 'building', error: null }))
    const { run, outcome, liveId } = buildRelease({
      paths,
      changes,
      retry,
      retryAttempts: config.retryAttempts,
      start: (request) =>
        buildServer
          ? buildServer.build(request)
          : runBuild({ ...request, command: config.buildCommand, env: config.buildEnv }),
      log,
    })
    running = run
    void outcome.then((event) => {
      running = null
      if (event.type === 'built')
        recordLive(
          updateDeliveries(liveRecords, deliveryIds, {
            state: 'live',
            liveAt: event.release.finishedAt,
            releaseId: event.release.id,
          }),
        )
      else if (!state.isClosed)
        recordLive(
          updateDeliveries(liveRecords, deliveryIds, {
            state: 'failed',
            error: `Bygget misslyckades, och den förra versionen av webbplatsen ligger kvar: ${event.message.split('\n')[0]}`,
          }),
        )
      dispatch(event)
      if (event.type !== 'failed' || state.isClosed) return
      const next = state.retry
        ? `Trying again at ${state.retry.at} (retry ${state.retry.attempt} of ${config.retryAttempts}).`
        : `No retries left: the changes wait for the next delivery or POST /rebuild.`
      log(`The build failed; release ${liveId ?? '(none)'} stays live. ${next} ${event.message}`)
    })
  }

  function status(): PublisherStatus {
    const { retry, building } = state
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
      builds: state.builds,
    }
  }

  function queue(change: Change): boolean {
    if (isKnownDelivery(state, change.deliveryId)) return false
    recordLive(recordDelivery(liveRecords, change))
    dispatch({ type: 'change', change })
    return true
  }

  /** "Bygg om nu" does not wait for a retry that is due later: it is tried at once. */
  function buildNowInsteadOfWaiting(): void {
    dispatch({ type: 'buildNow' })
  }

  /**
   * Checks the signature over method, request target, timestamp and body; null when it holds
   * (or in plain mode, without a secret), else why it does not (answered with 401).
   */
  function refusal(
    request: IncomingMessage,
    body: string,
  ): Exclude<SiteRequestCheck, 'valid'> | null {
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
    return check === 'valid' ? null : check
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://publisher')
    if (request.method === 'GET' && url.pathname === '/status') {
      // The status names pending deliveries and build errors: only for whoever has the secret.
      const refused = refusal(request, '')
      return refused
        ? send(response, 401, { error: SIGNATURE_ERRORS[refused] })
        : send(response, 200, status())
    }
    if (url.pathname === '/preview' || url.pathname === '/live')
      return handleJournalistRequest(request, response, url.pathname)
    const isWebhook = url.pathname === '/webhook'
    if (!isWebhook && url.pathname !== '/rebuild')
      return send(response, 404, {
        error:
          'Not found: use POST /webhook, POST /rebuild, POST /preview, POST /live or GET /status',
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
    if (refused) return send(response, 401, { error: SIGNATURE_ERRORS[refused] })

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

  /** POST /preview and POST /live: signed like deliveries, answered in Swedish (previewRoutes.ts). */
  async function handleJournalistRequest(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: '/preview' | '/live',
  ): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, { message: 'Använd POST.' })
    const maxBytes = pathname === '/preview' ? PREVIEW_MAX_BODY_BYTES : MAX_BODY_BYTES
    let body: string
    try {
      body = await readBody(request, maxBytes)
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return send(response, 413, { message: `Kroppen är större än ${maxBytes} byte.` })
      throw error
    }
    const refused = refusal(request, body)
    if (refused) return send(response, 401, { message: SWEDISH_SIGNATURE_ERRORS[refused] })
    const answer =
      pathname === '/preview' ? await answerPreview(body, previewer) : answerLive(body, liveRecords)
    return send(response, answer.status, answer.body)
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
      dispatch({ type: 'listen' })
      return `http://${config.host}:${(server.address() as AddressInfo).port}`
    },
    /**
     * Stops listening and stops a running build (its changes stay persisted as pending) and the
     * build server.
     */
    async close(): Promise<void> {
      dispatch({ type: 'close' })
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

/** The same, for the CMS to show a journalist. */
const SWEDISH_SIGNATURE_ERRORS = {
  missing: 'Signaturen saknas: X-Redaktion-Signature och X-Redaktion-Timestamp krävs.',
  mismatch: 'Signaturen stämmer inte med metoden, sökvägen och kroppen.',
  stale: 'Tidsstämpeln X-Redaktion-Timestamp ligger för långt från publicistens klocka.',
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

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
