// One search result as the reader sees it: the title, the excerpt with the matched words, what
// kind of page it is and when, and the article's picture when it has one.
import { foldExcerpt } from './foldExcerpt'
import { HIGHLIGHT_PARAM, searchedWords } from '../searchHighlight'
import type { PagefindResultData } from './searchIndex'

// `datum` is a calendar day ('2026-11-23'): formatted as that day, wherever the reader is.
const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text) node.textContent = text
  return node
}

/** "Myndigheter · Nyhet · På djupet: Tillitsreformen · 3 december 2026" */
export function resultMeta({ filters, meta }: PagefindResultData): string {
  const date = meta.datum && dateFormat.format(new Date(meta.datum))
  // A debate article's type is its category's name: said once.
  const labels = new Set([filters.kategori?.[0], filters.typ?.[0], filters.serie?.[0], date])
  return [...labels].filter(Boolean).join(' · ')
}

/** The result's address, with the searched words for the opened page to mark, if any. */
function resultHref(url: string): string {
  const address = new URL(url, location.origin)
  const words = searchedWords(address.search)
  address.searchParams.delete(HIGHLIGHT_PARAM)
  for (const word of words) address.searchParams.append(HIGHLIGHT_PARAM, word)
  return `${address.pathname}${address.search}${address.hash}`
}

export function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = element('li')
  const text = element('div')
  const heading = element('h2')
  const link = element('a', result.meta.title ?? result.url)
  link.href = resultHref(result.url)
  heading.append(link)
  const excerpt = element('p')
  // Pagefind escapes the page text; its only markup is <mark> around the matched words.
  excerpt.innerHTML = foldExcerpt(result.excerpt)
  const meta = element('p', resultMeta(result))
  meta.className = 'meta'
  text.append(heading, excerpt, meta)
  item.append(text)
  if (result.meta.bild) {
    const image = element('img')
    image.src = result.meta.bild
    image.alt = result.meta.bild_alt ?? ''
    image.width = 80
    image.loading = 'lazy'
    image.decoding = 'async'
    item.append(image)
    item.classList.add('has-image')
  }
  return item
}
