import rss from '@astrojs/rss'

import { SITE_TITLE } from '../consts'
import type { SiteArticle } from './cms'
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
