import type { Id } from '@redaktion/content-schemas/ids'
import type { Document, Media } from '@redaktion/content-schemas/payload-types'

import { buildHooks } from './buildHooks'
import type { Newsroom, SiteArticle, SiteComment } from './cms'
import { bodyReferences } from './bodyReferences'
import { eventsForArticle, type SiteEvent } from './events'
import { layoutData } from './layout'
import { selectPages } from './pageKeys'
import { articlePath } from './paths'
import { debateChains, type DebateChain } from './debateChain'
import { earlierInSeries, relatedArticles } from './related'
import { articleSharedKey, type ArticleRouteState, touchedArticles } from './touchedArticles'
import { typeStatementParagraphs } from './typeStatements'

/**
 * Static paths for /artikel/<slug>/: every published article, and a redirect page for each
 * old slug. Each page's props hold everything it renders (related articles, the series, the
 * body's images and link targets), so its key (pageKeys.ts) changes exactly when it does.
 */
export function articlePaths(newsroom: Newsroom) {
  const chains = debateChains(newsroom.articles)
  const hooks = buildHooks()
  const layout = layoutData(newsroom)
  const sharedKey = articleSharedKey(newsroom, layout)
  // A preview asks for one page and changes nothing the next build starts from.
  const touched = hooks.preview
    ? null
    : touchedArticles(lastRoute, newsroom, chains, sharedKey, hooks.previousPages)
  // The last build's keys, less every page made again: the touched articles (at their old
  // path too), the gone ones and the redirect pages. An article not touched was in the last
  // build, at the same path.
  let unchanged: Record<string, string> | undefined
  if (touched && lastRoute) {
    unchanged = { ...lastRoute.keys }
    for (const pagePath of lastRoute.redirectPaths) delete unchanged[pagePath]
    for (const id of touched) {
      const old = lastRoute.newsroom.related.byId.get(id)
      if (old) delete unchanged[articlePath(old.slug)]
    }
  }
  const made = touched
    ? newsroom.articles.filter((article) => touched.has(article.id))
    : newsroom.articles
  const articles = made.map((article) => {
    const references = bodyReferences(article.body)
    const topic = article.topics[0]
    return {
      params: { slug: article.slug },
      props: {
        kind: 'article' as const,
        article,
        related: relatedArticles(article, newsroom.related),
        series: topic
          ? { topic, earlier: earlierInSeries(article, topic.id, newsroom.related) }
          : null,
        // Only its own type's text, so a changed statement re-renders the articles of that type.
        // The chain's links only, so a chain member's page changes with the chain and no more.
        debate: debateBoxOf(chains.get(article.id)),
        comments: {
          isOpen: article.commentsOpen === true,
          list: newsroom.commentsByArticle.get(article.id) ?? [],
        },
        typeStatement: typeStatementParagraphs(newsroom.typeStatements, article.type),
        bodyMedia: references.mediaIds.flatMap((id) => newsroom.mediaById.get(id) ?? []),
        bodyDocuments: references.documentIds.flatMap((id) => newsroom.documentById.get(id) ?? []),
        events: eventsForArticle(article, newsroom.eventIndex, newsroom.now),
        linkedSlugs: references.articleIds.flatMap((id): [Id, string][] => {
          const slug = newsroom.slugById.get(id)
          return slug ? [[id, slug]] : []
        }),
      },
    }
  })
  const redirects = newsroom.redirects
    .filter((redirect) => !newsroom.bySlug.has(redirect.from))
    .map((redirect) => ({
      params: { slug: redirect.from },
      props: {
        kind: 'redirect' as const,
        title: redirect.to.title,
        to: articlePath(redirect.to.slug),
      },
    }))
  // Old slug → new, for hosts that read a `_redirects` file; the redirect pages serve the rest.
  const lines = newsroom.redirects.map(
    ({ from, to }) => `${articlePath(from)} ${articlePath(to.slug)} 301\n`,
  )
  hooks.onSiteFile('_redirects', lines.join(''))
  // The route's keys, kept for the next build of this process with what they were made from.
  const keys = unchanged ?? {}
  const selected = selectPages('article', [...articles, ...redirects], {
    pathOf: (entry) => articlePath(entry.params.slug),
    shared: layout,
    recorded: keys,
    isPartial: touched !== null,
  })
  if (!hooks.preview)
    lastRoute = {
      newsroom,
      chains,
      sharedKey,
      keys,
      redirectPaths: redirects.map((entry) => articlePath(entry.params.slug)),
      record: hooks.record,
    }
  return selected
}

/** What the last build of this process made the article route from (touchedArticles.ts). */
let lastRoute: ArticleRouteState | null = null

/** One line of the "Debatten" box. */
export interface DebateLink {
  id: Id
  type: SiteArticle['type']
  title: string
  slug: string
  authors: string[]
  publishedAt: string
}

export interface DebateBox {
  links: DebateLink[]
  isClosed: boolean
}

function debateBoxOf(chain: DebateChain<SiteArticle> | undefined): DebateBox | null {
  if (!chain) return null
  return {
    isClosed: chain.isClosed,
    links: chain.articles.map((member) => ({
      id: member.id,
      type: member.type,
      title: member.title,
      slug: member.slug,
      authors: member.authors.map((author) => author.name),
      publishedAt: member.publishedAt,
    })),
  }
}

export interface ArticlePageProps {
  kind: 'article'
  article: SiteArticle
  related: SiteArticle[]
  series: { topic: SiteArticle['topics'][number]; earlier: SiteArticle[] } | null
  debate: DebateBox | null
  /** "Tyck till": the approved comments, and whether readers may write more. */
  comments: { isOpen: boolean; list: SiteComment[] }
  typeStatement: string[]
  bodyMedia: Media[]
  bodyDocuments: Document[]
  /** Events that name the article or share its topics (RelatedEvents.astro). */
  events: SiteEvent[]
  linkedSlugs: [number, string][]
}

export interface RedirectPageProps {
  kind: 'redirect'
  title: string
  to: string
}
