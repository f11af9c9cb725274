// The site build reports its steps as `[site build 12.3 s] Astro rendered 10214 keyed pages`
// (site/build/build.ts): seconds since the build script started, then what was done.

export interface BuildLine {
  /** Seconds since the build script started. */
  seconds: number
  message: string
}

export interface Phase extends BuildLine {
  /** Seconds since the previous line: how long the step this line reports took. */
  took: number
}

const BUILD_LINE = /\[site build ([\d.]+) s\] (.*)$/

/** A build line, also inside a prefixed log line (the publisher's `  [build] …`). */
export function parseBuildLine(line: string): BuildLine | null {
  const match = BUILD_LINE.exec(line)
  return match ? { seconds: Number(match[1]), message: match[2]! } : null
}

export function phasesOf(lines: readonly BuildLine[]): Phase[] {
  return lines.map((line, index) => ({
    ...line,
    took: line.seconds - (index > 0 ? lines[index - 1]!.seconds : 0),
  }))
}

/** The message with numbers and paths blanked, so the same step of different builds matches. */
export function phaseName(message: string): string {
  return message.replace(/\S*\/\S*/g, '…').replace(/\d+/g, 'N')
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return NaN
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The median duration of each step over several builds, in the order the steps first
 * appear, with how many of the builds had that step.
 */
export function medianPhases(
  builds: readonly (readonly BuildLine[])[],
): { name: string; took: number; count: number }[] {
  const durations = new Map<string, number[]>()
  for (const build of builds)
    for (const phase of phasesOf(build)) {
      const name = phaseName(phase.message)
      durations.set(name, [...(durations.get(name) ?? []), phase.took])
    }
  return [...durations].map(([name, took]) => ({ name, took: median(took), count: took.length }))
}
