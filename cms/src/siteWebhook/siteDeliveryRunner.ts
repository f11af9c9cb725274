import { Cron } from 'croner'
import type { Payload } from 'payload'

/** The jobs queue the site webhook deliveries go to; only the runner below runs it. */
export const SITE_DELIVERY_QUEUE = 'site'

/** How often, and for how long after a change queued a delivery, the queue is looked at. */
const QUICK_POLL_MS = 50
const QUICK_FOR_MS = 2000
/** How many deliveries one run sends at once: a burst of 50 publishes leaves in one run. */
const RUN_LIMIT = 100

const runners = new WeakMap<Payload, SiteDeliveryRunner>()

/**
 * Runs the site webhook queue, one run at a time (Payload's runner reads a job and marks it
 * processing in two steps, so two runs at once could send a delivery twice). On the jobs cron's
 * tick like every other queue, for retries and for what was queued before a restart, and within
 * tens of milliseconds when a change queued a delivery: the one-second tick was, on average, half a
 * second of every publish. The change's job row becomes visible only when the change commits
 * (MongoDB), so after a nudge the queue is looked at every 50 ms for two seconds.
 */
export class SiteDeliveryRunner {
  readonly #payload: Payload
  readonly #cron: Cron
  #running = false
  #again = false
  #quickUntil = 0
  #quickTimer: NodeJS.Timeout | undefined

  constructor(payload: Payload, cron: string) {
    this.#payload = payload
    this.#cron = new Cron(cron, () => this.run(), { protect: true })
  }

  /** The tick's cron, for Payload to stop with its own (`payload.destroy()`). */
  get cron(): Cron {
    return this.#cron
  }

  /** A delivery was just queued: send it as soon as it is visible. */
  nudge(): void {
    if (this.#cron.isStopped()) return
    this.#quickUntil = Date.now() + QUICK_FOR_MS
    void this.run()
  }

  /** Sends every due delivery; a run asked for while one is going happens right after it. */
  async run(): Promise<void> {
    if (this.#cron.isStopped()) return
    if (this.#running) {
      this.#again = true
      return
    }
    this.#running = true
    try {
      do {
        this.#again = false
        await this.#payload.jobs.run({ queue: SITE_DELIVERY_QUEUE, limit: RUN_LIMIT })
      } while (this.#again && !this.#cron.isStopped())
    } catch (error) {
      this.#payload.logger.error({ err: error }, 'Could not run the site webhook deliveries')
    } finally {
      this.#running = false
    }
    this.#pollQuicklyWhileNudged()
  }

  #pollQuicklyWhileNudged(): void {
    clearTimeout(this.#quickTimer)
    if (this.#cron.isStopped() || Date.now() >= this.#quickUntil) return
    this.#quickTimer = setTimeout(() => void this.run(), QUICK_POLL_MS).unref()
  }
}

/**
 * Starts the runner of this Payload's site deliveries; called where Payload starts its crons,
 * and only where jobs run.
 */
export function startSiteDeliveryRunner(payload: Payload, cron: string): SiteDeliveryRunner {
  const running = runners.get(payload)
  if (running && !running.cron.isStopped()) return running
  const runner = new SiteDeliveryRunner(payload, cron)
  runners.set(payload, runner)
  payload.crons.push(runner.cron)
  return runner
}

/** Tells this Payload's runner, if it runs one, that a delivery was queued. */
export function nudgeSiteDeliveries(payload: Payload): void {
  runners.get(payload)?.nudge()
}
