import { afterEach, describe, expect, it, vi } from 'vitest'

import { countSetting } from './search'

afterEach(() => vi.unstubAllEnvs())

describe('a count setting of the build', () => {
  it('falls back to its default when unset or empty', () => {
    vi.stubEnv('SITE_SEARCH_PART_SIZE', '')
    expect(countSetting('SITE_SEARCH_PART_SIZE', 20_000)).toBe(20_000)
  })

  it('takes a whole number of at least 1', () => {
    vi.stubEnv('SITE_SEARCH_PART_SIZE', '15')
    expect(countSetting('SITE_SEARCH_PART_SIZE', 20_000)).toBe(15)
  })

  it.each(['0', '-3', '2.5', 'tjugo', '1e999'])('refuses %s, naming the setting', (raw) => {
    vi.stubEnv('SITE_SEARCH_PART_SIZE', raw)
    expect(() => countSetting('SITE_SEARCH_PART_SIZE', 20_000)).toThrow(
      `SITE_SEARCH_PART_SIZE must be a whole number of at least 1, not "${raw}"`,
    )
  })
})
