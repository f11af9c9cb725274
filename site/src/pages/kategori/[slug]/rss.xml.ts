import type { Category } from '@redaktion/content-schemas/payload-types'
import type { APIRoute } from 'astro'

import { getNewsroom } from '../../../lib/cms'
import { articleFeed } from '../../../lib/feeds'

export async function getStaticPaths() {
  const { categories } = await getNewsroom()
  return categories.map((category) => ({ params: { slug: category.slug }, props: { category } }))
}

export const GET: APIRoute = async ({ props, site }) => {
  const { category } = props as { category: Category }
  const { articles } = await getNewsroom()
  return articleFeed({
    title: category.title,
    description: category.description ?? `Senaste artiklarna i ${category.title}.`,
    site: site!,
    articles: articles.filter((article) => article.category.id === category.id),
  })
}
