export const SITE_TITLE = 'Redaktion'
export const SITE_TAGLINE = 'Nyheter om offentlig sektor, myndigheterna och arbetslivet'
export const SITE_DESCRIPTION =
  'Redaktion bevakar myndigheterna, arbetslivet och villkoren för dem som arbetar i offentlig sektor.'
export const PUBLISHER = 'Redaktion'

/** Hand-written editorial pages (MDX), in footer order. */
export const EDITORIAL_PAGES = [
  { path: '/om-oss/', title: 'Om oss' },
  { path: '/tipsa-oss-sakert/', title: 'Tipsa oss säkert' },
  { path: '/rattelsepolicy/', title: 'Rättelsepolicy' },
  { path: '/rattelser/', title: 'Rättelser' },
  { path: '/integritetspolicy/', title: 'Integritetspolicy' },
  { path: '/tillganglighet/', title: 'Tillgänglighet' },
] as const

/** The reader forms' own pages (the article pages carry the same form with a type choice). */
export const READER_FORM_PAGES = [
  { path: '/tipsa/', title: 'Tipsa oss' },
  { path: '/debatt/skicka-in/', title: 'Skicka ett debattinlägg' },
] as const

/** The category whose page invites readers to send a debate piece of their own. */
export const DEBATE_CATEGORY_SLUG = 'debatt'
