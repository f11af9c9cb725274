import { slugify } from '@redaktion/content-schemas/slugify'
import type { TextBlock } from '@redaktion/cms/textToLexical'

import { ARCHIVE_CATEGORIES, fill } from './generate'
import { createRandom } from './random'
import {
  firstNames,
  headlineTemplates,
  lastNames,
  places,
  roles,
  sentenceTemplates,
} from './vocabulary'

const DAY_MS = 24 * 60 * 60 * 1000
/** Past events spread over the five years before `until`. */
const SPAN_DAYS = 5 * 365

const FORMATS = ['Seminarium', 'Frukostmöte', 'Lunchseminarium', 'Medlemsmöte', 'Panelsamtal']
const VENUES = ['Folkets hus', 'Stadsbiblioteket', 'Förbundshuset', 'Kulturhuset', 'Konserthuset']

export interface ArchiveEvent {
  index: number
  title: string
  slug: string
  summary: string
  description: TextBlock[]
  startsAt: string
  endsAt: string
  eventStatus: 'completed' | 'cancelled'
  attendance: 'onsite' | 'online' | 'mixed'
  venue: { name: string; room: string; address: string } | null
  speakers: { name: string; role: string }[]
  category: number
}

/**
 * Yields `count` past events for the synthetic archive (so /evenemang/'s Tidigare has years of
 * them), each derived from (seed, index) alone, oldest first, all ended before `until`.
 */
export function* generateArchiveEvents(
  count: number,
  { seed, until }: { seed: number; until: Date },
): Generator<ArchiveEvent> {
  for (let index = 0; index < count; index++) {
    const random = createRandom(seed * 2_000_003 + index)
    const format = random.pick(FORMATS)
    const title = `${format} – ${fill(random.pick(headlineTemplates), random).replace(/[.]$/, '')}`
    const daysBefore = Math.round(((count - index) / count) * SPAN_DAYS)
    // Between 8.00 and 15.00 UTC, on a quarter hour.
    const start =
      until.getTime() - daysBefore * DAY_MS + random.int(32, 60) * 15 * 60 * 1000 - DAY_MS
    const minutes = random.pick([45, 60, 90, 120])
    const attendance = random.pick(['onsite', 'onsite', 'online', 'mixed'] as const)
    const place = random.pick(places)
    yield {
      index,
      title,
      slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${index + 1}`,
      summary: fill(random.pick(sentenceTemplates), random),
      description: [
        { kind: 'p', text: fill(random.pick(sentenceTemplates), random) },
        { kind: 'p', text: fill(random.pick(sentenceTemplates), random) },
      ],
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + minutes * 60 * 1000).toISOString(),
      eventStatus: random.chance(0.05) ? 'cancelled' : 'completed',
      attendance,
      venue:
        attendance === 'online'
          ? null
          : {
              name: `${random.pick(VENUES)} i ${place}`,
              room: `Sal ${random.int(1, 6)}`,
              address: `Storgatan ${random.int(1, 60)}, ${place}`,
            },
      speakers: Array.from({ length: random.int(1, 3) }, () => ({
        name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
        role: random.pick(roles),
      })),
      category: random.int(0, ARCHIVE_CATEGORIES.length - 1),
    }
  }
}
