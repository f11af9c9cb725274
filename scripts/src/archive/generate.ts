import type { ArticleType } from '@redaktion/content-schemas/options'
import { slugify } from '@redaktion/content-schemas/slugify'
import type { TextBlock } from '@redaktion/cms/textToLexical'

import { createRandom, type Random } from './random'
import {
  adverbials,
  agencies,
  firstNames,
  headingTemplates,
  headlineTemplates,
  kickerExtras,
  lastNames,
  leadTemplates,
  objects,
  places,
  quoteTemplates,
  roles,
  sentenceTemplates,
  subjects,
  verbsPresent,
} from './vocabulary'

export const ARCHIVE_CATEGORIES = [
  'Arbetsliv',
  'Myndigheter',
  'Lön och avtal',
  'Arbetsmiljö',
  'Digitalisering',
  'Debatt',
  'Kultur och fritid',
  'Ekonomi',
] as const

export const ARCHIVE_TOPICS = [
  'På djupet: Tillitsreformen',
  'Serie: AI i förvaltningen',
  'Granskning: När myndigheterna flyttar',
  'Serie: Arbetsmiljön i staten',
  'Lönerörelsen',
  'Granskning: Konsulterna',
  'Serie: Ny i staten',
  'Kompetensförsörjning',
  'Granskning: Upphandlingarna',
  'Serie: Chef i offentlig sektor',
  'Digitala klyftan',
  'Omställningen',
] as const

const TYPE_WEIGHTS: [ArticleType, number][] = [
  ['nyhet', 50],
  ['reportage', 14],
  ['notis', 14],
  ['debatt', 8],
  ['replik', 4],
  ['kronika', 6],
  ['ledare', 4],
]

export interface ArchiveArticle {
  index: number
  title: string
  slug: string
  kicker: string
  type: ArticleType
  category: number
  topic: number | null
  authors: number[]
  lead: string
  body: TextBlock[]
  publishedAt: string
}

export interface ArchiveOptions {
  seed: number
  /** The newest publishing date; articles spread evenly over the 15 years before it. */
  until: Date
  authorCount: number
}

const FIFTEEN_YEARS_MS = 15 * 365.25 * 24 * 60 * 60 * 1000

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1)

/** Fills a template's placeholders and capitalises every sentence start. */
export function fill(template: string, random: Random): string {
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'agency':
        return random.pick(agencies)
      case 'place':
        return random.pick(places)
      case 'object':
        return random.pick(objects)
      case 'subject':
        return random.pick(subjects)
      case 'verb':
        return random.pick(verbsPresent)
      case 'adverbial':
        return random.pick(adverbials)
      case 'number':
        return String(random.int(2, 95))
      case 'name':
        return `${random.pick(firstNames)} ${random.pick(lastNames)}`
      case 'role':
        return random.pick(roles)
      default:
        throw new Error(`Unknown placeholder {${name}} in "${template}"`)
    }
  })
  return capitalise(text).replace(
    /([.!?] )(\p{Ll})/gu,
    (_, end: string, letter: string) => end + letter.toLocaleUpperCase('sv-SE'),
  )
}

function weightedType(random: Random): ArticleType {
  const total = TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random.next() * total
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight
    if (roll < 0) return type
  }
  return 'nyhet'
}

function paragraph(random: Random): TextBlock {
  const sentences = Array.from({ length: random.int(2, 4) }, () =>
    fill(random.pick(sentenceTemplates), random),
  )
  return { kind: 'p', text: sentences.join(' ') }
}

function body(type: ArticleType, random: Random): TextBlock[] {
  const length = type === 'notis' ? random.int(1, 2) : random.int(4, 9)
  const blocks: TextBlock[] = []
  for (let index = 0; index < length; index++) {
    if (index > 1 && type !== 'notis' && random.chance(0.18)) {
      blocks.push({ kind: 'h2', text: fill(random.pick(headingTemplates), random) })
    }
    if (index > 0 && random.chance(0.15)) {
      const who = `${random.pick(firstNames)} ${random.pick(lastNames)}, ${random.pick(roles)}`
      blocks.push({ kind: 'quote', text: `${fill(random.pick(quoteTemplates), random)} – ${who}` })
    }
    blocks.push(paragraph(random))
  }
  return blocks
}

/** The n-th synthetic author's name: deterministic, varied. */
export function archiveAuthorName(index: number, seed: number): string {
  const random = createRandom(seed * 7919 + index)
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`
}

/**
 * Yields `count` synthetic articles. Each is derived from (seed, index) alone, so any slice of
 * the archive can be regenerated without the rest. Category/topic/author values are indexes
 * into the archive's own lists.
 */
export function* generateArchive(
  count: number,
  options: ArchiveOptions,
): Generator<ArchiveArticle> {
  const newest = options.until.getTime()
  for (let index = 0; index < count; index++) {
    const random = createRandom(options.seed * 1_000_003 + index)
    const type = weightedType(random)
    const title = fill(random.pick(headlineTemplates), random).replace(/[.]$/, '')
    const authorTotal = random.chance(0.12) ? 2 : 1
    const authors = Array.from({ length: authorTotal }, () =>
      random.int(0, options.authorCount - 1),
    )
    const ageMs = ((count - 1 - index) / Math.max(1, count - 1)) * FIFTEEN_YEARS_MS
    yield {
      index,
      title,
      slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${index + 1}`,
      kicker: random.chance(0.7) ? random.pick(agencies) : random.pick(kickerExtras),
      type,
      category:
        type === 'debatt' || type === 'replik'
          ? ARCHIVE_CATEGORIES.indexOf('Debatt')
          : random.int(0, ARCHIVE_CATEGORIES.length - 1),
      topic: random.chance(0.3) ? random.int(0, ARCHIVE_TOPICS.length - 1) : null,
      authors: [...new Set(authors)],
      lead: fill(random.pick(leadTemplates), random),
      body: body(type, random),
      publishedAt: new Date(newest - ageMs - random.int(0, 6 * 60 * 60 * 1000)).toISOString(),
    }
  }
}
