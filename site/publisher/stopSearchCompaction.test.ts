import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { stopSearchCompaction } from './runBuild'

const stores: string[] = []
afterEach(() => stores.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function newStore(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'redaktion-search-store-'))
  stores.push(dir)
  return dir
}

describe('stopping a background search compaction', () => {
  it('stops the detached process group named in the lock file', async () => {
    const store = newStore()
    // Like the build's compaction: detached, with a child of its own.
    const compaction = spawn('sh', ['-c', 'sleep 60 & wait'], { detached: true, stdio: 'ignore' })
    writeFileSync(path.join(store, 'compacting.pid'), String(compaction.pid))
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      compaction.on('exit', (_code, signal) => resolve(signal)),
    )
    expect(stopSearchCompaction(store)).toBe(true)
    expect(await exited).toBe('SIGKILL')
  })

  it('does nothing when none runs', () => {
    expect(stopSearchCompaction(newStore())).toBe(false)
  })
})
