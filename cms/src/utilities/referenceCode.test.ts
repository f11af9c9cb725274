import { describe, expect, it } from 'vitest'

import { REFERENCE_CODE, referenceCode } from './referenceCode'

describe('referenceCode', () => {
  it('starts with the letter of its kind and uses only unambiguous characters', () => {
    expect(referenceCode('tip')).toMatch(/^T-/)
    expect(referenceCode('correction')).toMatch(/^R-/)
    expect(referenceCode('debate')).toMatch(/^D-/)
    for (let index = 0; index < 500; index += 1) {
      expect(referenceCode('tip')).toMatch(REFERENCE_CODE)
    }
  })

  it('does not repeat itself in ten thousand draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => referenceCode('debate')))
    expect(codes.size).toBe(10_000)
  })
})
