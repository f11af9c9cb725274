import { describe, expect, it } from 'vitest'

import { emptyQueue, type Change } from './changeQueue'
import type { Release, StoredState } from './queueStore'
import {
  isKnownDelivery,
  restoreScheduler,
  stepScheduler,
  storedState,
  type SchedulerEffect,
  type SchedulerEvent,
  type SchedulerSettings,
  type SchedulerState,
} from './scheduler'

const SETTINGS: SchedulerSettings = {
  debounceMs: 50,
  settleMs: 2000,
  maxWaitMs: 10_000,
  retryBaseMs: 5000,
  retryAttempts: 6,
  seenTtlSeconds: 3600,
}
const T0 = Date.parse('2026-12-01T12:00:00.000Z')
const at = (ms: number) => new Date(T0 + ms).toISOString()

const change = (name: string): Change => ({
  deliveryId: name,
  event: 'publish',
  collection: 'articles',
  ids: [name],
  slugs: [name],
  time: at(0),
})

const emptyStored = (): StoredState => ({
  queue: emptyQueue(),
  lastRelease: null,
  lastError: null,
  retry: null,
})

/**
 * The scheduler with a fake clock, driven as the publisher's shell drives it: times are ms
 * after T0, a `setTimer` effect is a timer that `advanceTo` fires, and `build` effects are
 * recorded with their time until the test ends them with `succeed` or `fail`.
 */
function createHarness({
  settings = SETTINGS,
  state = restoreScheduler({ stored: emptyStored(), firstChange: null, nowMs: T0, settings }),
}: { settings?: SchedulerSettings; state?: SchedulerState } = {}) {
  let now = 0
  let timerAt: number | null = null
  const effects: { at: number; effect: SchedulerEffect }[] = []
  const builds: { at: number; deliveries: string[]; retryAttempt: number | null }[] = []

  function send(event: SchedulerEvent): SchedulerEffect[] {
    const transition = stepScheduler(state, event, { nowMs: T0 + now, settings })
    state = transition.state
    for (const effect of transition.effects) {
      effects.push({ at: now, effect })
      if (effect.type === 'setTimer') {
        expect(timerAt, 'a timer is started only when none runs').toBeNull()
        timerAt = now + effect.delayMs
      }
      if (effect.type === 'clearTimer') timerAt = null
      if (effect.type === 'build')
        builds.push({
          at: now,
          deliveries: effect.changes.map((entry) => entry.deliveryId),
          retryAttempt: effect.retry?.attempt ?? null,
        })
    }
    return transition.effects
  }

  /** Moves the clock to `ms`, firing the timer on the way if it is due by then. */
  function advanceTo(ms: number): void {
    while (timerAt !== null && timerAt <= ms) {
      now = timerAt
      timerAt = null
      send({ type: 'wake' })
    }
    now = ms
  }

  return {
    builds,
    effects,
    state: () => state,
    timerAt: () => timerAt,
    /** Delivers changes named `names` at `ms`. */
    deliver(ms: number, ...names: string[]): SchedulerEffect[] {
      advanceTo(ms)
      return names.flatMap((name) => send({ type: 'change', change: change(name) }))
    },
    /** A POST /rebuild at `ms`: a change, then "Bygg om nu". */
    rebuild(ms: number, name: string): SchedulerEffect[] {
      advanceTo(ms)
      return [...send({ type: 'change', change: change(name) }), ...send({ type: 'buildNow' })]
    },
    succeed(ms: number): SchedulerEffect[] {
      advanceTo(ms)
      const release: Release = {
        id: `release-${ms}`,
        finishedAt: at(ms),
        durationMs: 1,
        changes: 1,
      }
      return send({ type: 'built', release })
    },
    fail(ms: number): SchedulerEffect[] {
      advanceTo(ms)
      return send({ type: 'failed', message: 'Injected failure' })
    },
    send(ms: number, event: SchedulerEvent): SchedulerEffect[] {
      advanceTo(ms)
      return send(event)
    },
    advanceTo,
  }
}

describe('the scheduler: debounce and bursts', () => {
  it('builds a single change after the debounce alone', () => {
    const publisher = createHarness()
    expect(publisher.deliver(1000, 'a')).toEqual([
      { type: 'save' },
      { type: 'setTimer', delayMs: 50 },
    ])
    publisher.advanceTo(1049)
    expect(publisher.builds).toEqual([])
    publisher.advanceTo(1050)
    expect(publisher.builds).toEqual([{ at: 1050, deliveries: ['a'], retryAttempt: null }])
    expect(publisher.state()).toMatchObject({
      building: { startedAt: at(1050), changes: 1 },
      queue: { pending: [], building: [change('a')] },
    })
  })

  it('waits for a burst to settle: until no change came for settleMs', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.deliver(10, 'b') // While a waits: a burst begins.
    publisher.deliver(1000, 'c')
    publisher.deliver(2500, 'd')
    publisher.advanceTo(4499)
    expect(publisher.builds).toEqual([])
    publisher.advanceTo(4500)
    expect(publisher.builds).toEqual([
      { at: 4500, deliveries: ['a', 'b', 'c', 'd'], retryAttempt: null },
    ])
  })

  it('cuts a burst that does not settle short maxWaitMs after it began', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    // The burst begins with the second change, at 10; then one every 500 ms for 20 s.
    for (let ms = 10; ms <= 20_000; ms += 500) publisher.deliver(ms, `change-${ms}`)
    expect(publisher.builds[0]?.at).toBe(10_010)
    // a, and the 20 changes from 10 to 9510.
    expect(publisher.builds[0]?.deliveries).toHaveLength(21)
  })

  it('builds a change that came during a build after it, once the burst settled', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.deliver(300, 'b') // During a's build.
    expect(publisher.timerAt()).toBeNull()
    expect(publisher.succeed(600)).toEqual([
      { type: 'save' },
      { type: 'prune' },
      // Settled 2 s after b came, not 2 s after the build.
      { type: 'setTimer', delayMs: 1700 },
    ])
    publisher.advanceTo(2300)
    expect(publisher.builds.map((build) => build.deliveries)).toEqual([['a'], ['b']])
    expect(publisher.builds[1]?.at).toBe(2300)
  })

  it('builds a change that comes after the last release went live after the debounce alone', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.deliver(100, 'b')
    publisher.succeed(200)
    publisher.advanceTo(2100)
    publisher.succeed(2200)
    expect(publisher.state().burst).toBeNull()
    expect(publisher.deliver(2201, 'c')).toEqual([
      { type: 'save' },
      { type: 'setTimer', delayMs: 50 },
    ])
  })

  it('ignores a delivery id it has accepted before, pending, building or built', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    const pending = publisher.state()
    expect(publisher.deliver(10, 'a')).toEqual([])
    expect(publisher.state()).toBe(pending)
    publisher.advanceTo(50)
    expect(publisher.deliver(60, 'a')).toEqual([])
    publisher.succeed(100)
    expect(isKnownDelivery(publisher.state(), 'a')).toBe(true)
    expect(publisher.deliver(200, 'a')).toEqual([])
    publisher.advanceTo(60_000)
    expect(publisher.builds).toHaveLength(1)
  })

  it('takes a wake without a timer, or the end of a build not under way, for nothing', () => {
    const publisher = createHarness()
    expect(publisher.send(0, { type: 'wake' })).toEqual([])
    expect(publisher.succeed(10)).toEqual([])
    expect(publisher.fail(20)).toEqual([])
    expect(publisher.state()).toMatchObject({ builds: 0, lastRelease: null, lastError: null })
  })

  it('forgets delivery ids older than the time to live when a build ends', () => {
    const publisher = createHarness({ settings: { ...SETTINGS, seenTtlSeconds: 1 } })
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.succeed(1500)
    expect(isKnownDelivery(publisher.state(), 'a')).toBe(false)
  })
})

describe('the scheduler: a failed build', () => {
  it('is tried again after a doubling wait, and a success clears the error and the retry', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    expect(publisher.fail(1000)).toEqual([
      { type: 'prune' },
      { type: 'save' },
      { type: 'setTimer', delayMs: 5000 },
    ])
    expect(publisher.state()).toMatchObject({
      retry: { attempt: 1, at: at(6000) },
      lastError: { message: 'Injected failure', at: at(1000) },
      builds: 1,
      building: null,
      queue: { pending: [change('a')] },
    })
    publisher.advanceTo(6000)
    expect(publisher.builds.at(-1)).toEqual({ at: 6000, deliveries: ['a'], retryAttempt: 1 })
    publisher.fail(6100)
    expect(publisher.state().retry).toEqual({ attempt: 2, at: at(16_100) })
    publisher.advanceTo(16_100)
    expect(publisher.builds.at(-1)).toMatchObject({ at: 16_100, retryAttempt: 2 })
    publisher.succeed(16_200)
    expect(publisher.state()).toMatchObject({
      retry: null,
      lastError: null,
      lastRelease: { id: 'release-16200' },
      builds: 3,
      queue: { pending: [], building: null },
    })
  })

  it('builds the changes that come while it waits together with the retry, when it is due', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.deliver(500, 'b') // During the build that fails.
    publisher.fail(1000)
    expect(publisher.deliver(1500, 'c')).toEqual([{ type: 'save' }])
    publisher.deliver(5900, 'd')
    publisher.advanceTo(5999)
    expect(publisher.builds).toHaveLength(1)
    publisher.advanceTo(6000)
    expect(publisher.builds[1]).toEqual({
      at: 6000,
      deliveries: ['a', 'b', 'c', 'd'],
      retryAttempt: 1,
    })
  })

  it('waits for the next delivery once every retry has failed', () => {
    const publisher = createHarness({ settings: { ...SETTINGS, retryAttempts: 2 } })
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.fail(100)
    publisher.advanceTo(5100)
    publisher.fail(5200)
    publisher.advanceTo(15_200)
    expect(publisher.fail(15_300)).toEqual([{ type: 'prune' }, { type: 'save' }])
    expect(publisher.state()).toMatchObject({
      retry: null,
      lastError: { at: at(15_300) },
      queue: { pending: [change('a')] },
    })
    publisher.advanceTo(3_600_000)
    expect(publisher.builds).toHaveLength(3)

    // The next delivery joins what waits, as a burst: it settles first.
    publisher.deliver(3_600_000, 'b')
    publisher.advanceTo(3_602_000)
    expect(publisher.builds.at(-1)).toEqual({
      at: 3_602_000,
      deliveries: ['a', 'b'],
      retryAttempt: null,
    })
  })

  it('is tried at once on "Bygg om nu" instead of waiting for its retry', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.fail(100)
    expect(publisher.rebuild(1000, 'rebuild')).toEqual([
      { type: 'save' },
      { type: 'clearTimer' },
      { type: 'save' },
      { type: 'setTimer', delayMs: 0 },
    ])
    expect(publisher.state().retry).toEqual({ attempt: 1, at: at(1000) })
    publisher.advanceTo(1000)
    expect(publisher.builds.at(-1)).toEqual({
      at: 1000,
      deliveries: ['a', 'rebuild'],
      retryAttempt: 1,
    })
    publisher.succeed(1100)
    expect(publisher.state()).toMatchObject({ retry: null, lastError: null })
  })

  it('leaves "Bygg om nu" to the usual wait when no retry waits', () => {
    const publisher = createHarness()
    expect(publisher.rebuild(0, 'rebuild')).toEqual([
      { type: 'save' },
      { type: 'setTimer', delayMs: 50 },
    ])
    publisher.advanceTo(50)
    // During a build (a retry's or not) there is no wait to cut short.
    expect(publisher.send(60, { type: 'buildNow' })).toEqual([])
  })
})

describe('the scheduler after a restart', () => {
  const failedEarlier = (retryAt: number): StoredState => ({
    ...emptyStored(),
    queue: { pending: [change('a')], building: null, seen: { a: T0 } },
    retry: { attempt: 2, at: at(retryAt) },
    lastError: { message: 'Injected failure', at: at(0) },
  })

  it('keeps waiting for a persisted retry that is due later', () => {
    const state = restoreScheduler({
      stored: failedEarlier(60_000),
      firstChange: null,
      nowMs: T0 + 1000,
      settings: SETTINGS,
    })
    const publisher = createHarness({ state })
    expect(publisher.send(1000, { type: 'listen' })).toEqual([
      { type: 'setTimer', delayMs: 59_000 },
    ])
    publisher.advanceTo(59_999)
    expect(publisher.builds).toEqual([])
    publisher.advanceTo(60_000)
    expect(publisher.builds).toEqual([{ at: 60_000, deliveries: ['a'], retryAttempt: 2 }])
  })

  it('tries a persisted retry that is already due at once', () => {
    const state = restoreScheduler({
      stored: failedEarlier(5000),
      firstChange: null,
      nowMs: T0 + 9000,
      settings: SETTINGS,
    })
    const publisher = createHarness({ state })
    expect(publisher.send(9000, { type: 'listen' })).toEqual([{ type: 'setTimer', delayMs: 0 }])
  })

  it('builds an interrupted build’s changes again, ahead of newer ones, after the debounce', () => {
    const stored: StoredState = {
      ...emptyStored(),
      queue: { pending: [change('b')], building: [change('a')], seen: { a: T0, b: T0 } },
    }
    const state = restoreScheduler({ stored, firstChange: null, nowMs: T0, settings: SETTINGS })
    expect(state).toMatchObject({ building: null, builds: 0, retry: null })
    const publisher = createHarness({ state })
    publisher.send(0, { type: 'listen' })
    publisher.advanceTo(50)
    expect(publisher.builds).toEqual([{ at: 50, deliveries: ['a', 'b'], retryAttempt: null }])
  })

  it('drops a persisted retry that has nothing left to build', () => {
    const stored: StoredState = { ...emptyStored(), retry: { attempt: 1, at: at(5000) } }
    const state = restoreScheduler({ stored, firstChange: null, nowMs: T0, settings: SETTINGS })
    expect(state.retry).toBeNull()
    expect(createHarness({ state }).send(0, { type: 'listen' })).toEqual([])
  })

  it('builds the first change when nothing is pending (no release live yet), and only then', () => {
    const first = change('initial')
    const fresh = restoreScheduler({
      stored: emptyStored(),
      firstChange: first,
      nowMs: T0,
      settings: SETTINGS,
    })
    expect(fresh.queue.pending).toEqual([first])
    const withPending = restoreScheduler({
      stored: failedEarlier(5000),
      firstChange: first,
      nowMs: T0,
      settings: SETTINGS,
    })
    expect(withPending.queue.pending).toEqual([change('a')])
  })

  it('restores what was persisted, and schedules nothing before the publisher listens', () => {
    const state = restoreScheduler({
      stored: failedEarlier(0),
      firstChange: null,
      nowMs: T0,
      settings: SETTINGS,
    })
    expect(state.wakeAt).toBeNull()
    expect(storedState(state)).toEqual(failedEarlier(0))
  })
})

describe('the scheduler when closed', () => {
  it('stops the timer and builds nothing more', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    expect(publisher.send(10, { type: 'close' })).toEqual([{ type: 'clearTimer' }])
    expect(publisher.deliver(20, 'b')).toEqual([{ type: 'save' }])
    expect(publisher.send(60, { type: 'wake' })).toEqual([])
    publisher.advanceTo(60_000)
    expect(publisher.builds).toEqual([])
    expect(publisher.state().queue.pending.map((entry) => entry.deliveryId)).toEqual(['a', 'b'])
  })

  it('stops the build under way, whose failure then records nothing and keeps its changes', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    expect(publisher.send(100, { type: 'close' })).toEqual([{ type: 'stopBuild' }])
    expect(publisher.fail(110)).toEqual([])
    expect(publisher.state()).toMatchObject({ retry: null, lastError: null, builds: 0 })
    // What is persisted still has the build's changes, to build again on restart.
    expect(storedState(publisher.state()).queue.building).toEqual([change('a')])
  })

  it('starts no timer after a build that succeeds while closing', () => {
    const publisher = createHarness()
    publisher.deliver(0, 'a')
    publisher.advanceTo(50)
    publisher.deliver(60, 'b')
    publisher.send(100, { type: 'close' })
    expect(publisher.succeed(110)).toEqual([{ type: 'save' }, { type: 'prune' }])
    expect(publisher.timerAt()).toBeNull()
  })
})
