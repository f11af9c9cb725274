// Which article pages a change can have touched, worked out from the change, so that a publish
// at 100,000 articles makes the data and key of a few dozen article pages instead of every one
// (articlePages.ts). An article page shows (articlePages.ts, related.ts): the article; its
// related articles (the editor's picks, then the nearest older ones in its topic series and
// category); the earlier articles of its series; its debate chain; its comments; its type's
// statement; the images, documents and articles its body names; the events that name it or
// share its topics; and the menu. So when only articles, comments and events changed, a page
// can have changed only if it is
//
// - a changed article's own page (new, edited, renamed; gone ones are not pages any more),
// - one of the LIST_REACH newer neighbours of a changed article in a topic or category list,
//   before or after the change (their "older" windows may now hold it, or lose it),
// - an article that picks a changed one by hand, or whose body links a new, gone or renamed one,
// - in the debate chain of a changed article, before or after the change,
// - an article whose approved comments changed,
// - an article a changed event names, or in a changed event's topics (also an event that has
//   passed its end since: an article shows upcoming events before past ones).
//
// Anything else that changed (the menu, the type statements, an image, a document), or a build
// this process did not make the previous keys of, and every page's data is made again (null). The incremental-build test and bench:publish's
// equivalence check compare the result with a full build.
import type { Id } from '@redaktion/content-schemas/ids'

import type { Newsroom, SiteArticle } from './cms'
import type { DebateChain } from './debateChain'
import { bodyReferences } from './bodyReferences'
import { isUpcoming, type SiteEvent } from './events'
import { keyOf } from './pageKeys'
import type { RelatedIndex } from './related'

/**
 * How many newer articles of a list an article's page can appear on: related articles take
 * the nearest 4 older ones of each list, the series box 5.
 */
export const LIST_REACH = 5

/** What one build of the article route was made from, kept for the next build. */
export interface ArticleRouteState {
  newsroom: Newsroom
  chains: Map<Id, DebateChain<SiteArticle>>
  /** The menu's and the type statements' key. */
  sharedKey: string
  /** Every page's key of the article route (articles and redirects), by path. */
  keys: Record<string, string>
  /** The paths of its redirect pages (made again in every build). */
  redirectPaths: string[]
  /** The build's record of every page's key (BuildHooks.record), once it is whole. */
  record: Record<string, string> | undefined
}

/** The key of what every article page shows besides its own data. */
export function articleSharedKey(newsroom: Newsroom, layout: unknown): string {
  return keyOf([layout, newsroom.typeStatements])
}

const sameValues = <K, V>(a: Map<K, V>, b: Map<K, V>) =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value)

/** Whether the images and documents are the very same as before. */
function sameMedia(before: Newsroom, now: Newsroom): boolean {
  return (
    sameValues(before.mediaById, now.mediaById) && sameValues(before.documentById, now.documentById)
  )
}

/**
 * The ids of the articles whose events box a change of events can have changed: an event
 * that is new, gone, changed or has passed its end since (in its old and its new version)
 * touches the articles it names and every article in its topics (eventsForArticle in
 * events.ts draws on those alone).
 */
function touchedByEvents(before: Newsroom, now: Newsroom): Set<Id> {
  const touched = new Set<Id>()
  const oldById = new Map(before.events.map((event) => [event.id, event]))
  const newById = new Map(now.events.map((event) => [event.id, event]))
  const reach = (event: SiteEvent, newsroom: Newsroom) => {
    event.relatedIds.forEach((id) => touched.add(id))
    for (const topic of event.topics)
      newsroom.related.byTopic.get(topic.id)?.forEach((article) => touched.add(article.id))
  }
  for (const id of new Set([...oldById.keys(), ...newById.keys()])) {
    const [old, event] = [oldById.get(id), newById.get(id)]
    const isAlike =
      old === event && !!old && isUpcoming(old, before.now) === isUpcoming(old, now.now)
    if (isAlike) continue
    if (old) reach(old, before)
    if (event) reach(event, now)
  }
  return touched
}

/** The ids of articles whose approved comments differ (comments are made anew every build). */
function commentedDifferently(before: Newsroom, now: Newsroom): Set<Id> {
  const changed = new Set<Id>()
  const sameComment = (
    a: { id: Id; name: string; text: string; createdAt: string },
    b: typeof a | undefined,
  ) => !!b && a.id === b.id && a.name === b.name && a.text === b.text && a.createdAt === b.createdAt
  for (const [id, list] of now.commentsByArticle) {
    const old = before.commentsByArticle.get(id)
    if (!old || old.length !== list.length || list.some((c, at) => !sameComment(c, old[at])))
      changed.add(id)
  }
  for (const id of before.commentsByArticle.keys())
    if (!now.commentsByArticle.has(id)) changed.add(id)
  return changed
}

/** The newer neighbours of `article` in each of its lists of `index` (itself left out). */
function newerNeighbours(article: SiteArticle, index: RelatedIndex<SiteArticle>): SiteArticle[] {
  const lists = [
    ...article.topics.map((topic) => index.byTopic.get(topic.id)),
    index.byCategory.get(article.category.id),
  ]
  return lists.flatMap((list) => {
    const at = list?.indexOf(article) ?? -1
    return at < 0 ? [] : list!.slice(Math.max(0, at - LIST_REACH), at)
  })
}

/**
 * The ids of the articles whose page the change from `last` to `newsroom` can have touched;
 * null when every page must be made again. `previousPages` are the previous release's keys:
 * unless they are the keys `last` recorded, the previous release is not this process's build.
 */
export function touchedArticles(
  last: ArticleRouteState | null,
  newsroom: Newsroom,
  chains: Map<Id, DebateChain<SiteArticle>>,
  sharedKey: string,
  previousPages: Record<string, string> | null,
): Set<Id> | null {
  if (!last || !previousPages || last.sharedKey !== sharedKey) return null
  // The previous release is the last build's (its very record) or has every key it made.
  if (previousPages !== last.record)
    for (const [pagePath, key] of Object.entries(last.keys))
      if (previousPages[pagePath] !== key) return null
  const before = last.newsroom
  if (!sameMedia(before, newsroom)) return null

  const oldById = before.related.byId
  const newById = newsroom.related.byId
  /** The articles that changed, in their old and their new version. */
  const changed: { id: Id; old: SiteArticle | undefined; now: SiteArticle | undefined }[] = []
  for (const article of newsroom.articles) {
    const old = oldById.get(article.id)
    if (old !== article) changed.push({ id: article.id, old, now: article })
  }
  for (const [id, old] of oldById) if (!newById.has(id)) changed.push({ id, old, now: undefined })

  const touched = commentedDifferently(before, newsroom)
  touchedByEvents(before, newsroom).forEach((id) => touched.add(id))
  const changedIds = new Set(changed.map(({ id }) => id))
  /** New, gone or renamed: a body link to it shows another slug, or none. */
  const relinked = new Set(
    changed.filter(({ old, now }) => old?.slug !== now?.slug).map(({ id }) => id),
  )
  for (const { id, old, now } of changed) {
    touched.add(id)
    if (old) for (const neighbour of newerNeighbours(old, before.related)) touched.add(neighbour.id)
    if (now)
      for (const neighbour of newerNeighbours(now, newsroom.related)) touched.add(neighbour.id)
    for (const chain of [last.chains.get(id), chains.get(id)])
      chain?.articles.forEach((member) => touched.add(member.id))
  }
  if (changed.length)
    for (const article of newsroom.articles) {
      if (article.relatedIds.some((id) => changedIds.has(id))) touched.add(article.id)
      if (relinked.size && bodyReferences(article.body).articleIds.some((id) => relinked.has(id)))
        touched.add(article.id)
    }
  return touched
}
