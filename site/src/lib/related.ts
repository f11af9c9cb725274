import { compareIds, type Id } from '@redaktion/content-schemas/ids'

/** The fields related-article selection looks at. */
export interface RelatableArticle {
  id: Id
  publishedAt: string
  relatedIds: Id[]
  category: { id: Id }
  topics: { id: Id }[]
}

/** Articles grouped for quick lookups, each list newest first. */
export interface RelatedIndex<T> {
  byId: Map<Id, T>
  byTopic: Map<Id, T[]>
  byCategory: Map<Id, T[]>
}

/** True when `other` was published before `article` (the id, as a string, breaks ties). */
const isOlder = (other: RelatableArticle, article: RelatableArticle) =>
  other.publishedAt < article.publishedAt ||
  (other.publishedAt === article.publishedAt && compareIds(other.id, article.id) < 0)

/** Newest first, the order of the index's lists (and of the newsroom's articles). */
const newestFirst = (a: RelatableArticle, b: RelatableArticle) =>
  a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : compareIds(b.id, a.id)

/**
 * The first `count` articles of a newest-first list that are older than `article`: they form
 * the list's tail, found by binary search. (Scanning for them made every build quadratic in
 * the archive's size: each article's page asks.)
 */
function olderIn<T extends RelatableArticle>(
  list: T[] | undefined,
  article: RelatableArticle,
  count: number,
): T[] {
  if (!list) return []
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isOlder(list[middle]!, article)) high = middle
    else low = middle + 1
  }
  return list.slice(low, low + count)
}

/**
 * "Du kanske också är intresserad av": the editor's picks first, then the nearest older
 * articles in the same topic series, then in the same category; never the article itself or a
 * duplicate. Automatic picks are drawn from older articles only, so publishing a new article
 * changes no other article's page (incremental builds stay small).
 */
export function relatedArticles<T extends RelatableArticle>(
  article: T,
  index: RelatedIndex<T>,
  limit = 4,
): T[] {
  const chosen = new Map<Id, T>()
  const add = (candidate: T | undefined) => {
    if (candidate && candidate.id !== article.id && chosen.size < limit)
      chosen.set(candidate.id, candidate)
  }
  article.relatedIds.forEach((id) => add(index.byId.get(id)))
  // Of each list, the first `limit` older articles are enough: any further one has `limit`
  // newer ones before it, and at most the already chosen of those are skipped as duplicates.
  const sameTopic = article.topics.flatMap((topic) =>
    olderIn(index.byTopic.get(topic.id), article, limit),
  )
  sameTopic.sort(newestFirst).forEach(add)
  olderIn(index.byCategory.get(article.category.id), article, limit).forEach(add)
  return [...chosen.values()]
}

/** The articles published before `article` in a topic series, nearest first. */
export function earlierInSeries<T extends RelatableArticle>(
  article: T,
  topicId: Id,
  index: RelatedIndex<T>,
  limit = 5,
): T[] {
  return olderIn(index.byTopic.get(topicId), article, limit)
}

/** Builds the lookups once per build, from articles sorted newest first. */
export function buildRelatedIndex<T extends RelatableArticle>(newestFirst: T[]): RelatedIndex<T> {
  const byTopic = new Map<Id, T[]>()
  const byCategory = new Map<Id, T[]>()
  for (const article of newestFirst) {
    for (const topic of article.topics) pushTo(byTopic, topic.id, article)
    pushTo(byCategory, article.category.id, article)
  }
  return { byId: new Map(newestFirst.map((article) => [article.id, article])), byTopic, byCategory }
}

function pushTo<T>(map: Map<Id, T[]>, key: Id, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
