import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { PublisherBuildError, PublisherRelease } from '@redaktion/content-schemas/siteWebhook'

import { emptyQueue, type QueueState } from './changeQueue'
import type { LiveRecords } from './liveRecords'
import type { Retry } from './nextRetry'

export type Release = PublisherRelease
export type BuildError = PublisherBuildError

/**
 * What publisher-state.json holds: the queue, the retry a failed build waits for, and what
 * GET /status reports (the last release, the error since the last release), so a restarted
 * publisher keeps waiting where the previous one left off.
 */
export interface StoredState {
  queue: QueueState
  lastRelease: Release | null
  lastError: BuildError | null
  retry: Retry | null
}

const emptyState = (): StoredState => ({
  queue: emptyQueue(),
  lastRelease: null,
  lastError: null,
  retry: null,
})

/** Reads publisher-state.json; a missing file is an empty queue. */
export function loadState(file: string): StoredState {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredState>
    return {
      queue: { ...emptyQueue(), ...stored.queue },
      lastRelease: stored.lastRelease ?? null,
      lastError: stored.lastError ?? null,
      retry: stored.retry ?? null,
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState()
    throw new Error(
      `${file} is unreadable (${(error as Error).message}); delete it to start over`,
      { cause: error },
    )
  }
}

/** Writes a temporary file and renames it, so a crash leaves the old or the new state whole. */
export function saveState(file: string, state: StoredState): void {
  writeWhole(file, `${JSON.stringify(state, null, 2)}\n`)
}

/** Reads publisher-live.json (liveRecords.ts); a missing or unreadable file is no record. */
export function loadLiveRecords(file: string): LiveRecords {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return stored && typeof stored === 'object' && !Array.isArray(stored)
      ? (stored as LiveRecords)
      : {}
  } catch {
    // Only the admin's "live" notes depend on it: they say "unknown" until the next delivery.
    return {}
  }
}

/** Writes publisher-live.json whole (up to thousands of documents: one line, no indent). */
export function saveLiveRecords(file: string, records: LiveRecords): void {
  writeWhole(file, `${JSON.stringify(records)}\n`)
}

function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}
