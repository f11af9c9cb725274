/** Console output for long steps: what is happening, then how long it took. */
export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`
}

export function info(message: string): void {
  process.stdout.write(`  ${message}\n`)
}

export function fail(message: string, whatToDo: string): never {
  process.stderr.write(`✗ ${message}\n  → ${whatToDo}\n`)
  process.exit(1)
}

/** Runs one long step, printing its start and its duration; rethrows with the step's name. */
export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now()
  process.stdout.write(`▸ ${label}…\n`)
  const result = await run()
  process.stdout.write(`✓ ${label} (${formatSeconds(Date.now() - started)})\n`)
  return result
}
