import { pruneReleases, type ReleasePaths } from './releases'

/**
 * Deletes old releases once the new one is live, off the build: a 10,000-article release takes
 * tens of seconds to delete, which is no reason to keep the next build waiting. Returns the
 * function that starts a prune.
 */
export function createReleasePruner({
  paths,
  keep,
  recycleDir,
  log,
}: {
  paths: ReleasePaths
  keep: number
  /** Where old releases are handed back to the build server, null without one. */
  recycleDir: string | null
  log: (line: string) => void
}): () => void {
  const pruning = new Set<string>()
  /** The deletion of old releases under way, if any. */
  let deleting: Promise<void> = Promise.resolve()

  return function pruneInBackground(): void {
    const started = Date.now()
    // Renamed (recycled) at once; deleted one prune after the other, so that publishes that
    // keep coming do not start a deletion each.
    const { ids, done } = pruneReleases(paths, {
      keep,
      skip: pruning,
      recycleDir,
      after: deleting,
    })
    deleting = done.catch(() => undefined)
    if (ids.length === 0) return
    for (const id of ids) pruning.add(id)
    void done
      .then(
        () =>
          log(
            `Pruned ${ids.length} old release(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          ),
        (error: Error) => log(`Could not remove old releases: ${error.message}`),
      )
      .finally(() => {
        for (const id of ids) pruning.delete(id)
      })
  }
}
