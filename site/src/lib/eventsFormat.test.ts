import { describe, expect, it } from 'vitest'

import { fileFacts, formatEventStart, formatEventTime, formatFileSize } from './eventsFormat'

describe('formatEventTime', () => {
  it('writes a summer session in Stockholm time (UTC+2)', () => {
    expect(formatEventTime('2026-05-31T12:00:00Z', '2026-05-31T12:45:00Z', false)).toBe(
      '31 maj 14.00–14.45',
    )
    expect(formatEventTime('2026-05-31T12:00:00Z', '2026-05-31T12:45:00Z')).toBe(
      '31 maj 2026 14.00–14.45',
    )
  })

  it('writes a winter session in Stockholm time (UTC+1)', () => {
    expect(formatEventTime('2026-01-15T08:30:00Z', '2026-01-15T10:00:00Z')).toBe(
      '15 januari 2026 09.30–11.00',
    )
  })

  it('writes both dates of a span over several days, and both years across New Year', () => {
    expect(formatEventTime('2026-05-31T07:00:00Z', '2026-06-01T14:00:00Z', false)).toBe(
      '31 maj 09.00 – 1 juni 16.00',
    )
    expect(formatEventTime('2026-12-31T20:00:00Z', '2027-01-01T02:00:00Z', false)).toBe(
      '31 december 2026 21.00 – 1 januari 2027 03.00',
    )
    // Late in the evening UTC is the next day in Stockholm.
    expect(formatEventTime('2026-06-01T22:30:00Z', '2026-06-01T23:30:00Z')).toBe(
      '2 juni 2026 00.30–01.30',
    )
  })

  it('writes one moment', () => {
    expect(formatEventStart('2026-03-10T13:15:00Z')).toBe('10 mars 2026 14.15')
  })
})

describe('file facts', () => {
  it('says the type and the size in binary units with a decimal comma', () => {
    expect(formatFileSize(2.1 * 1024 * 1024)).toBe('2,1 MB')
    expect(formatFileSize(2 * 1024 * 1024)).toBe('2 MB')
    expect(formatFileSize(340 * 1024)).toBe('340 kB')
    expect(formatFileSize(900)).toBe('900 byte')
    expect(fileFacts({ mimeType: 'application/pdf', filesize: 2_202_009 })).toBe('PDF, 2,1 MB')
    expect(fileFacts({ mimeType: 'video/mp4', filesize: null })).toBe('MP4')
  })
})
