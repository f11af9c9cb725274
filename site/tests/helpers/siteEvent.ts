// A resolved event for unit tests of the event pages' pure parts.
import type { SiteEvent } from '../../src/lib/events'

export const UUID = (n: number) => `4ce7a6d9-cba8-4b5d-90fd-${String(n).padStart(12, '0')}`

/** An event as the newsroom resolves it; `overrides` change what a test is about. */
export function siteEvent(overrides: Partial<SiteEvent> = {}): SiteEvent {
  return {
    id: UUID(1),
    title: 'Tillit i styrningen',
    sessionCode: 'A3.',
    summary: 'Ett samtal om tillitsreformen.',
    description: null,
    practicalNotes: 'Det bjuds på fika.',
    speakers: [{ name: 'Karin Ek', role: 'docent i nationalekonomi', authorSlug: null }],
    organisers: null,
    startsAt: '2026-05-31T12:00:00.000Z',
    endsAt: '2026-05-31T12:45:00.000Z',
    previousStartsAt: null,
    attendance: 'onsite',
    venue: { name: 'Folkan', room: 'Salong 1', address: 'Södra Förstadsgatan 1, Malmö' },
    joinUrl: null,
    documents: [],
    video: { url: null, file: null, title: null },
    registration: { mode: 'none' },
    relatedIds: [],
    slug: 'tillit-i-styrningen',
    eventStatus: 'planned',
    category: null,
    topics: [],
    publishedAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-02T09:30:00.000Z',
    createdAt: '2026-04-01T07:00:00.000Z',
    _status: 'published',
    ...overrides,
  }
}
