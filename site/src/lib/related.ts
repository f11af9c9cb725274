/** The fields related-article selection looks at. */
export interface RelatableArticle {
  id: number
  publishedAt: string
  relatedIds: number[]
  category: { id: number }
  topics: { id: number }[]
}

/**
 * "Du kanske också är intresserad av": the editor's picks first, then the newest articles in
 * the same topic series, then in the same category, never the article itself or a duplicate.
 */
export function relatedArticles<T extends RelatableArticle>(
  article: T,
  all: T[],
  byId: Map<number, T>,
  limit = 4,
): T[] {
  const chosen = new Map<number, T>()
  const add = (candidate: T | undefined) => {
    if (candidate && candidate.id !== article.id && chosen.size < limit)
      chosen.set(candidate.id, candidate)
  }
  article.relatedIds.forEach((id) => add(byId.get(id)))
  const newestFirst = [...all].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const topicIds = new Set(article.topics.map((topic) => topic.id))
  newestFirst.filter((other) => other.topics.some((topic) => topicIds.has(topic.id))).forEach(add)
  newestFirst.filter((other) => other.category.id === article.category.id).forEach(add)
  return [...chosen.values()]
}
