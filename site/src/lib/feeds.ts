import rss from '@astrojs/rss'

import { SITE_TITLE } from '../consts'
import { archivesOf, newestIn } from './archives'
import type { Newsroom, SiteArticle } from './cms'
import { selectPages } from './pageKeys'
import { articlePath } from './paths'

export const FEED_SIZE = 30

/** An RSS 2.0 feed of the newest articles. */
export function articleFeed({
  title,
  description,
  site,
  articles,
}: {
  title: string
  description: string
  site: URL
  articles: SiteArticle[]
}) {
  return rss({
    title: title === SITE_TITLE ? title : `${title} – ${SITE_TITLE}`,
    description,
    site,
    customData: '<language>sv-se</language>',
    items: articles.slice(0, FEED_SIZE).map((article) => ({
      title: article.title,
      link: articlePath(article.slug),
      pubDate: new Date(article.publishedAt),
      description: article.lead ?? undefined,
      categories: [article.category.title, ...article.topics.map((topic) => topic.title)],
      author: article.authors.map((author) => author.name).join(', '),
    })),
  })
}

/** The path of an archive's feed (category, topic series, author): `<archive>/rss.xml`. */
export const feedPath = (archiveBase: string) => `${archiveBase}rss.xml`

/**
 * Static paths for the feeds of topic series and authors: one per archive page, each with only
 * the newest articles it lists, so an incremental build renders the feeds a publish touches.
 */
export function archiveFeedPaths(newsroom: Newsroom, kind: 'topic' | 'author') {
  const entries = archivesOf(newsroom, kind).map((archive) => ({
    params: { slug: archive.slug },
    props: {
      title: archive.title,
      description:
        archive.description ??
        (kind === 'topic'
          ? `Senaste artiklarna i serien ${archive.title}.`
          : `Senaste artiklarna av ${archive.title}.`),
      base: archive.base,
      articles: newestIn(archive, FEED_SIZE),
    },
  }))
  return selectPages(`${kind}-feed`, entries, {
    pathOf: (entry) => feedPath(entry.props.base),
    shared: null,
  })
}

export type ArchiveFeedProps = ReturnType<typeof archiveFeedPaths>[number]['props']

/** The published correction notices, newest first, each linking to its article's notice. */
export function correctionFeed({
  site,
  corrections,
}: {
  site: URL
  corrections: Newsroom['corrections']
}) {
  return rss({
    title: `Rättelser – ${SITE_TITLE}`,
    description: `Alla rättelser som ${SITE_TITLE} har publicerat, senaste först.`,
    site,
    customData: '<language>sv-se</language>',
    items: corrections
      .filter((correction) => correction.notice && correction.noticePublishedAt)
      .slice(0, FEED_SIZE)
      .map((correction) => ({
        title: `Rättelse: ${correction.article.title}`,
        // Absolute: @astrojs/rss would put its trailing slash after the fragment of a path.
        link: new URL(`${articlePath(correction.article.slug)}#rattelser-rubrik`, site).href,
        // The notice's own id: a reworded notice is the same item, not a new one.
        customData: `<guid isPermaLink="false">rattelse-${correction.id}</guid>`,
        pubDate: new Date(correction.noticePublishedAt!),
        description: correction.notice!,
      })),
  })
}
