import { spawn } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { groupMembers, groupMemory, parseStat, type ProcessEntry } from './processGroupMemory'

describe('parseStat', () => {
  it('reads pid, parent, group and a name with spaces and parentheses', () => {
    expect(parseStat('4242 (my (odd) name) S 17 4242 4242 0 -1 4194560 123 0 0 0')).toEqual({
      pid: 4242,
      ppid: 17,
      pgrp: 4242,
      name: 'my (odd) name',
    })
  })

  it('refuses a line without a name', () => {
    expect(parseStat('garbage')).toBeNull()
  })
})

describe('groupMembers', () => {
  const entry = (pid: number, ppid: number, pgrp: number): ProcessEntry => ({
    pid,
    ppid,
    pgrp,
    name: 'x',
  })

  it('takes the root, its group and every descendant, also those in groups of their own', () => {
    const table = [
      entry(1, 0, 1),
      entry(10, 1, 10),
      entry(11, 10, 10),
      entry(12, 11, 12),
      entry(13, 12, 12),
      // Re-parented to init after its parent died, still in the root's group.
      entry(14, 1, 10),
      entry(20, 1, 20),
    ]
    expect(groupMembers(10, table)).toEqual([10, 11, 12, 13, 14])
  })

  it('is empty for a process that is gone with its group', () => {
    expect(groupMembers(99, [entry(1, 0, 1)])).toEqual([])
  })
})

describe('groupMemory', () => {
  it('counts a child that holds memory', async () => {
    const child = spawn(
      process.execPath,
      ['-e', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b.length, 5000)'],
      { detached: true, stdio: 'ignore' },
    )
    try {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const processes = groupMemory(child.pid!)
      expect(processes.map((entry) => entry.pid)).toContain(child.pid)
      expect(processes.reduce((sum, entry) => sum + entry.rssBytes, 0)).toBeGreaterThan(
        64 * 1024 * 1024,
      )
    } finally {
      child.kill('SIGKILL')
    }
  })
})
