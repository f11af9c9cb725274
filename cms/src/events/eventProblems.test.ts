import { describe, expect, it } from 'vitest'

import { eventProblems, isUrlWith, type EventInput } from './eventProblems'

const valid: EventInput = {
  startsAt: '2027-05-31T12:00:00.000Z',
  endsAt: '2027-05-31T12:45:00.000Z',
  attendance: 'onsite',
  venue: { name: 'Folkan', room: 'Salong 1' },
  speakers: [{ name: 'Kim Gäst' }],
  registration: { mode: 'none' },
}

const pathsOf = (event: EventInput) => eventProblems(event).map(({ path }) => path)

describe('eventProblems', () => {
  it('finds nothing wrong with a complete event', () => {
    expect(eventProblems(valid)).toEqual([])
  })

  it('wants the end after the start, not at it', () => {
    expect(pathsOf({ ...valid, endsAt: valid.startsAt })).toEqual(['endsAt'])
  })

  it('wants each speaker to be an author or have a name', () => {
    expect(
      pathsOf({ ...valid, speakers: [{ name: 'A' }, { name: '  ' }, { author: 'x' }] }),
    ).toEqual(['speakers.1.name'])
  })

  it('wants a venue on site and a web join link online, both when mixed', () => {
    expect(pathsOf({ ...valid, attendance: 'online', venue: null })).toEqual(['joinUrl'])
    expect(pathsOf({ ...valid, attendance: 'mixed', venue: {}, joinUrl: 'https://a.se' })).toEqual([
      'venue.name',
    ])
    expect(pathsOf({ ...valid, attendance: 'online', joinUrl: 'javascript:alert(1)' })).toEqual([
      'joinUrl',
    ])
  })

  it('checks each way to register', () => {
    expect(pathsOf({ ...valid, registration: { mode: 'contact', contactName: 'Sara' } })).toEqual([
      'registration.contactEmail',
    ])
    expect(pathsOf({ ...valid, registration: { mode: 'url', url: 'http://a.se' } })).toEqual([
      'registration.url',
    ])
    expect(pathsOf({ ...valid, registration: { mode: 'form', capacity: 2.5 } })).toEqual([
      'registration.capacity',
    ])
    expect(
      pathsOf({ ...valid, registration: { mode: 'form', closesAt: '2027-06-01T00:00:00.000Z' } }),
    ).toEqual(['registration.closesAt'])
    expect(pathsOf({ ...valid, registration: { mode: 'form', capacity: null } })).toEqual([])
  })

  it('wants a web address for the video link', () => {
    expect(pathsOf({ ...valid, video: { url: 'data:text/html,x' } })).toEqual(['video.url'])
    expect(pathsOf({ ...valid, video: { url: 'https://video.example.se/a3' } })).toEqual([])
  })
})

describe('isUrlWith', () => {
  it('accepts only absolute URLs with the protocols given', () => {
    expect(isUrlWith('https://möte.example.se/a3', ['https:'])).toBe(true)
    expect(isUrlWith('http://example.se', ['https:'])).toBe(false)
    expect(isUrlWith('/relativ', ['https:'])).toBe(false)
  })
})
