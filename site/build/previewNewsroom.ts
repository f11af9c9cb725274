// The newsroom a preview renders from: the live release's copy with the draft put in (in place
// of its published version, if there is one), plus the few documents the draft refers to that
// the copy does not hold yet (a category, an author or an image made since the last publish),
// fetched from the CMS as a publish would. The copy itself is never changed: the build server
// builds the next release from it.
import type { PreviewRequest } from '@redaktion/content-schemas/preview'
import type { Article } from '@redaktion/content-schemas/payload-types'

import { readSiteEnv } from '../src/env'
import { bodyReferences } from '../src/lib/bodyReferences'
import {
  type CollectionName,
  idsQuery,
  type RawNewsroom,
  sortCollection,
} from '../src/lib/newsroomSource'

/** Where a draft without a slug is shown (no article can have it: slugs have no leading `_`). */
export const UNSAVED_SLUG = '_forhandsvisning'

type Doc = { id: string }
type Fetch = (collection: CollectionName, ids: string[]) => Promise<Doc[]>

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && typeof (value as Doc).id === 'string'
      ? (value as Doc).id
      : null
const ids = (values: unknown): string[] =>
  (Array.isArray(values) ? values : [values]).flatMap((value) => idOf(value) ?? [])
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null

/** The public documents with these ids, as the build reads them (depth 0). */
export const fetchFromCms: Fetch = async (collection, wanted) => {
  const { cmsUrl } = readSiteEnv()
  const url = `${cmsUrl}/api/${collection}?depth=0&limit=${wanted.length}${idsQuery(wanted)}`
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for ${url}`)
  return ((await response.json()) as { docs: Doc[] }).docs
}

/**
 * The newsroom with the draft in, the page path it renders at and what had to be filled in
 * (Swedish notes for the journalist): a draft may lack what a publish requires.
 */
export async function previewNewsroom(
  live: RawNewsroom,
  { article, savedAt }: PreviewRequest,
  fetchDocs: Fetch = fetchFromCms,
): Promise<{ newsroom: RawNewsroom; slug: string; notes: string[] }> {
  const notes: string[] = []
  const draft = { ...article } as Record<string, unknown>
  const newsroom: RawNewsroom = { ...live }

  // Referred documents the copy lacks are fetched; those the CMS does not give are not public.
  const wanted: [CollectionName, string[]][] = [
    ['categories', ids(draft.category)],
    ['topics', ids(draft.topics ?? [])],
    ['authors', ids(draft.authors ?? [])],
    [
      'media',
      [
        ...ids((draft.hero as { image?: unknown } | null)?.image ?? []),
        ...bodyReferences(draft.body).mediaIds,
      ],
    ],
  ]
  await Promise.all(
    wanted.map(async ([name, wantedIds]) => {
      const known = new Set((live[name] as Doc[]).map((doc) => doc.id))
      const missing = [...new Set(wantedIds)].filter((id) => !known.has(id))
      if (missing.length === 0) return
      const fetched = await fetchDocs(name, missing)
      ;(newsroom as unknown as Record<string, Doc[]>)[name] = sortCollection(name, [
        ...(live[name] as Doc[]),
        ...fetched,
      ])
    }),
  )

  if (!text(draft.title)) {
    draft.title = 'Rubrik saknas'
    notes.push('Artikeln har ingen rubrik än: förhandsvisningen visar ”Rubrik saknas”.')
  }
  const slug = text(draft.slug) ?? UNSAVED_SLUG
  if (slug === UNSAVED_SLUG) {
    draft.slug = slug
    notes.push('Artikeln har ingen adress (slug) än: den får en när den sparas med rubrik.')
  }
  if (!text(draft.publishedAt)) {
    draft.publishedAt = savedAt
    notes.push('Publiceringstid saknas: förhandsvisningen visar senast sparad tid.')
  }
  const categoryId = idOf(draft.category)
  if (!categoryId || !newsroom.categories.some((category) => category.id === categoryId)) {
    const fallback = newsroom.categories[0]
    if (!fallback) throw new Error('The newsroom has no category to show a draft under')
    draft.category = fallback.id
    notes.push(`Ingen kategori vald: förhandsvisningen visar artikeln under ${fallback.title}.`)
  }
  newsroom.articles = sortCollection('articles', [
    ...live.articles.filter((published) => published.id !== article.id),
    draft as unknown as Article,
  ])
  return { newsroom, slug, notes }
}
