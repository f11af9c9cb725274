import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { filesUnder } from './precompress.mjs'
import { ReleaseCopies } from './releaseCopies'
import type { ReleaseChanges } from './tree'

let root = ''
let copies: ReleaseCopies
const release = (name: string) => path.join(root, 'releases', name)
const recycleDir = () => path.join(root, 'recycle')
const stageDir = () => path.join(root, 'render-next')

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'release-copies-'))
  mkdirSync(path.join(root, 'releases'))
  mkdirSync(recycleDir())
  copies = new ReleaseCopies(path.join(root, 'render'), recycleDir())
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Every file under `dir` by its relative path, with its inode: equal maps are the same files. */
function inodes(dir: string): Record<string, number> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [path.relative(dir, file), statSync(file).ino]),
  )
}

/** Writes (or, with null, removes) files as a build does: a written file is a new file. */
function write(dir: string, files: Record<string, string | null>): ReleaseChanges {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    rmSync(file, { force: true })
    if (content === null) continue
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return { files: Object.keys(files), folders: [] }
}

/** A full build of `name`, as the build server records it. */
async function fullBuild(name: string): Promise<void> {
  write(release(name), { 'index.html': name, 'artikel/a/index.html': 'a', '_astro/x.css': 'x' })
  await copies.built(release(name), null, null)
}

/** An incremental build of `name` from `from`: a spare is started, the copy taken, files written. */
async function incrementalBuild(name: string, from: string, files: Record<string, string | null>) {
  const line = copies.startSpare(release(from))
  await copies.take(release(from), release(name))
  await copies.built(release(name), release(from), write(release(name), files))
  return line
}

describe('release copies', () => {
  it('hands a build the stage when it is a copy of the release the build starts from', async () => {
    await fullBuild('r1')
    expect(inodes(stageDir())).toEqual(inodes(release('r1')))
    await copies.take(release('r1'), release('r2'))
    expect(existsSync(stageDir())).toBe(false)
    expect(inodes(release('r2'))).toEqual(inodes(release('r1')))
    // No stage left: a new copy, of the same files.
    await copies.take(release('r1'), release('r3'))
    expect(inodes(release('r3'))).toEqual(inodes(release('r1')))
  })

  it('makes the next stage from the spare and the changes of the build', async () => {
    await fullBuild('r1')
    const line = await incrementalBuild('r2', 'r1', {
      'index.html': 'r2',
      'artikel/a/index.html': null,
      'artikel/b/index.html': 'b',
    })
    expect(line).toBe(
      "The next build's copy: a whole copy of r1 (no recycled release of this process)",
    )
    expect(inodes(stageDir())).toEqual(inodes(release('r2')))
    expect(Object.keys(inodes(stageDir())).sort()).toEqual([
      '_astro/x.css',
      'artikel/b/index.html',
      'index.html',
    ])
    expect(readdirSync(root).filter((name) => name.startsWith('render-spare'))).toEqual([])
  })

  it('makes the spare of a recycled release of its own, with every change since linked in', async () => {
    await fullBuild('r1')
    await incrementalBuild('r2', 'r1', { 'index.html': 'r2', 'artikel/b/index.html': 'b' })
    await incrementalBuild('r3', 'r2', { 'index.html': 'r3', 'artikel/a/index.html': null })
    // The publisher no longer keeps r1: it is renamed into the recycle folder.
    renameSync(release('r1'), path.join(recycleDir(), 'r1'))
    const line = await incrementalBuild('r4', 'r3', { 'artikel/c/index.html': 'c' })
    expect(line).toBe("The next build's copy: a recycled release and 3 files changed since")
    expect(readdirSync(recycleDir())).toEqual([])
    expect(inodes(stageDir())).toEqual(inodes(release('r4')))
  })

  it('does not recycle a release it did not build, nor one it cannot bring up to date, and deletes them', async () => {
    await fullBuild('r1')
    // A release of another process, and r1 followed by a full build that changed everything.
    write(path.join(recycleDir(), 'r0'), { 'index.html': 'r0' })
    await fullBuild('r2')
    renameSync(release('r1'), path.join(recycleDir(), 'r1'))
    const line = await incrementalBuild('r3', 'r2', { 'index.html': 'r3' })
    expect(line).toBe(
      "The next build's copy: a whole copy of r2 (no recycled release of this process)",
    )
    expect(readdirSync(recycleDir())).toEqual([])
    expect(inodes(stageDir())).toEqual(inodes(release('r3')))
  })

  it('makes copies ahead at a warm-up, and each build until a release comes back recycled takes one up to date', async () => {
    write(release('r1'), { 'index.html': 'r1', 'artikel/a/index.html': 'a' })
    const { stage, pool } = copies.stageWhole(release('r1'), 2)
    await stage
    await pool
    const spares = () => readdirSync(root).filter((name) => name.startsWith('render-spare'))
    expect(spares()).toHaveLength(2)
    const lines = [
      await incrementalBuild('r2', 'r1', { 'index.html': 'r2', 'artikel/b/index.html': 'b' }),
      await incrementalBuild('r3', 'r2', { 'artikel/a/index.html': null }),
    ]
    // A build's spare is a copy of the release it starts from: r1 itself, then r2.
    expect(lines).toEqual([
      "The next build's copy: a copy made ahead and 0 files changed since",
      "The next build's copy: a copy made ahead and 2 files changed since",
    ])
    expect(inodes(stageDir())).toEqual(inodes(release('r3')))
    expect(spares()).toEqual([])
    // The pool is used up: a whole copy, until the release the warm-up started from is recycled.
    expect(await incrementalBuild('r4', 'r3', { 'index.html': 'r4' })).toBe(
      "The next build's copy: a whole copy of r3 (no recycled release of this process)",
    )
    renameSync(release('r1'), path.join(recycleDir(), 'r1'))
    expect(await incrementalBuild('r5', 'r4', { 'index.html': 'r5' })).toBe(
      "The next build's copy: a recycled release and 3 files changed since",
    )
    expect(inodes(stageDir())).toEqual(inodes(release('r5')))
  })

  it('removes what an earlier process left beside its folder and in the recycle folder, and nothing else', () => {
    for (const name of ['render-next', 'render-spare-3', 'render-keep-me-old-1', 'other'])
      mkdirSync(path.join(root, name))
    write(path.join(recycleDir(), 'r0'), { 'index.html': 'r0' })
    copies.removeLeftovers()
    const left = readdirSync(root).filter((name) => !name.includes('-old-'))
    expect(left.sort()).toEqual(['other', 'recycle', 'recycle-trash', 'releases'])
    expect(readdirSync(recycleDir())).toEqual([])
  })
})
