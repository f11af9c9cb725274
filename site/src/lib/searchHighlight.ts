// A page opened from a search result marks the searched words in its text. The search page's
// result links carry them, one parameter per word; Pagefind's highlighter (mark.js, 44 kB) is
// loaded from the first archive part only when there is a word to mark.

/** The parameter the search page's Pagefind adds to its result links (its `highlightParam`). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight'
/** Where the words are marked: the article's or event's text, not its header or the menus. */
const MARK_CONTEXT = '.article-body'
/** The marks' class, styled by the site (global.css): Pagefind's own styles are an inline
 * `<style>`, which the site's Content-Security-Policy does not allow. */
const MARK_CLASS = 'pagefind__highlight'

interface PagefindHighlightOptions {
  highlightParam: string
  markContext: string
  markOptions: { className: string }
  addStyles: boolean
}

/** The searched words in a query string; a search by filters alone gives empty ones. */
export function searchedWords(search: string): string[] {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).filter((word) => word.trim())
}

/**
 * On an article or event page opened from a search result, marks the searched words in its text
 * and scrolls the first one into view; otherwise does nothing and loads nothing.
 */
export async function highlightSearchedWords(): Promise<void> {
  if (!searchedWords(location.search).length || !document.querySelector(MARK_CONTEXT)) return
  // Served with the page from the same release; should it fail to load, the page is only
  // left unmarked.
  const script = '/pagefind/pagefind-highlight.js'
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ script)) as {
    default: new (options: PagefindHighlightOptions) => unknown
  }
  // It reads the words from the address itself; mark.js skips the empty ones.
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: MARK_CONTEXT,
    markOptions: { className: MARK_CLASS },
    addStyles: false,
  })
  const isReduced = matchMedia('(prefers-reduced-motion: reduce)').matches
  document
    .querySelector(`${MARK_CONTEXT} mark`)
    ?.scrollIntoView({ behavior: isReduced ? 'auto' : 'smooth', block: 'center' })
}
