import { describe, expect, it } from 'vitest'

import { checkHeadingLevels } from './checkHeadingLevels'
import { body, heading, paragraph } from './testing/lexicalBody'

const findingsFor = (...nodes: ReturnType<typeof heading>[]) =>
  checkHeadingLevels({ title: 'Rubrik', body: body(...nodes) })

describe('checkHeadingLevels', () => {
  it('finds a heading that skips a level', () => {
    const findings = findingsFor(
      heading('h2', 'Bakgrund'),
      paragraph('Text.'),
      heading('h4', 'Detaljer'),
    )
    expect(findings).toEqual([
      {
        check: 'heading-levels',
        message: 'Rubriken ”Detaljer” har nivå 4 men kommer efter nivå 2: nivå 3 hoppas över.',
      },
    ])
  })

  it('finds a first body heading below level 2, and a level 1 in the body', () => {
    expect(findingsFor(heading('h4', 'Först'))[0]!.message).toContain(
      'efter nivå 1: nivåerna 2 och 3 hoppas över',
    )
    expect(findingsFor(heading('h1', 'En till huvudrubrik'))[0]!.message).toContain('nivå 1')
  })

  it('finds nothing when the levels follow each other', () => {
    expect(
      findingsFor(
        heading('h2', 'Bakgrund'),
        heading('h3', 'Detaljer'),
        heading('h2', 'Nästa del'),
        heading('h3', 'Mer'),
      ),
    ).toEqual([])
    expect(checkHeadingLevels({ title: 'Rubrik', body: null })).toEqual([])
  })
})
