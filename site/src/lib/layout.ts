import type { Newsroom } from './cms'

/** The categories in the main menu: a category gets its pages with its first published article. */
export function menuCategories({ categories, articles }: Newsroom) {
  const used = new Set(articles.map((article) => article.category.id))
  return categories.filter((category) => used.has(category.id))
}

/** The year in the footer's copyright line. */
export const copyrightYear = () => new Date().getFullYear()

/** What every page shows besides its own content: part of every page's key (pageKeys.ts). */
export function layoutData(newsroom: Newsroom) {
  return {
    menu: menuCategories(newsroom).map(({ slug, title }) => ({ slug, title })),
    year: copyrightYear(),
  }
}
