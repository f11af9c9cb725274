// Fetching the public newsroom from the CMS's REST API, in full or from the previous release's
// copy plus what changed. A full fetch of a 10,000-article archive takes the CMS several
// seconds; a publish needs only the documents its webhook deliveries name.
import { compareIds, type Id } from '@redaktion/content-schemas/ids'
import type {
  Article,
  Author,
  Category,
  Comment,
  Correction,
  Document,
  Event,
  Media,
  Redirect,
  Topic,
  Video,
  TypeStatement,
} from '@redaktion/content-schemas/payload-types'
import type { RegistrationPlaces } from '@redaktion/content-schemas/submissions'

import { readSiteEnv } from '../env'
import { buildHooks, type Change } from './buildHooks'

const PAGE_SIZE = 250
/** Pages of one collection asked for at once (the CMS answers them on two cores). */
const PAGES_IN_FLIGHT = 4
const { cmsUrl } = readSiteEnv()

/** Every public document the site is built from, as the REST API gives them at depth 0. */
export interface RawCollections {
  articles: Article[]
  categories: Category[]
  topics: Topic[]
  authors: Author[]
  media: Media[]
  corrections: Correction[]
  redirects: Redirect[]
  events: Event[]
  /** PDFs; the pages link only those that published events and article bodies use. */
  documents: Document[]
  videos: Video[]
  /** Readers' comments; the CMS gives the site only approved ones, with name, text and date. */
  comments: Comment[]
}

export interface RawNewsroom extends RawCollections {
  /** The global with one statement per article type ("Detta är en nyhetsartikel. …"). */
  typeStatements?: TypeStatement | null
}

export type CollectionName = keyof RawCollections

/** The type-statement global's slug, which is also the `collection` of its deliveries. */
export const TYPE_STATEMENTS = 'type-statements'

// Every order ends on the id compared as a string, so that documents with the same title or date
// keep one order however they arrived (ids are text: MongoDB's hex or SQLite's UUIDs).
type Doc = { id: Id } & Record<string, unknown>
const byText = (key: string) => (a: Doc, b: Doc) =>
  String(a[key] ?? '').localeCompare(String(b[key] ?? ''), 'sv') || compareIds(a.id, b.id)
/** ISO dates, newest first (compared as plain strings); equal dates by id, descending. */
const newestBy = (key: string) => (a: Doc, b: Doc) => {
  const [first, second] = [String(a[key] ?? ''), String(b[key] ?? '')]
  return first < second ? 1 : first > second ? -1 : compareIds(b.id, a.id)
}
const byId = (a: Doc, b: Doc) => compareIds(a.id, b.id)

/** What the site reads of each collection, and in which order it keeps it (sorted here, so a
 * patched copy and a fresh fetch come out the same). */
const COLLECTIONS: Record<CollectionName, { where: string; order: (a: Doc, b: Doc) => number }> = {
  articles: { where: '&where[_status][equals]=published', order: newestBy('publishedAt') },
  categories: { where: '', order: byText('title') },
  topics: { where: '', order: byText('title') },
  authors: { where: '', order: byText('name') },
  media: { where: '', order: byId },
  corrections: { where: '', order: newestBy('noticePublishedAt') },
  redirects: { where: '', order: byId },
  events: { where: '&where[_status][equals]=published', order: newestBy('startsAt') },
  documents: { where: '', order: byId },
  videos: { where: '', order: byId },
  comments: { where: '', order: newestBy('createdAt') },
}

interface Page<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
}

async function fetchPage<T>(collection: string, query: string): Promise<Page<T>> {
  const url = `${cmsUrl}/api/${collection}?depth=0${query}`
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
  } catch (error) {
    throw new Error(
      `Could not reach the CMS at ${cmsUrl} (${(error as Error).message}). Start it (npm start) or set CMS_URL; no site was built.`,
      { cause: error },
    )
  }
  if (!response.ok) {
    throw new Error(`The CMS answered ${response.status} for ${url}; no site was built.`)
  }
  return (await response.json()) as Page<T>
}

/** Every public document of a collection, page by page; fails if any page is missing. */
async function fetchAll<T>(collection: CollectionName): Promise<T[]> {
  const { where } = COLLECTIONS[collection]
  const page = (number: number) =>
    fetchPage<T>(collection, `&limit=${PAGE_SIZE}&page=${number}&sort=id${where}`)
  const first = await page(1)
  // A few pages at a time: a large archive has hundreds, and asking for all at once leaves the
  // last ones waiting in the CMS past their timeout.
  const rest: Page<T>[] = []
  let next = 2
  const worker = async () => {
    for (let number = next++; number <= first.totalPages; number = next++)
      rest[number - 2] = await page(number)
  }
  await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, worker))
  const docs = [first, ...rest].flatMap((result) => result.docs)
  if (docs.length !== first.totalDocs) {
    throw new Error(
      `The CMS gave ${docs.length} of ${first.totalDocs} ${collection}; no site was built.`,
    )
  }
  return docs
}

/** `GET /api/globals/type-statements`: readable by anyone, one small document. */
async function fetchTypeStatements(): Promise<TypeStatement | null> {
  const url = `${cmsUrl}/api/globals/${TYPE_STATEMENTS}?depth=0`
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
  } catch (error) {
    throw new Error(
      `Could not reach the CMS at ${cmsUrl} (${(error as Error).message}); no site was built.`,
      {
        cause: error,
      },
    )
  }
  if (!response.ok) {
    throw new Error(`The CMS answered ${response.status} for ${url}; no site was built.`)
  }
  return (await response.json()) as TypeStatement
}

/** Whether a build must fetch the global again, or may keep the previous release's copy. */
export function needsTypeStatements(
  previous: RawNewsroom | null,
  changes: Change[] | null,
): boolean {
  if (!previous || !changes || previous.typeStatements === undefined) return true
  return changes.some(
    (change) => change.collection === '*' || change.collection === TYPE_STATEMENTS,
  )
}

/**
 * One collection from the previous copy: the documents the changes name are fetched again
 * (those no longer public drop out), the rest are kept. The public count must then match the
 * CMS's, or the collection is fetched in full (a change that sent no delivery, such as a new
 * upload or a new redirect).
 */
async function patchCollection<T extends { id: Id }>(
  collection: CollectionName,
  previous: T[],
  changedIds: Set<Id>,
): Promise<{ docs: T[]; isFull: boolean }> {
  const { where } = COLLECTIONS[collection]
  const [count, fetched] = await Promise.all([
    fetchPage<T>(collection, `&limit=1${where}`),
    changedIds.size
      ? fetchPage<T>(collection, `&limit=${changedIds.size}${where}${idsQuery(changedIds)}`)
      : null,
  ])
  const docs = patchDocuments(previous, changedIds, fetched?.docs ?? [])
  if (docs.length === count.totalDocs) return { docs, isFull: false }
  return { docs: await fetchAll<T>(collection), isFull: true }
}

/** The ids a collection's changes name, as the deliveries gave them (text, never parsed). */
export function changedIdsOf(changes: Change[], collection: string): Set<Id> {
  return new Set(changes.flatMap((change) => (change.collection === collection ? change.ids : [])))
}

/** The REST query for exactly these documents. */
export function idsQuery(ids: Iterable<Id>): string {
  return [...ids].map((id, index) => `&where[id][in][${index}]=${encodeURIComponent(id)}`).join('')
}

/** The previous copy with every changed document replaced by its fetched version, if public. */
export function patchDocuments<T extends { id: Id }>(
  previous: T[],
  changedIds: Set<Id>,
  fetched: T[],
): T[] {
  return [...previous.filter((doc) => !changedIds.has(doc.id)), ...fetched]
}

/** A collection in the order the site keeps it. */
export function sortCollection<T extends { id: Id }>(name: CollectionName, docs: T[]): T[] {
  return [...docs].sort(COLLECTIONS[name].order as unknown as (a: T, b: T) => number)
}

/**
 * The public newsroom. Given the previous release's copy and the publisher's changes (the
 * build's hooks), only changed documents are fetched; a manual or first build ("*" changes)
 * fetches everything. The result goes to the hooks, to be kept for the next build.
 */
export async function fetchNewsroom(): Promise<RawNewsroom> {
  const startedAt = performance.now()
  const hooks = buildHooks()
  if (hooks.preview) {
    hooks.onNewsroom(hooks.preview.newsroom, { askedAt: startedAt, ms: 0 })
    return hooks.preview.newsroom
  }
  const { previousNewsroom: previous, changes } = hooks
  const canPatch = previous && changes && !changes.some((change) => change.collection === '*')
  const names = Object.keys(COLLECTIONS) as CollectionName[]
  const typeStatements = needsTypeStatements(previous, changes)
    ? fetchTypeStatements()
    : Promise.resolve(previous!.typeStatements ?? null)
  const loaded = await Promise.all(
    names.map(async (name) => {
      if (!canPatch) return { name, docs: await fetchAll<{ id: Id }>(name), isFull: true }
      const changedIds = changedIdsOf(changes, name)
      // A copy made before a collection was read (none of its documents) is fetched in full by
      // the count check.
      const before = (previous[name] ?? []) as { id: Id }[]
      return { name, ...(await patchCollection(name, before, changedIds)) }
    }),
  )
  const raw = {
    ...Object.fromEntries(loaded.map(({ name, docs }) => [name, sortCollection(name, docs)])),
    typeStatements: await typeStatements,
  } as unknown as RawNewsroom
  const full = loaded.filter((entry) => entry.isFull).map((entry) => entry.name)
  process.stdout.write(
    `[newsroom] ${canPatch ? `patched from the previous release; fetched in full: ${full.join(', ') || 'none'}` : 'fetched in full'}\n`,
  )
  hooks.onNewsroom(raw, { askedAt: startedAt, ms: performance.now() - startedAt })
  return raw
}

/**
 * The places left of events that take registrations on the site, by event id. An event the
 * CMS has no count for (404: the registrations endpoint is not there) is left out, and its page
 * shows the capacity alone.
 */
export async function fetchRegistrationPlaces(
  eventIds: Id[],
): Promise<Map<Id, RegistrationPlaces>> {
  if (buildHooks().preview) return new Map()
  const answers = await Promise.all(
    eventIds.map(async (id): Promise<[Id, RegistrationPlaces] | null> => {
      const url = `${cmsUrl}/api/submissions/registration/places?event=${encodeURIComponent(id)}`
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.status === 404) return null
      if (!response.ok)
        throw new Error(`The CMS answered ${response.status} for ${url}; no site was built.`)
      return [id, (await response.json()) as RegistrationPlaces]
    }),
  )
  return new Map(answers.filter((answer) => answer !== null))
}

/** An uploaded file (a PDF, a video) as the CMS serves it, to be copied into the release. */
export async function fetchCmsFile(filePath: string): Promise<ArrayBuffer> {
  const url = new URL(filePath, cmsUrl).href
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) })
  if (!response.ok)
    throw new Error(`The CMS answered ${response.status} for ${url}; no site was built.`)
  return response.arrayBuffer()
}
