// The newsroom as pages use it: newsroomSource.ts reads every public document through the
// REST API at depth 0, and this module joins the relations, so a build transfers each once.
import type { Id } from '@redaktion/content-schemas/ids'
import type {
  Article,
  Author,
  Category,
  Comment,
  Correction,
  Document,
  Media,
  Topic,
  Video,
} from '@redaktion/content-schemas/payload-types'
import type { RegistrationPlaces } from '@redaktion/content-schemas/submissions'

import { readSiteEnv } from '../env'
import { buildHooks, type BuildHooks } from './buildHooks'
import {
  buildEventIndex,
  isUpcoming,
  resolveEvent,
  type EventIndex,
  type SiteEvent,
} from './events'
import { fetchNewsroom, fetchRegistrationPlaces } from './newsroomSource'
import { sameItems, sharedFrom } from './pageKeys'
import { buildRelatedIndex, type RelatedIndex } from './related'
import { typeStatementsOf, type TypeStatements } from './typeStatements'

const { cmsUrl } = readSiteEnv()

/** An article with its relations resolved, as every page uses it. */
export interface SiteArticle extends Omit<
  Article,
  'category' | 'topics' | 'authors' | 'hero' | 'relatedArticles'
> {
  category: Category
  topics: Topic[]
  authors: Author[]
  hero: { image: Media | null; caption: string | null }
  relatedIds: Id[]
  corrections: Correction[]
  publishedAt: string
}

/** An approved reader comment, with only what its article page shows. */
export type SiteComment = Pick<Comment, 'id' | 'name' | 'text' | 'createdAt'>

export interface Newsroom {
  articles: SiteArticle[]
  categories: Category[]
  topics: Topic[]
  authors: Author[]
  corrections: (Correction & { article: SiteArticle })[]
  redirects: { from: string; to: SiteArticle }[]
  bySlug: Map<string, SiteArticle>
  slugById: Map<Id, string>
  /** Lookups for related articles and series, lists newest first. */
  related: RelatedIndex<SiteArticle>
  mediaById: Map<Id, Media>
  /** Published events, latest start first. */
  events: SiteEvent[]
  eventIndex: EventIndex<SiteEvent>
  documentById: Map<Id, Document>
  videoById: Map<Id, Video>
  /** The places left of upcoming events with registration on the site, by event id. */
  registrationPlaces: Map<Id, RegistrationPlaces>
  /**
   * The build's time, taken once: every page of a build decides "upcoming or past" by it, so
   * an incremental and a full build of the same moment agree (SITE_BUILD_TIME fixes it).
   */
  now: number
  /** The editable statement of each article type, shown at the foot of its articles. */
  typeStatements: TypeStatements
  /** Approved comments by article, oldest first. */
  commentsByArticle: Map<Id, SiteComment[]>
}

function indexById<T extends { id: Id }>(docs: T[]): Map<Id, T> {
  return new Map(docs.map((doc) => [doc.id, doc]))
}

const idOf = (value: Id | { id: Id } | null | undefined): Id | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

/** Approved comments by article, oldest first (the newsroom copy keeps them newest first). */
function commentsByArticleOf(comments: Comment[]): Map<Id, SiteComment[]> {
  const byArticle = new Map<Id, SiteComment[]>()
  for (const { id, name, text, createdAt, article } of [...comments].reverse()) {
    const articleId = idOf(article)
    if (!articleId) continue
    const list = byArticle.get(articleId) ?? []
    list.push({ id, name, text, createdAt })
    byArticle.set(articleId, list)
  }
  return byArticle
}

/** The build's time: SITE_BUILD_TIME (ISO) when set, else the clock. */
export function buildTime(): number {
  const fixed = process.env.SITE_BUILD_TIME
  if (!fixed) return Date.now()
  const time = Date.parse(fixed)
  if (Number.isNaN(time)) throw new Error(`SITE_BUILD_TIME must be an ISO time, not "${fixed}"`)
  return time
}

/** The collections an article is made of, as the last build of this process had them. */
interface ArticleSources {
  categories: Category[]
  topics: Topic[]
  authors: Author[]
  media: Media[]
  corrections: Correction[]
}
let lastSources: ArticleSources | null = null
/** The article the last build made of each raw article (null: not public). */
let lastMade = new WeakMap<Article, SiteArticle | null>()

/** Whether every collection holds the very same documents in the same order as `before`. */
function sameDocuments(before: ArticleSources | null, now: ArticleSources): boolean {
  if (!before) return false
  return (Object.keys(now) as (keyof ArticleSources)[]).every((name) => {
    return sameItems(before[name] as object[], now[name] as object[])
  })
}

async function loadNewsroom(): Promise<Newsroom> {
  const now = buildTime()
  const raw = await fetchNewsroom()
  const { articles, categories, topics, authors, media, corrections, redirects, typeStatements } =
    raw
  const categoryById = indexById(categories)
  const topicById = indexById(topics)
  const authorById = indexById(authors)
  const mediaById = indexById(media)
  const correctionsByArticle = new Map<Id | null, Correction[]>()
  for (const correction of corrections) {
    const key = idOf(correction.article)
    correctionsByArticle.set(key, [...(correctionsByArticle.get(key) ?? []), correction])
  }

  // While the documents an article is made of are all as in the last build, an unchanged
  // article is the one made then, without looking its relations up again.
  const sources = { categories, topics, authors, media, corrections }
  const isAsBefore = sameDocuments(lastSources, sources)
  lastSources = sources
  const made = new WeakMap<Article, SiteArticle | null>()
  const siteArticles: SiteArticle[] = articles.flatMap((article) => {
    const before = isAsBefore ? lastMade.get(article) : undefined
    const siteArticle = before !== undefined ? before : siteArticleOf(article)
    made.set(article, siteArticle)
    return siteArticle ? [siteArticle] : []
  })
  lastMade = made

  function siteArticleOf(article: Article): SiteArticle | null {
    const category = categoryById.get(idOf(article.category)!)
    if (!category || !article.publishedAt) return null
    const imageId = idOf(article.hero?.image)
    const articleTopics = (article.topics ?? []).flatMap(
      (topic) => topicById.get(idOf(topic)!) ?? [],
    )
    const articleAuthors = (article.authors ?? []).flatMap(
      (author) => authorById.get(idOf(author)!) ?? [],
    )
    const image = imageId ? (mediaById.get(imageId) ?? null) : null
    const articleCorrections = correctionsByArticle.get(article.id) ?? []
    // The same object as in the last build while the documents it is made of are (and hashed
    // once for the page keys of every page that shows it).
    const parts: [object, ...unknown[]] = [
      article,
      category,
      ...articleTopics,
      ...articleAuthors,
      image,
      ...articleCorrections,
    ]
    return sharedFrom(parts, (): SiteArticle => ({
      ...article,
      publishedAt: article.publishedAt!,
      category,
      topics: articleTopics,
      authors: articleAuthors,
      hero: { image, caption: article.hero?.caption ?? null },
      relatedIds: (article.relatedArticles ?? []).flatMap((related) => idOf(related) ?? []),
      corrections: articleCorrections,
    }))
  }
  const articleById = indexById(siteArticles)
  const documentById = indexById(raw.documents ?? [])
  const videoById = indexById(raw.videos ?? [])
  // Only an author with a published article has a page (lib/archives.ts), so an event links a
  // speaker's page only then, and the event's key changes when that does.
  const authorsWithPages = new Set(
    siteArticles.flatMap((article) => article.authors.map(({ id }) => id)),
  )
  const hasAuthorPage = (id: Id) => authorsWithPages.has(id)
  const lookups = { authorById, documentById, videoById, categoryById, topicById, hasAuthorPage }
  const events = (raw.events ?? []).map((event) =>
    sharedFrom(
      [
        event,
        ...(event.speakers ?? []).flatMap((speaker) => {
          const id = idOf(speaker.author)
          return id ? [authorById.get(id), hasAuthorPage(id)] : []
        }),
        ...(event.documents ?? []).map((doc) => documentById.get(idOf(doc)!)),
        videoById.get(idOf(event.video?.file) ?? ''),
        categoryById.get(idOf(event.category) ?? ''),
        ...(event.topics ?? []).map((topic) => topicById.get(idOf(topic)!)),
      ],
      () => resolveEvent(event, lookups),
    ),
  )
  const registrationPlaces = await fetchRegistrationPlaces(
    events
      .filter(
        (event) =>
          event.registration?.mode === 'form' &&
          event.eventStatus !== 'cancelled' &&
          isUpcoming(event, now),
      )
      .map((event) => event.id),
  )
  return {
    articles: siteArticles,
    categories,
    topics,
    authors,
    corrections: corrections.flatMap((correction) => {
      const article = articleById.get(idOf(correction.article)!)
      return article ? [{ ...correction, article }] : []
    }),
    redirects: redirects.flatMap((redirect) => {
      const to = articleById.get(idOf(redirect.to)!)
      return to && to.slug !== redirect.from ? [{ from: redirect.from, to }] : []
    }),
    bySlug: new Map(siteArticles.map((article) => [article.slug, article])),
    slugById: new Map(siteArticles.map((article) => [article.id, article.slug])),
    related: buildRelatedIndex(siteArticles),
    mediaById,
    events,
    eventIndex: buildEventIndex(events),
    documentById,
    videoById,
    registrationPlaces,
    now,
    typeStatements: typeStatementsOf(typeStatements),
    commentsByArticle: commentsByArticleOf(raw.comments ?? []),
  }
}

const newsrooms = new WeakMap<BuildHooks, Promise<Newsroom>>()

/**
 * The whole public newsroom, fetched once per build and shared by every page (a process that
 * renders one build after another gets new hooks for each).
 */
export function getNewsroom(): Promise<Newsroom> {
  const hooks = buildHooks()
  let newsroom = newsrooms.get(hooks)
  if (!newsroom) {
    newsroom = loadNewsroom()
    newsrooms.set(hooks, newsroom)
  }
  return newsroom
}

/**
 * An absolute URL for a media file, versioned by the media document's last change so that
 * cached copies (the CMS serves files as immutable) are refreshed when an image is replaced.
 */
export function mediaFileUrl(media: Media, size?: 'thumbnail' | 'card' | 'hero'): string | null {
  const path = (size && media.sizes?.[size]?.url) || media.url
  if (!path) return null
  const url = new URL(path, cmsUrl)
  url.searchParams.set('v', String(Date.parse(media.updatedAt)))
  return url.href
}
