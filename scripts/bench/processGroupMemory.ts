// Peak memory of a process and everything it starts, sampled from /proc (Linux only). A build
// is several processes (npm, the build script, Astro, Pagefind's binary), so /usr/bin/time,
// which reports the largest single process, undercounts it; this sums the resident memory of
// every process in the root's process group or below it in the process tree. Shared pages
// (Node's binary, libraries) count once per process, so the sum is an upper bound.
import { readdirSync, readFileSync } from 'node:fs'

export interface ProcessEntry {
  pid: number
  ppid: number
  /** The process group id. */
  pgrp: number
  /** The executable's name as the kernel keeps it (at most 15 characters). */
  name: string
}

export interface ProcessMemory {
  pid: number
  command: string
  rssBytes: number
}

export interface MemoryPeak {
  peakBytes: number
  /** Milliseconds after sampling started. */
  peakAtMs: number
  /** The processes at the peak, largest first. */
  processesAtPeak: ProcessMemory[]
  samples: number
}

/** Parses /proc/<pid>/stat; the name is in parentheses and may itself hold spaces or `)`. */
export function parseStat(line: string): ProcessEntry | null {
  const open = line.indexOf('(')
  const close = line.lastIndexOf(')')
  if (open < 0 || close < open) return null
  const [, ppid, pgrp] = line
    .slice(close + 2)
    .split(' ')
    .map(Number)
  const pid = Number(line.slice(0, open).trim())
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(pgrp)) return null
  return { pid, ppid: ppid!, pgrp: pgrp!, name: line.slice(open + 1, close) }
}

/** The pids of `rootPid`'s process group and of every descendant of `rootPid`. */
export function groupMembers(rootPid: number, table: readonly ProcessEntry[]): number[] {
  const children = new Map<number, number[]>()
  for (const entry of table)
    children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry.pid])
  const descendants = new Set<number>()
  const stack = table.some((entry) => entry.pid === rootPid) ? [rootPid] : []
  while (stack.length) {
    const pid = stack.pop()!
    descendants.add(pid)
    stack.push(...(children.get(pid) ?? []).filter((child) => !descendants.has(child)))
  }
  const inGroup = table.filter((entry) => entry.pgrp === rootPid).map((entry) => entry.pid)
  return [...new Set([...descendants, ...inGroup])].sort((a, b) => a - b)
}

/** A file of /proc, or null when the process ended in the meantime. */
function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return null
  }
}

function processTable(): ProcessEntry[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const stat = readProc(Number(name), 'stat')
      const entry = stat && parseStat(stat)
      return entry ? [entry] : []
    })
}

/** The resident memory of `rootPid`'s group and tree now, per process. */
export function groupMemory(rootPid: number): ProcessMemory[] {
  const table = processTable()
  return groupMembers(rootPid, table).flatMap((pid) => {
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readProc(pid, 'status') ?? '')
    if (!rss) return []
    const command =
      readProc(pid, 'cmdline')?.split('\0').filter(Boolean).join(' ') ||
      table.find((entry) => entry.pid === pid)!.name
    return [{ pid, command, rssBytes: Number(rss[1]) * 1024 }]
  })
}

/**
 * Samples the memory of `rootPid`'s group and tree every `intervalMs` until `stop()`, which
 * returns the largest sum seen. Start it right after spawning the root, ideally in a process
 * group of its own (`spawn(…, { detached: true })`).
 */
export function watchGroupMemory(rootPid: number, intervalMs = 100): { stop: () => MemoryPeak } {
  const started = performance.now()
  let peak: MemoryPeak = { peakBytes: 0, peakAtMs: 0, processesAtPeak: [], samples: 0 }
  const sample = () => {
    const processes = groupMemory(rootPid)
    const total = processes.reduce((sum, entry) => sum + entry.rssBytes, 0)
    peak = { ...peak, samples: peak.samples + 1 }
    if (total > peak.peakBytes)
      peak = {
        ...peak,
        peakBytes: total,
        peakAtMs: performance.now() - started,
        processesAtPeak: processes.sort((a, b) => b.rssBytes - a.rssBytes),
      }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
