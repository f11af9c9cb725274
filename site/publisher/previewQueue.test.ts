import type { PreviewRequest } from '@redaktion/content-schemas/preview'
import { describe, expect, it } from 'vitest'

import { emptyQueue, type Change } from './changeQueue'
import {
  askPreview,
  emptyPreviewQueue,
  finishPreview,
  mayStartPreview,
  nextPreview,
  PREVIEW_SLACK_MS,
  type PreviewQueue,
} from './previewQueue'
import {
  restoreScheduler,
  stepScheduler,
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
const draft = (articleId: string, title: string): PreviewRequest => ({
  article: { id: articleId, title },
  savedAt: new Date(T0).toISOString(),
})
const change = (name: string): Change => ({
  deliveryId: name,
  event: 'publish',
  collection: 'articles',
  ids: [name],
  slugs: [name],
  time: new Date(T0).toISOString(),
})

/**
 * The publisher's shell with a fake clock (times in ms after T0): the scheduler and the
 * preview queue, and what reaches the build server in which order (it takes one at a time).
 */
function createShell() {
  let now = 0
  let timerAt: number | null = null
  let scheduler: SchedulerState = restoreScheduler({
    stored: { queue: emptyQueue(), lastRelease: null, lastError: null, retry: null },
    firstChange: null,
    nowMs: T0,
    settings: SETTINGS,
  })
  let previews: PreviewQueue<string> = emptyPreviewQueue()
  const sent: string[] = []

  function pump(): void {
    const next = nextPreview(previews, mayStartPreview(scheduler, T0 + now))
    previews = next.queue
    if (next.job) sent.push(`preview ${String(next.job.request.article.title)}`)
  }
  function dispatch(event: SchedulerEvent): void {
    const transition = stepScheduler(scheduler, event, { nowMs: T0 + now, settings: SETTINGS })
    scheduler = transition.state
    for (const effect of transition.effects) {
      if (effect.type === 'setTimer') timerAt = now + effect.delayMs
      if (effect.type === 'clearTimer') timerAt = null
      if (effect.type === 'build')
        sent.push(`build ${effect.changes.map((entry) => entry.deliveryId).join(',')}`)
    }
    pump()
  }
  function advanceTo(ms: number): void {
    while (timerAt !== null && timerAt <= ms) {
      now = timerAt
      timerAt = null
      dispatch({ type: 'wake' })
    }
    now = ms
  }
  return {
    sent,
    previews: () => previews,
    askPreview(ms: number, request: PreviewRequest) {
      advanceTo(ms)
      previews = askPreview(previews, request, `waiter of ${String(request.article.title)}`)
      pump()
    },
    previewAnswered(ms: number) {
      advanceTo(ms)
      previews = finishPreview(previews)
      pump()
    },
    deliver(ms: number, name: string) {
      advanceTo(ms)
      dispatch({ type: 'change', change: change(name) })
    },
    built(ms: number) {
      advanceTo(ms)
      dispatch({
        type: 'built',
        release: {
          id: `r${ms}`,
          finishedAt: new Date(T0 + ms).toISOString(),
          durationMs: 1,
          changes: 1,
        },
      })
    },
  }
}

describe('previews beside publishing', () => {
  it('takes a publish that waits behind previews first: the waiting previews follow its build', () => {
    const shell = createShell()
    shell.askPreview(0, draft('a', 'A'))
    shell.askPreview(10, draft('b', 'B'))
    shell.askPreview(20, draft('c', 'C'))
    expect(shell.sent).toEqual(['preview A'])
    // A publish comes while A renders; A is answered before the build is due.
    shell.deliver(100, 'x')
    shell.previewAnswered(120)
    expect(shell.sent, 'B waits: the build is due within the slack').toEqual(['preview A'])
    shell.built(150 + 900)
    expect(shell.sent).toEqual(['preview A', 'build x', 'preview B'])
    shell.previewAnswered(1200)
    expect(shell.sent).toEqual(['preview A', 'build x', 'preview B', 'preview C'])
  })

  it('starts no preview while a build runs, and one as soon as it is done', () => {
    const shell = createShell()
    shell.deliver(0, 'x')
    shell.askPreview(60, draft('a', 'A'))
    expect(shell.sent).toEqual(['build x'])
    shell.built(500)
    expect(shell.sent).toEqual(['build x', 'preview A'])
  })

  it('lets previews run while the next build is due later than the slack (a settling burst)', () => {
    const shell = createShell()
    shell.deliver(0, 'x')
    shell.deliver(60, 'y')
    shell.built(100)
    // y came while x was built: it waits for the burst to settle (2 s after it came).
    shell.askPreview(200, draft('a', 'A'))
    expect(shell.sent).toEqual(['build x', 'preview A'])
  })

  it('coalesces previews of one article: only the newest draft waits, for everyone who asked', () => {
    let queue = askPreview(emptyPreviewQueue<string>(), draft('a', 'first'), 'one')
    queue = nextPreview(queue, true).queue
    queue = askPreview(queue, draft('a', 'second'), 'two')
    queue = askPreview(queue, draft('b', 'other'), 'three')
    queue = askPreview(queue, draft('a', 'third'), 'four')
    expect(queue.running?.request.article.title).toBe('first')
    expect(queue.waiting.map((job) => [job.request.article.title, job.waiters])).toEqual([
      ['third', ['two', 'four']],
      ['other', ['three']],
    ])
    expect(nextPreview(queue, true).job, 'one at a time').toBeNull()
    const next = nextPreview(finishPreview(queue), true)
    expect(next.job?.request.article.title).toBe('third')
  })

  it('may start a preview unless a build runs or is due within the slack', () => {
    const idle = {
      building: null,
      wakeAt: null,
      queue: emptyQueue(),
      isClosed: false,
    }
    const pending = { ...idle, queue: { ...emptyQueue(), pending: [change('x')] } }
    expect(mayStartPreview(idle, T0)).toBe(true)
    expect(mayStartPreview({ ...idle, building: { startedAt: '', changes: 1 } }, T0)).toBe(false)
    expect(mayStartPreview({ ...pending, wakeAt: T0 + PREVIEW_SLACK_MS }, T0)).toBe(false)
    // A retry far off, or changes that wait for the next delivery once retries are spent.
    expect(mayStartPreview({ ...pending, wakeAt: T0 + 60_000 }, T0)).toBe(true)
    expect(mayStartPreview(pending, T0)).toBe(true)
    expect(mayStartPreview({ ...idle, isClosed: true }, T0)).toBe(false)
  })
})
