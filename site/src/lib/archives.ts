import type { Id } from '@redaktion/content-schemas/ids'
import type { Media } from '@redaktion/content-schemas/payload-types'

import { groupByMonth, type ArchiveMonth } from './archive'
import type { Newsroom, SiteArticle } from './cms'
import { layoutData } from './layout'
import { sameItems, selectPages } from './pageKeys'
import { authorPath, categoryPath, monthPath, topicPath } from './paths'

export type ArchiveKind = 'category' | 'topic' | 'author'

/** A category, topic series or author: what its pages say about it. */
export interface ArchiveInfo {
  kind: ArchiveKind
  slug: string
  title: string
  description: string | null
  base: string
}

/** An archive with its articles grouped by month, newest month first. */
export interface Archive extends ArchiveInfo {
  months: ArchiveMonth<SiteArticle>[]
  /** An author's photo, on the author's front page only. */
  photo: Media | null
}

/** A month without its articles: a link in an archive's month list or a month page's nav. */
export interface MonthLink {
  year: number
  month: number
  count: number
}

const LATEST = 12

/** An archive's newest `count` articles, from its newest months only. */
export function newestIn(archive: Archive, count: number): SiteArticle[] {
  const newest: SiteArticle[] = []
  for (const month of archive.months) {
    if (newest.length >= count) break
    newest.push(...month.items.slice(0, count - newest.length))
  }
  return newest
}

const archivesByNewsroom = new WeakMap<Newsroom, Map<ArchiveKind, Archive[]>>()

/**
 * Every archive of one kind; each has at least one article. Worked out once per newsroom and
 * kind: the archive routes and the sitemaps all ask, and each time it reads every article.
 */
export function archivesOf(newsroom: Newsroom, kind: ArchiveKind): Archive[] {
  let byKind = archivesByNewsroom.get(newsroom)
  if (!byKind) archivesByNewsroom.set(newsroom, (byKind = new Map()))
  let archives = byKind.get(kind)
  if (!archives) byKind.set(kind, (archives = makeArchives(newsroom, kind)))
  return archives
}

/** The ids of the archives of a kind an article is in (a category, its topics, its authors). */
const archiveIdsOf: Record<ArchiveKind, (article: SiteArticle) => Id[]> = {
  category: (article) => [article.category.id],
  topic: (article) => article.topics.map((topic) => topic.id),
  author: (article) => article.authors.map((author) => author.id),
}

/** Each archive's articles by its id, in the newsroom's order: one pass over the articles. */
function articlesByArchive(newsroom: Newsroom, kind: ArchiveKind): Map<Id, SiteArticle[]> {
  const byId = new Map<Id, SiteArticle[]>()
  for (const article of newsroom.articles)
    for (const id of archiveIdsOf[kind](article)) {
      const list = byId.get(id)
      if (!list) byId.set(id, [article])
      // An article that names the same topic or author twice is listed once.
      else if (list.at(-1) !== article) list.push(article)
    }
  return byId
}

function makeArchives(newsroom: Newsroom, kind: ArchiveKind): Archive[] {
  const sources =
    kind === 'category'
      ? newsroom.categories.map((c) => ({
          id: c.id,
          slug: c.slug,
          title: c.title,
          description: c.description ?? null,
          base: categoryPath(c.slug),
          photo: null,
        }))
      : kind === 'topic'
        ? newsroom.topics.map((t) => ({
            id: t.id,
            slug: t.slug,
            title: t.title,
            description: t.description ?? null,
            base: topicPath(t.slug),
            photo: null,
          }))
        : newsroom.authors.map((p) => ({
            id: p.id,
            slug: p.slug,
            title: p.name,
            description: p.bio ?? p.title ?? null,
            base: authorPath(p.slug),
            photo: authorPhoto(newsroom, p),
          }))
  const byArchive = articlesByArchive(newsroom, kind)
  const last = lastGrouped.get(kind)
  const made = new Map<Id, Grouped>()
  const archives = sources.flatMap(({ id, ...source }) => {
    const articles = byArchive.get(id) ?? []
    if (!articles.length) return []
    const before = last?.get(id)
    // The same articles as in the last build: the same months (so their pages compare fast).
    const months =
      before && sameItems(before.articles, articles) ? before.months : groupByMonth(articles)
    made.set(id, { articles, months })
    return [{ kind, ...source, months }]
  })
  lastGrouped.set(kind, made)
  return archives
}

/** An archive's articles and their months, as the last build of this process grouped them. */
interface Grouped {
  articles: SiteArticle[]
  months: ArchiveMonth<SiteArticle>[]
}
/** By kind, then by archive id. */
const lastGrouped = new Map<ArchiveKind, Map<Id, Grouped>>()

/** The author's photo, with the author's name as its text when the image has none of its own. */
export function authorPhoto(newsroom: Newsroom, author: Newsroom['authors'][number]): Media | null {
  const id = typeof author.photo === 'object' ? author.photo?.id : author.photo
  const media = id ? newsroom.mediaById.get(id) : undefined
  if (!media) return null
  return media.alt?.trim() ? media : { ...media, alt: author.name }
}

const infoOf = ({ kind, slug, title, description, base }: Archive): ArchiveInfo => ({
  kind,
  slug,
  title,
  description,
  base,
})
const linkOf = (month: ArchiveMonth<SiteArticle> | undefined): MonthLink | null =>
  month ? { year: month.year, month: month.month, count: month.items.length } : null

/**
 * The archives' front pages: the newest articles and the list of months.
 * Each page gets only what it shows, so its key changes only when that does.
 */
export function archiveIndexEntries(newsroom: Newsroom, kind: ArchiveKind) {
  return archivesOf(newsroom, kind).map((archive) => ({
    params: { slug: archive.slug },
    props: {
      archive: infoOf(archive),
      latest: newestIn(archive, LATEST),
      months: archive.months.map((month) => linkOf(month)!),
      photo: archive.photo,
    },
  }))
}

export function archiveIndexPaths(newsroom: Newsroom, kind: ArchiveKind) {
  return selectPages(`${kind}-index`, archiveIndexEntries(newsroom, kind), {
    pathOf: (entry) => entry.props.archive.base,
    shared: layoutData(newsroom),
  })
}

/** Every month page of every archive of a kind, with its neighbours. */
export function archiveMonthEntries(newsroom: Newsroom, kind: ArchiveKind) {
  return archivesOf(newsroom, kind).flatMap((archive) =>
    archive.months.map((month, index) => ({
      params: {
        slug: archive.slug,
        year: String(month.year),
        month: String(month.month).padStart(2, '0'),
      },
      props: {
        archive: infoOf(archive),
        month,
        newer: linkOf(archive.months[index - 1]),
        older: linkOf(archive.months[index + 1]),
      },
    })),
  )
}

export const archiveMonthPagePath = ({ props }: ReturnType<typeof archiveMonthEntries>[number]) =>
  monthPath(props.archive.base, props.month.year, props.month.month)

export function archiveMonthPaths(newsroom: Newsroom, kind: ArchiveKind) {
  return selectPages(`${kind}-month`, archiveMonthEntries(newsroom, kind), {
    pathOf: archiveMonthPagePath,
    shared: layoutData(newsroom),
  })
}

export type ArchiveIndexProps = ReturnType<typeof archiveIndexEntries>[number]['props']
export type ArchiveMonthProps = ReturnType<typeof archiveMonthEntries>[number]['props']
