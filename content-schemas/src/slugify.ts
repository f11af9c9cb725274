const FOLDED_LETTERS: Record<string, string> = {
  å: 'a',
  ä: 'a',
  ö: 'o',
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
}

/**
 * Turns a Swedish title into a URL slug: å/ä/ö folded to a/a/o, other accents dropped,
 * everything that is not a letter or digit collapsed into single hyphens.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöæøß]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

/** The n-th candidate for a slug that is taken: `slug`, `slug-2`, `slug-3`, … */
export function numberedSlug(slug: string, attempt: number): string {
  return attempt <= 1 ? slug : `${slug}-${attempt}`
}
