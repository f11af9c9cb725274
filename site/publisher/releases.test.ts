import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import {
  listReleases,
  liveReleaseId,
  newReleaseId,
  pruneReleases,
  releasesToPrune,
  switchLive,
} from './releases'
import { siteFolderAt } from '../siteDataFolder'

describe('releasesToPrune', () => {
  const ids = ['20261101T000000000Z', '20261102T000000000Z', '20261103T000000000Z']

  it('keeps the newest releases up to the live one', () => {
    expect(releasesToPrune({ ids, liveId: ids[2]!, keep: 2 })).toEqual([ids[0]])
  })

  it('removes releases newer than the live one: they never went live', () => {
    expect(releasesToPrune({ ids, liveId: ids[0]!, keep: 5 })).toEqual([ids[1], ids[2]])
  })

  it('never removes the live release', () => {
    expect(releasesToPrune({ ids, liveId: ids[2]!, keep: 1 })).toEqual([ids[0], ids[1]])
  })
})

describe('newReleaseId', () => {
  it('sorts by time and stays unique within a millisecond', () => {
    const now = new Date('2026-11-23T17:32:53.123Z')
    expect(newReleaseId(now, [])).toBe('20261123T173253123Z')
    expect(newReleaseId(now, ['20261123T173253123Z'])).toBe('20261123T173253123Z-1')
    expect(newReleaseId(new Date('2026-11-24T00:00:00.000Z'), []) > '20261123T173253123Z').toBe(
      true,
    )
  })
})

describe('switching and pruning on disk', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('points live at a release with a relative symlink and keeps the last releases', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'releases-'))
    const paths = siteFolderAt(dir)
    const ids = Array.from({ length: 7 }, (_, day) => `202611${String(day + 10)}T000000000Z`)
    for (const id of ids) {
      mkdirSync(path.join(paths.releasesDir, id), { recursive: true })
      switchLive(paths, id)
    }
    expect(readlinkSync(paths.liveLink)).toBe(path.join('releases', ids[6]!))
    expect(liveReleaseId(paths)).toBe(ids[6])
    const pruning = pruneReleases(paths, { keep: 5 })
    expect(pruning.ids).toEqual(ids.slice(0, 2))
    await pruning.done
    expect(listReleases(paths)).toEqual(ids.slice(2))
  })

  it('keeps the folder of a build that starts while older releases are being deleted', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'releases-'))
    const paths = siteFolderAt(dir)
    const ids = ['20261110T000000000Z', '20261111T000000000Z']
    for (const id of ids) {
      mkdirSync(path.join(paths.releasesDir, id), { recursive: true })
      switchLive(paths, id)
    }
    const pruning = pruneReleases(paths, { keep: 1 })
    mkdirSync(path.join(paths.releasesDir, '20261112T000000000Z'))
    await pruning.done
    expect(pruning.ids).toEqual([ids[0]])
    expect(listReleases(paths)).toEqual([ids[1], '20261112T000000000Z'])
  })

  it('leaves out the releases another prune is already deleting', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'releases-'))
    const paths = siteFolderAt(dir)
    const ids = Array.from({ length: 4 }, (_, day) => `202611${String(day + 10)}T000000000Z`)
    for (const id of ids) {
      mkdirSync(path.join(paths.releasesDir, id), { recursive: true })
      switchLive(paths, id)
    }
    const pruning = pruneReleases(paths, { keep: 1, skip: new Set([ids[0]!]) })
    await pruning.done
    expect(pruning.ids).toEqual(ids.slice(1, 3))
    expect(listReleases(paths)).toEqual([ids[0], ids[3]])
  })

  it('hands the newest pruned release to the build server and takes nothing out of the recycle folder', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'releases-'))
    const paths = siteFolderAt(dir)
    const { recycleDir } = paths
    const ids = Array.from({ length: 4 }, (_, day) => `202611${String(day + 10)}T000000000Z`)
    for (const id of ids) {
      mkdirSync(path.join(paths.releasesDir, id, 'artikel'), { recursive: true })
      switchLive(paths, id)
    }
    // A build that never went live, and a release handed over earlier and not taken.
    mkdirSync(path.join(paths.releasesDir, '20261120T000000000Z'))
    mkdirSync(path.join(recycleDir, '20261101T000000000Z'), { recursive: true })
    const pruning = pruneReleases(paths, { keep: 2, recycleDir })
    await pruning.done
    expect(pruning.ids).toEqual([ids[0], ids[1], '20261120T000000000Z'])
    expect(listReleases(paths)).toEqual(ids.slice(2))
    // The build server alone takes releases out of the recycle folder (releaseCopies.ts).
    expect(readdirSync(recycleDir).sort()).toEqual(['20261101T000000000Z', ids[1]])
    expect(readdirSync(path.join(recycleDir, ids[1]!))).toEqual(['artikel'])
    expect(readdirSync(dir).sort()).toEqual(['live', 'recycle', 'releases'])
  })
})
