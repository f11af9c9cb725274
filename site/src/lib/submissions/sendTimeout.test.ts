import { describe, expect, it } from 'vitest'

import { sendTimeoutMs } from './sendTimeout'

describe('sendTimeoutMs', () => {
  it('waits 30 seconds for text alone', () => {
    expect(sendTimeoutMs([])).toBe(30_000)
  })

  it('gives five full attachments time to travel at about 1 Mbit/s', () => {
    const files = Array.from({ length: 5 }, () => ({ size: 10 * 1024 * 1024 }))
    expect(sendTimeoutMs(files)).toBeGreaterThan(30_000 + 400_000)
  })
})
