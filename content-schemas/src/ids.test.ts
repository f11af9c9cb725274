import { describe, expect, expectTypeOf, it } from 'vitest'

import { compareIds, ID_PATTERN, type Id } from './ids'
import type { Config } from './payload-types'

describe('document ids', () => {
  it('are the generated types’ id type', () => {
    expectTypeOf<Config['db']['defaultIDType']>().toEqualTypeOf<Id>()
  })

  it('have a MongoDB ObjectId’s or a UUID’s shape, never a number’s', () => {
    expect(ID_PATTERN.test('65f1c2a9e4b0a1b2c3d4e5f6')).toBe(true)
    expect(ID_PATTERN.test('4ce7a6d9-cba8-4b5d-90fd-2a5a974d3216')).toBe(true)
    for (const id of ['12', '', '65f1c2a9e4b0a1b2c3d4e5f', '4ce7a6d9cba84b5d90fd2a5a974d3216x'])
      expect(ID_PATTERN.test(id)).toBe(false)
  })

  it('order as strings, not as numbers', () => {
    // As numbers 9 < 10; as strings "10" < "9". Hex ids that look numeric sort the same way.
    expect(['9', '10', '1'].sort(compareIds)).toEqual(['1', '10', '9'])
    expect(['b0', 'a9', 'a10'].sort(compareIds)).toEqual(['a10', 'a9', 'b0'])
    expect(compareIds('abc', 'abc')).toBe(0)
  })
})
