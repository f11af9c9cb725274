import {
  acceptChange,
  finishBuild,
  pruneSeen,
  recoverQueue,
  startBuild,
  type Change,
} from './changeQueue'
import type { PublisherConfig } from './config'
import { nextRetry, type Retry } from './nextRetry'
import type { Release, StoredState } from './queueStore'

export type SchedulerSettings = Pick<
  PublisherConfig,
  'debounceMs' | 'settleMs' | 'maxWaitMs' | 'retryBaseMs' | 'retryAttempts' | 'seenTtlSeconds'
>

/**
 * What the publisher knows between two events: what publisher-state.json keeps (the queue, the
 * retry, the last release and error) and what lasts only as long as the process.
 */
export interface SchedulerState extends StoredState {
  /** The build under way: when it started and how many changes it covers. */
  building: { startedAt: string; changes: number } | null
  /** Builds finished since this publisher started, failed ones included. */
  builds: number
  /** When the one timer fires (ms since the epoch); null while none runs. */
  wakeAt: number | null
  /** The burst the next build waits for: when its first and its last change came. */
  burst: { since: number; lastAt: number } | null
  isClosed: boolean
}

export type SchedulerEvent =
  /** The publisher listens: whatever is pending (a first release, a retry) is scheduled. */
  | { type: 'listen' }
  | { type: 'change'; change: Change }
  /** "Bygg om nu": a retry that is due later is tried at once. */
  | { type: 'buildNow' }
  /** The timer asked for by the last `setTimer` fired. */
  | { type: 'wake' }
  | { type: 'built'; release: Release }
  | { type: 'failed'; message: string }
  | { type: 'close' }

/** What the shell does after a transition, in this order. */
export type SchedulerEffect =
  /** Write the state's StoredState part to publisher-state.json. */
  | { type: 'save' }
  /** Start the one timer (none runs when this is asked for); it sends `wake`. */
  | { type: 'setTimer'; delayMs: number }
  | { type: 'clearTimer' }
  /** Build a release of these changes, then send `built` or `failed`. */
  | { type: 'build'; changes: Change[]; retry: Retry | null }
  /** Delete old releases in the background (and what a failed build wrote). */
  | { type: 'prune' }
  /** Kill the build under way. */
  | { type: 'stopBuild' }

export interface Transition {
  state: SchedulerState
  effects: SchedulerEffect[]
}

/**
 * The scheduler after a (re)start: an interrupted build's changes are pending again, and a
 * persisted retry is still waited for (or tried at once if it is due) while anything is pending.
 * `firstChange` is built when nothing is pending: a full build when no release is live yet.
 */
export function restoreScheduler({
  stored,
  firstChange,
  nowMs,
  settings,
}: {
  stored: StoredState
  firstChange: Change | null
  nowMs: number
  settings: SchedulerSettings
}): SchedulerState {
  const recovered = pruneSeen(recoverQueue(stored.queue), nowMs, settings.seenTtlSeconds * 1000)
  const hasPending = recovered.pending.length > 0
  return {
    ...stored,
    queue:
      firstChange && !hasPending ? acceptChange(recovered, firstChange, nowMs).state : recovered,
    retry: hasPending ? stored.retry : null,
    building: null,
    builds: 0,
    wakeAt: null,
    burst: null,
    isClosed: false,
  }
}

/** What publisher-state.json keeps of the state. */
export function storedState({ queue, lastRelease, lastError, retry }: SchedulerState): StoredState {
  return { queue, lastRelease, lastError, retry }
}

/** Whether a delivery with this id was accepted before (the CMS retries until it gets a 2xx). */
export function isKnownDelivery(state: SchedulerState, deliveryId: string): boolean {
  return deliveryId in state.queue.seen
}

/**
 * The publisher's scheduling as a pure function: the state after `event` at `nowMs`, and what
 * the shell is to do about it.
 *
 * A single change waits `debounceMs`. A build takes about a second, so changes that keep coming
 * (an editor publishing fifty articles, each delivered as it is made) would make a build every
 * second or so: once a change comes while another is still waiting or being built, the next
 * build waits until none has come for `settleMs`, or `maxWaitMs` since that burst began. A
 * publish after the last one is live, however soon, waits only the debounce. A failed build is
 * tried again after a doubling wait (nextRetry), and changes that come meanwhile join that retry.
 */
export function stepScheduler(
  state: SchedulerState,
  event: SchedulerEvent,
  { nowMs, settings }: { nowMs: number; settings: SchedulerSettings },
): Transition {
  switch (event.type) {
    case 'listen':
      return schedule(state, nowMs, settings)
    case 'change':
      return queueChange(state, event.change, nowMs, settings)
    case 'buildNow':
      return buildNowInsteadOfWaiting(state, nowMs, settings)
    case 'wake':
      return wake(state, nowMs, settings)
    case 'built':
      return finishSucceeded(state, event.release, nowMs, settings)
    case 'failed':
      return finishFailed(state, event.message, nowMs, settings)
    case 'close':
      return close(state)
  }
}

const unchanged = (state: SchedulerState): Transition => ({ state, effects: [] })

/** `first`, then what `next` makes of its state, with the effects of both in order. */
function then(first: Transition, next: (state: SchedulerState) => Transition): Transition {
  const second = next(first.state)
  return { state: second.state, effects: [...first.effects, ...second.effects] }
}

/**
 * Starts the timer for the next build, unless one runs or a build does: the debounce, the wait
 * for a burst to settle, or the wait for a retry. A change that comes while a timer runs joins
 * the build it starts.
 */
function schedule(state: SchedulerState, nowMs: number, settings: SchedulerSettings): Transition {
  if (state.isClosed || state.building || state.wakeAt !== null) return unchanged(state)
  if (state.queue.pending.length === 0) return unchanged(state)
  const delayMs = waitBeforeBuild(state, nowMs, settings)
  return {
    state: { ...state, wakeAt: nowMs + delayMs },
    effects: [{ type: 'setTimer', delayMs }],
  }
}

function waitBeforeBuild(
  { retry, burst }: SchedulerState,
  nowMs: number,
  { debounceMs, settleMs, maxWaitMs }: SchedulerSettings,
): number {
  if (retry) return Math.max(0, Date.parse(retry.at) - nowMs)
  if (!burst) return debounceMs
  return Math.max(debounceMs, Math.min(burst.lastAt + settleMs, burst.since + maxWaitMs) - nowMs)
}

function queueChange(
  state: SchedulerState,
  change: Change,
  nowMs: number,
  settings: SchedulerSettings,
): Transition {
  const accepted = acceptChange(state.queue, change, nowMs)
  if (accepted.isDuplicate) return unchanged(state)
  // Another change is waiting or being built: this one is part of a burst.
  const isBurst = state.building !== null || state.queue.pending.length > 0
  const burst = isBurst ? { since: state.burst?.since ?? nowMs, lastAt: nowMs } : state.burst
  return then(
    { state: { ...state, queue: accepted.state, burst }, effects: [{ type: 'save' }] },
    (next) => schedule(next, nowMs, settings),
  )
}

function buildNowInsteadOfWaiting(
  state: SchedulerState,
  nowMs: number,
  settings: SchedulerSettings,
): Transition {
  if (state.wakeAt === null || !state.retry) return unchanged(state)
  const dueNow = { ...state, wakeAt: null, retry: { ...state.retry, at: iso(nowMs) } }
  return then({ state: dueNow, effects: [{ type: 'clearTimer' }, { type: 'save' }] }, (next) =>
    schedule(next, nowMs, settings),
  )
}

function wake(state: SchedulerState, nowMs: number, settings: SchedulerSettings): Transition {
  // close() clears wakeAt too.
  if (state.wakeAt === null) return unchanged(state)
  const woken = { ...state, wakeAt: null }
  const { burst } = woken
  const isSettling =
    !woken.retry &&
    burst !== null &&
    nowMs - burst.lastAt < settings.settleMs &&
    nowMs - burst.since < settings.maxWaitMs
  if (isSettling) return schedule(woken, nowMs, settings)
  const queue = startBuild(woken.queue)
  const changes = queue.building ?? []
  return {
    state: {
      ...woken,
      queue,
      burst: null,
      building: { startedAt: iso(nowMs), changes: changes.length },
    },
    effects: [{ type: 'save' }, { type: 'build', changes, retry: woken.retry }],
  }
}

/** The state once the build under way ended, before the next one is scheduled. */
function afterBuild(
  state: SchedulerState,
  isSuccess: boolean,
  nowMs: number,
  settings: SchedulerSettings,
): SchedulerState {
  const queue = finishBuild(state.queue, { isSuccess })
  return {
    ...state,
    building: null,
    builds: state.builds + 1,
    queue: pruneSeen(queue, nowMs, settings.seenTtlSeconds * 1000),
  }
}

function finishSucceeded(
  state: SchedulerState,
  release: Release,
  nowMs: number,
  settings: SchedulerSettings,
): Transition {
  if (!state.building) return unchanged(state)
  const finished = afterBuild(state, true, nowMs, settings)
  return then(
    {
      state: { ...finished, lastRelease: release, lastError: null, retry: null },
      effects: [{ type: 'save' }, { type: 'prune' }],
    },
    (next) => schedule(next, nowMs, settings),
  )
}

function finishFailed(
  state: SchedulerState,
  message: string,
  nowMs: number,
  settings: SchedulerSettings,
): Transition {
  // A build killed by close() fails: nothing is recorded, its changes stay persisted as pending.
  if (state.isClosed || !state.building) return unchanged(state)
  const retry = nextRetry({
    previous: state.retry,
    baseMs: settings.retryBaseMs,
    attempts: settings.retryAttempts,
    nowMs,
  })
  const finished = afterBuild(state, false, nowMs, settings)
  // What the failed build wrote is newer than the live release: pruning deletes it.
  const failed: Transition = {
    state: { ...finished, lastError: { message, at: iso(nowMs) }, retry },
    effects: [{ type: 'prune' }, { type: 'save' }],
  }
  // Without a retry left, the changes wait for the next delivery or POST /rebuild.
  return retry ? then(failed, (next) => schedule(next, nowMs, settings)) : failed
}

function close(state: SchedulerState): Transition {
  const effects: SchedulerEffect[] = []
  if (state.wakeAt !== null) effects.push({ type: 'clearTimer' })
  if (state.building) effects.push({ type: 'stopBuild' })
  return { state: { ...state, isClosed: true, wakeAt: null }, effects }
}

const iso = (ms: number) => new Date(ms).toISOString()
