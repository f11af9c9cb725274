import type { Newsroom } from './cms'

const menus = new WeakMap<Newsroom, Newsroom['categories']>()

/**
 * The categories in the main menu: a category gets its pages with its first published article.
 * Every page's layout asks, so it is worked out once per newsroom (it reads every article:
 * per page, that made a 100,000-article build quadratic).
 */
export function menuCategories(newsroom: Newsroom) {
  let menu = menus.get(newsroom)
  if (!menu) {
    const used = new Set(newsroom.articles.map((article) => article.category.id))
    menu = newsroom.categories.filter((category) => used.has(category.id))
    menus.set(newsroom, menu)
  }
  return menu
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
