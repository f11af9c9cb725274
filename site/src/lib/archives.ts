import { groupByMonth, type ArchiveMonth } from './archive'
import type { Newsroom, SiteArticle } from './cms'
import { authorPath, categoryPath, topicPath } from './paths'

export type ArchiveKind = 'category' | 'topic' | 'author'

/** A category, topic series or author, with its articles grouped by month. */
export interface Archive {
  kind: ArchiveKind
  slug: string
  title: string
  description: string | null
  base: string
  months: ArchiveMonth<SiteArticle>[]
}

/** Every archive of one kind; each has at least one article. */
export function archivesOf(newsroom: Newsroom, kind: ArchiveKind): Archive[] {
  const sources =
    kind === 'category'
      ? newsroom.categories.map((c) => ({
          slug: c.slug,
          title: c.title,
          description: c.description ?? null,
          base: categoryPath(c.slug),
          has: (a: SiteArticle) => a.category.id === c.id,
        }))
      : kind === 'topic'
        ? newsroom.topics.map((t) => ({
            slug: t.slug,
            title: t.title,
            description: t.description ?? null,
            base: topicPath(t.slug),
            has: (a: SiteArticle) => a.topics.some((topic) => topic.id === t.id),
          }))
        : newsroom.authors.map((p) => ({
            slug: p.slug,
            title: p.name,
            description: p.bio ?? p.title ?? null,
            base: authorPath(p.slug),
            has: (a: SiteArticle) => a.authors.some((author) => author.id === p.id),
          }))
  return sources.flatMap(({ has, ...source }) => {
    const articles = newsroom.articles.filter(has)
    return articles.length ? [{ kind, ...source, months: groupByMonth(articles) }] : []
  })
}

/** Static paths for the archives' front pages. */
export async function archiveIndexPaths(newsroom: Newsroom, kind: ArchiveKind) {
  return archivesOf(newsroom, kind).map((archive) => ({
    params: { slug: archive.slug },
    props: { archive },
  }))
}

/** Static paths for every month page of every archive of a kind. */
export async function archiveMonthPaths(newsroom: Newsroom, kind: ArchiveKind) {
  return archivesOf(newsroom, kind).flatMap((archive) =>
    archive.months.map((month) => ({
      params: {
        slug: archive.slug,
        year: String(month.year),
        month: String(month.month).padStart(2, '0'),
      },
      props: { archive, month },
    })),
  )
}
