/** A failed build's next try: which retry of the series it is, and when it is due. */
export interface Retry {
  attempt: number
  /** ISO time. */
  at: string
}

/**
 * The retry after a failed build: `baseMs` after the first failure, twice as long after each
 * further one; null once `attempts` retries have failed as well, and the changes wait for a new
 * delivery or POST /rebuild (which start a new series). `previous` is the retry that failed,
 * null when the failed build was not a retry.
 */
export function nextRetry({
  previous,
  baseMs,
  attempts,
  nowMs,
}: {
  previous: Retry | null
  baseMs: number
  attempts: number
  nowMs: number
}): Retry | null {
  const attempt = (previous?.attempt ?? 0) + 1
  if (attempt > attempts) return null
  return { attempt, at: new Date(nowMs + baseMs * 2 ** (attempt - 1)).toISOString() }
}
