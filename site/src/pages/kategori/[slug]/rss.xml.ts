import type { Category } from '@redaktion/content-schemas/payload-types'
import type { APIRoute } from 'astro'

import { getNewsroom, type SiteArticle } from '../../../lib/cms'
import { articleFeed, FEED_SIZE } from '../../../lib/feeds'
import { selectPages } from '../../../lib/pageKeys'
import { categoryPath } from '../../../lib/paths'

export async function getStaticPaths() {
  const { categories, articles } = await getNewsroom()
  const entries = categories.map((category) => ({
    params: { slug: category.slug },
    props: {
      category,
      articles: articles
        .filter((article) => article.category.id === category.id)
        .slice(0, FEED_SIZE),
    },
  }))
  return selectPages('category-feed', entries, {
    pathOf: (entry) => `${categoryPath(entry.params.slug)}rss.xml`,
    shared: null,
  })
}

export const GET: APIRoute = async ({ props, site }) => {
  const { category, articles } = props as { category: Category; articles: SiteArticle[] }
  return articleFeed({
    title: category.title,
    description: category.description ?? `Senaste artiklarna i ${category.title}.`,
    site: site!,
    articles,
  })
}
