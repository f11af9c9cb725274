import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

import { binDir } from './paths'

export interface RunOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Shown before every output line, so interleaved processes stay readable. */
  prefix: string
  /** Lines matching this are not echoed (noise such as npm's config warnings). */
  quiet?: RegExp
  /** Called with every output line, quiet ones included (e.g. to time what a child reports). */
  onLine?: (line: string) => void
}

/** Starts a long-running child whose output is echoed line by line with a prefix. */
export function startProcess(command: string, args: string[], options: RunOptions): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...options.env, PATH: `${binDir}:${options.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      options.onLine?.(line)
      if (options.quiet?.test(line)) return
      process.stdout.write(options.prefix ? `${options.prefix} ${line}\n` : `${line}\n`)
    })
  }
  return child
}

/** Runs a child to completion; rejects with its exit code when it fails. */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startProcess(command, args, options)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    )
  })
}

/** Polls a URL until it answers with a status below 500, or gives up after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError = 'no answer'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      if (response.status < 500) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError})`)
}

/** Asks children to stop and waits for them, killing any that take longer than `graceMs`. */
export async function stopProcesses(children: ChildProcess[], graceMs = 8000): Promise<void> {
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill('SIGTERM')
          }),
      ),
  )
}
