// Runs the build's commands (`cp -rl`, a niced `rm -rf`) from a small helper process, once the
// build server has started it. Starting a child process from a process with a large heap is
// slow, and the event loop waits meanwhile: Linux copies the parent's page tables on fork
// (here 5 ms per command from a 50 MB process, 30 ms from a 2 GB one; the build server holds
// the newsroom and Astro, several gigabytes at 100,000 articles, and ran a few commands per
// publish). The helper (commandRunnerChild.mjs) is started while the heap is still small and
// stays small; without it (the command-line build, tests) commands are spawned directly.
import { type ChildProcess, fork, spawn } from 'node:child_process'
import path from 'node:path'

export interface CommandOptions {
  /** Started and forgotten: in a session of its own, not waited for (a background delete). */
  isDetached?: boolean
}

/** A request to the helper, and its answer. */
export interface CommandRequest {
  id: number
  command: string
  args: string[]
  isDetached: boolean
}
export interface CommandAnswer {
  id: number
  code: number | null
  signal: string | null
  error?: string
}

let helper: ChildProcess | null = null
let nextId = 0
const waiting = new Map<number, (answer: CommandAnswer) => void>()

/**
 * Starts the helper; call it early, while this process is small. Once it is gone (it died),
 * commands are spawned directly.
 */
export function startCommandRunner(): void {
  if (helper) return
  const child = fork(path.join(import.meta.dirname, 'commandRunnerChild.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  })
  child.on('message', (answer: CommandAnswer) => {
    waiting.get(answer.id)?.(answer)
    waiting.delete(answer.id)
  })
  child.on('exit', () => {
    helper = null
    for (const [id, answer] of waiting) answer({ id, code: null, signal: null, error: 'exited' })
    waiting.clear()
  })
  // It must not keep this process alive, nor outlive it (it exits when the channel closes).
  child.unref()
  child.channel?.unref()
  helper = child
}

/** What a direct spawn answers, as the helper would. */
function spawnHere(
  id: number,
  command: string,
  args: string[],
  isDetached: boolean,
): Promise<CommandAnswer> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: isDetached ? 'ignore' : 'inherit',
      detached: isDetached,
    })
    child.on('error', (error) => resolve({ id, code: null, signal: null, error: error.message }))
    if (isDetached) {
      child.unref()
      resolve({ id, code: 0, signal: null })
    } else child.on('exit', (code, signal) => resolve({ id, code, signal }))
  })
}

/**
 * Runs `command` (by the helper when it runs) and resolves when it exited with 0; a detached
 * one resolves once started.
 */
export async function runCommand(
  command: string,
  args: string[],
  { isDetached = false }: CommandOptions = {},
): Promise<void> {
  const id = ++nextId
  const channel = helper
  let answer: CommandAnswer
  if (channel?.connected) {
    answer = await new Promise<CommandAnswer>((resolve) => {
      waiting.set(id, resolve)
      const request: CommandRequest = { id, command, args, isDetached }
      channel.send(request)
    })
    // The helper died before it answered: the command may have run in part, so it is not
    // run again; the build fails (and the build server starts afresh).
  } else answer = await spawnHere(id, command, args, isDetached)
  if (answer.error) throw new Error(`${command}: ${answer.error}`)
  if (answer.code !== 0)
    throw new Error(`${command} ${args.join(' ')} ended with ${answer.code ?? answer.signal}`)
}
