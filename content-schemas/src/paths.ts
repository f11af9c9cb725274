// The public path of a published article: the site builds its pages there and the CMS links to
// them (the "Live på webbplatsen" link), so the rule has one home on both sides.

/** Permalinks: Swedish, stable, with a trailing slash, e.g. `/artikel/en-rubrik/`. */
export const articlePath = (slug: string): string => `/artikel/${slug}/`

/** An event's page, e.g. `/evenemang/en-rubrik/`, beside the list at `/evenemang/`. */
export const eventPath = (slug: string): string => `/evenemang/${slug}/`
