// The hard-linked copies of releases that the build server makes ahead of the builds that
// need them. An incremental build starts from a copy of the live release (a 10,000-article
// release is 86,700 folders and links: about two seconds of `cp -rl` on two cores, more than
// a whole publish may take), so the copy for the next build is made before it is asked for:
//
// - the stage: a copy of the release the next build will start from, made as soon as the
//   release exists (after a build, or by a warm-up);
// - the spare: while a build runs, a second copy of the release it starts from, which becomes
//   the next stage once the build's changes are linked into it (applyChanges), without
//   copying the whole release again;
// - recycling: the publisher renames the releases it no longer keeps into a recycle folder
//   instead of deleting them (deleting is as slow as copying). An old release this process
//   built, with the changes of every build since linked in, is a spare made of a few hundred
//   links instead of tens of thousands. The publisher only renames into that folder; this
//   process alone takes releases out of it, to reuse or to delete;
// - the pool: until the first release this process started from comes back recycled (the
//   publisher keeps five), every build would need a whole copy of 110,000 files at 100,000
//   articles, made beside the publish. So a warm-up also makes that many whole copies of the
//   live release, one after the other in the background; each build's spare is one of them
//   with the changes of every build since linked in, like a recycled release.
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import path from 'node:path'

import { recycleTrashOf, renderCopies } from '../siteDataFolder'
import { runCommand } from './commandRunner'
import { applyChanges, hardLinkCopy, type ReleaseChanges } from './tree'

/**
 * Deletes a folder off the build's path: moved aside at once (to `aside`, by default beside
 * it), deleted by a niced `rm`.
 */
export function removeInBackground(dir: string, aside = `${dir}-old-${Date.now()}`): void {
  if (!existsSync(dir)) return
  renameSync(dir, aside)
  void runCommand('nice', ['-n', '19', 'rm', '-rf', aside], { isDetached: true }).catch(
    (error: Error) => process.stderr.write(`Could not delete ${aside}: ${error.message}\n`),
  )
}

/** A copy under way: of the release `from`, into its folder, done when `ready` settles. */
interface Copy {
  from: string
  dir: string
  ready: Promise<void>
}

/** One release this process built: its folder, the release it started from, what it changed. */
interface BuiltStep {
  dir: string
  from: string | null
  changes: ReleaseChanges | null
}

/** How many builds are remembered for recycling (the publisher keeps five releases). */
const HISTORY_LENGTH = 50

const settles = (copy: Copy) =>
  copy.ready.then(
    () => true,
    () => false,
  )

export class ReleaseCopies {
  readonly #base: string
  readonly #names: ReturnType<typeof renderCopies>
  readonly #stageDir: string
  readonly #recycleDir: string | null
  #staged: Copy | null = null
  #spare: Copy | null = null
  #spares = 0
  readonly #history: BuiltStep[] = []
  /** Whole copies of a release, made ahead for the spares (see the pool above). */
  #pool: Copy[] = []

  /**
   * Copies are made beside `base` (`<base>-next`, `<base>-spare-<n>`); recycled releases are
   * taken from `recycleDir`, where the publisher puts them.
   */
  constructor(base: string, recycleDir: string | null) {
    this.#base = base
    this.#names = renderCopies(base)
    this.#stageDir = this.#names.stage
    this.#recycleDir = recycleDir
  }

  /**
   * Removes what an earlier process left beside `base` (it stopped in the middle of a copy),
   * and the recycled releases: this process built none of them, so it cannot reuse them.
   */
  removeLeftovers(): void {
    const parent = path.dirname(this.#base)
    for (const name of readdirSync(parent))
      if (this.#names.isCopy(name) && !name.includes('-old-'))
        removeInBackground(path.join(parent, name))
    const recycleDir = this.#recycleDir
    if (recycleDir && existsSync(recycleDir)) this.#removeRecycled(readdirSync(recycleDir))
  }

  /** Deletes these recycled releases (those still there: a taken one is gone). */
  #removeRecycled(names: readonly string[]): void {
    if (!this.#recycleDir || names.length === 0) return
    const trashDir = recycleTrashOf(this.#recycleDir)
    mkdirSync(trashDir, { recursive: true })
    for (const name of names) {
      const dir = path.join(this.#recycleDir, name)
      removeInBackground(dir, path.join(trashDir, `${name}-${Date.now()}`))
    }
  }

  /**
   * Starts a whole copy of `release` as the stage, niced (a warm-up's: nothing is built yet),
   * then `pooled` more, one after the other, for the spares of the builds that follow.
   * Resolves when the stage is ready; `pool` when every copy is.
   */
  stageWhole(release: string, pooled = 0): { stage: Promise<void>; pool: Promise<void> } {
    removeInBackground(this.#stageDir)
    const ready = hardLinkCopy(release, this.#stageDir, { isBackground: true })
    this.#staged = { from: release, dir: this.#stageDir, ready }
    // The release it starts from counts as built here: its copies (and itself, once recycled)
    // are brought up to date with the changes of the builds since.
    this.#record({ dir: release, from: null, changes: null })
    let after: Promise<unknown> = ready
    for (const copy of this.#pool.splice(0)) removeInBackground(copy.dir)
    for (let n = 0; n < pooled; n++) {
      const dir = this.#names.spare(++this.#spares)
      const made = after
        .catch(() => undefined)
        .then(() => hardLinkCopy(release, dir, { isBackground: true }))
      this.#pool.push({ from: release, dir, ready: made })
      after = made
    }
    return { stage: ready, pool: after.then(() => undefined) }
  }

  #record(step: BuiltStep): void {
    this.#history.push(step)
    if (this.#history.length > HISTORY_LENGTH) this.#history.shift()
  }

  /**
   * What every build since the release `start` changed up to the release `to`, when all of
   * them were built here, incrementally, one from the other; null otherwise.
   */
  #changesBetween(start: string, to: string): ReleaseChanges | null {
    const history = this.#history
    const end = history.findIndex((step) => step.dir === to)
    const first = history.findIndex((step) => step.dir === start)
    if (first < 0 || end < 0 || first > end) return null
    const steps = history.slice(first + 1, end + 1)
    const isChain = steps.every(
      (step, index) => step.changes && step.from === history[first + index]!.dir,
    )
    if (!isChain) return null
    return {
      files: [...new Set(steps.flatMap((step) => step.changes!.files))],
      folders: [...new Set(steps.flatMap((step) => step.changes!.folders))],
    }
  }

  /**
   * Makes `to` a hard-linked copy of the release `from`: the stage, if it is a finished copy of
   * that release, renamed; otherwise a new copy.
   */
  async take(from: string, to: string): Promise<void> {
    const staged = this.#staged
    this.#staged = null
    if (staged && staged.from === from && (await settles(staged))) {
      renameSync(staged.dir, to)
      return
    }
    removeInBackground(this.#stageDir)
    await hardLinkCopy(from, to)
  }

  /**
   * Starts the spare copy of `from`, the release a build starts from: a recycled release
   * brought up to date, or a new copy, niced. Returns the line that says which.
   */
  startSpare(from: string): string {
    const dir = this.#names.spare(++this.#spares)
    const recycled = this.#recycleInto(from, dir)
    if (recycled) {
      this.#spare = { from, dir, ready: applyChanges(dir, from, recycled) }
      return `The next build's copy: a recycled release and ${recycled.files.length} files changed since`
    }
    const pooled = this.#fromPool(from)
    if (pooled) {
      const { copy, changes } = pooled
      const ready = copy.ready.then(() => applyChanges(copy.dir, from, changes))
      this.#spare = { from, dir: copy.dir, ready }
      return `The next build's copy: a copy made ahead and ${changes.files.length} files changed since`
    }
    this.#spare = { from, dir, ready: hardLinkCopy(from, dir, { isBackground: true }) }
    return `The next build's copy: a whole copy of ${path.basename(from)} (no recycled release of this process)`
  }

  /** A copy of the pool that can be brought up to date as a copy of `to`, taken out of it. */
  #fromPool(to: string): { copy: Copy; changes: ReleaseChanges } | null {
    for (const [at, copy] of this.#pool.entries()) {
      const changes = this.#changesBetween(copy.from, to)
      if (!changes) continue
      this.#pool.splice(at, 1)
      return { copy, changes }
    }
    return null
  }

  /**
   * Records a build of `release` from `from` (null: a full build) that changed `changes`, and
   * makes the stage a copy of it: the spare with the build's changes linked in when the spare is
   * of `from`, otherwise a new copy. Resolves when the stage is ready.
   */
  built(release: string, from: string | null, changes: ReleaseChanges | null): Promise<void> {
    this.#record({ dir: release, from, changes })
    const spare = this.#spare
    this.#spare = null
    const ready = this.#stageFrom(spare, release, from, changes)
    this.#staged = { from: release, dir: this.#stageDir, ready }
    return ready
  }

  async #stageFrom(
    spare: Copy | null,
    release: string,
    from: string | null,
    changes: ReleaseChanges | null,
  ): Promise<void> {
    removeInBackground(this.#stageDir)
    if (spare && spare.from === from && changes && (await settles(spare))) {
      try {
        await applyChanges(spare.dir, release, changes)
        renameSync(spare.dir, this.#stageDir)
        return
      } catch {
        removeInBackground(spare.dir)
      }
    } else if (spare) {
      await settles(spare)
      removeInBackground(spare.dir)
    }
    await hardLinkCopy(release, this.#stageDir)
  }

  /**
   * Takes a recycled release this process built into `dir`, if one is there, and returns what
   * every build since changed up to the release `to` (all of those built here, one from the
   * other, incrementally); null when there is none to take.
   */
  #recycleInto(to: string, dir: string): ReleaseChanges | null {
    const recycleDir = this.#recycleDir
    if (!recycleDir || !existsSync(recycleDir)) return null
    const names = readdirSync(recycleDir).sort().reverse()
    let changes: ReleaseChanges | null = null
    for (const name of names) {
      const start = this.#history.find((step) => path.basename(step.dir) === name)
      // Not the release itself: the build of `to` has it in hand.
      if (!start || start.dir === to) continue
      changes = this.#changesBetween(start.dir, to)
      if (!changes) continue
      renameSync(path.join(recycleDir, name), dir)
      break
    }
    // What was not taken now never will be: the releases the publisher recycles next are newer,
    // and a release that does not lead here by this process's builds never will.
    this.#removeRecycled(names)
    return changes
  }
}
