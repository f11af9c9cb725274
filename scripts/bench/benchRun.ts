// What every benchmark that starts servers shares: one list of what to stop, stopped in
// reverse order when the run ends, fails or is interrupted (Ctrl-C), and the run itself.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { formatSeconds, info, step } from '../src/lib/log'
import { repoRoot } from '../src/lib/paths'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Everything started here, stopped in reverse order when the run ends or is interrupted.
const cleanups: { what: string; run: () => unknown }[] = []
export const onStop = (what: string, run: () => unknown) => {
  const cleanup = { what, run }
  cleanups.push(cleanup)
  return () => cleanups.splice(cleanups.indexOf(cleanup), 1)
}
let stopping: Promise<void> | null = null
let interruption: string | null = null
/** Stops everything once; later calls wait for the same stop. */
export function cleanUp(): Promise<void> {
  stopping ??= (async () => {
    for (const { what, run } of [...cleanups].reverse()) {
      const started = performance.now()
      try {
        await run()
        info(`${what} (${formatSeconds(performance.now() - started)})`)
      } catch (error) {
        info(`${what}: ${(error as Error).message}`)
      }
    }
  })()
  return stopping
}
/** A supervised child keeps dying: stop everything; its [name] lines above say why. */
export function giveUp(message: string): void {
  interruption = message
  process.stderr.write(`✗ ${message}\n`)
  void cleanUp().then(() => process.exit(1))
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    interruption = signal
    process.stdout.write(`\n▸ Stopping (${signal})…\n`)
    void cleanUp().then(() => process.exit(130))
  })

/** An error with its cause's code, which is where fetch says what went wrong (ECONNRESET, …). */
export function describeError(error: unknown): string {
  const { message, cause } = error as Error & { cause?: { code?: string; message?: string } }
  return cause?.code ? `${message} (${cause.code}: ${cause.message})` : message
}

/** Runs a benchmark's main, stops everything it started and exits (1 when it failed). */
export async function runBench(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (error) {
    // An interrupted run fails wherever it was; the interruption is the news, not that failure.
    if (!interruption) process.stderr.write(`✗ ${describeError(error)}\n`)
    process.exitCode = 1
  } finally {
    if (interruption) await cleanUp()
    else await step('Stopping what the benchmark started', cleanUp)
    // Whatever a failed step left behind (a pending request, a timer) must not keep it running.
    process.exit()
  }
}

/** One archive size of a benchmark, run longer than this, is stopped. */
const SIZE_TIMEOUT_MS = 3 * 60 * 60_000

/**
 * Runs `script` (a benchmark) for one archive size of `articles` in a child process with
 * `args`, which writes its result as JSON into `resultFile`: its servers and folders end with
 * it. Resolves with the result; rejects when the child fails or runs over the time limit.
 */
export function runSizeInChild<T>(
  script: string,
  articles: number,
  args: string[],
  resultFile: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repoRoot,
      stdio: 'inherit',
    })
    const stop = () => child.kill('SIGTERM')
    const forget = onStop(`stopped the ${articles}-article run`, stop)
    const timer = setTimeout(stop, SIZE_TIMEOUT_MS)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      forget()
      if (code !== 0)
        return reject(new Error(`The ${articles}-article run ended with ${code ?? signal}`))
      resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as T)
    })
  })
}
