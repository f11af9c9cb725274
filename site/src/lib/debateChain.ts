import { compareIds, type Id } from '@redaktion/content-schemas/ids'
import { isDebateArticleType } from '@redaktion/content-schemas/options'

/** The fields a debate chain is made from (a published article at depth 0). */
export interface ChainableArticle {
  id: Id
  type: string
  publishedAt: string
  repliesTo?: Id | { id: Id } | null
  debateClosed?: boolean | null
}

export interface DebateChain<T> {
  /** The original first, then every reply in publication order. */
  articles: T[]
  /** Set on the original: no more "Skriv en replik" anywhere in the chain. */
  isClosed: boolean
}

const parentOf = (article: ChainableArticle): Id | null => {
  const value = article.repliesTo
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

const oldestFirst = (a: ChainableArticle, b: ChainableArticle) =>
  a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : compareIds(a.id, b.id)

/**
 * Every published debate-type article's chain: its original (followed up `repliesTo` as far
 * as published articles go) and every article that answers it or any of its replies. An
 * article that answers an unpublished one heads its own visible chain until that one is out.
 */
export function debateChains<T extends ChainableArticle>(articles: T[]): Map<Id, DebateChain<T>> {
  const debates = articles.filter((article) => isDebateArticleType(article.type))
  const byId = new Map(debates.map((article) => [article.id, article]))
  const rootOf = (article: T): T => {
    const seen = new Set<Id>()
    let current = article
    for (let parent = parentOf(current); parent !== null; parent = parentOf(current)) {
      const next = byId.get(parent)
      // The CMS refuses cycles; should one slip in, the walk stops where it closes.
      if (!next || seen.has(next.id)) break
      seen.add(current.id)
      current = next
    }
    return current
  }
  const members = new Map<Id, T[]>()
  for (const article of debates) {
    const root = rootOf(article)
    members.set(root.id, [...(members.get(root.id) ?? []), article])
  }
  const chains = new Map<Id, DebateChain<T>>()
  for (const [rootId, chain] of members) {
    const root = byId.get(rootId)!
    const replies = chain.filter((article) => article.id !== rootId).sort(oldestFirst)
    const entry = { articles: [root, ...replies], isClosed: root.debateClosed === true }
    for (const article of entry.articles) chains.set(article.id, entry)
  }
  return chains
}
