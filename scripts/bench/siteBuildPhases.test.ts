import { describe, expect, it } from 'vitest'

import { median, medianPhases, parseBuildLine, phaseName, phasesOf } from './siteBuildPhases'

describe('parseBuildLine', () => {
  it('reads a build line, also behind the publisher prefix', () => {
    expect(parseBuildLine('[site build 12.3 s] Astro rendered 10 keyed pages')).toEqual({
      seconds: 12.3,
      message: 'Astro rendered 10 keyed pages',
    })
    expect(parseBuildLine('  [build] [site build 0.4 s] Incremental build from /x/y')).toEqual({
      seconds: 0.4,
      message: 'Incremental build from /x/y',
    })
  })

  it('ignores other output', () => {
    expect(parseBuildLine('Publisher listening on http://127.0.0.1:4800')).toBeNull()
  })
})

describe('phasesOf', () => {
  it('gives each line the time since the previous one', () => {
    const phases = phasesOf([
      { seconds: 2, message: 'a' },
      { seconds: 5, message: 'b' },
    ])
    expect(phases.map((phase) => phase.took)).toEqual([2, 3])
  })
})

describe('phaseName', () => {
  it('blanks numbers and paths', () => {
    expect(phaseName('Built /tmp/x/releases/20261123T1 with 12 pages')).toBe('Built … with N pages')
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('medianPhases', () => {
  it('matches steps across builds by name and counts the builds that had them', () => {
    expect(
      medianPhases([
        [
          { seconds: 1, message: 'Astro rendered 3 pages' },
          { seconds: 2, message: 'Built /a' },
        ],
        [
          { seconds: 3, message: 'Astro rendered 5 pages' },
          { seconds: 3.5, message: 'Adopted the archive shard' },
          { seconds: 6.5, message: 'Built /b' },
        ],
      ]),
    ).toEqual([
      { name: 'Astro rendered N pages', took: 2, count: 2 },
      { name: 'Built …', took: 2, count: 2 },
      { name: 'Adopted the archive shard', took: 0.5, count: 1 },
    ])
  })
})
