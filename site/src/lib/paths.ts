// The article path is shared with the CMS, which links to published pages.
export { articlePath } from '@redaktion/content-schemas/paths'

/** Permalinks: Swedish, stable, with a trailing slash. */
export const categoryPath = (slug: string) => `/kategori/${slug}/`
export const topicPath = (slug: string) => `/amne/${slug}/`
export const authorPath = (slug: string) => `/skribent/${slug}/`

/** A month page under an archive: `/kategori/arbetsliv/2026/03/`. */
export const monthPath = (base: string, year: number, month: number) =>
  `${base}${year}/${String(month).padStart(2, '0')}/`
