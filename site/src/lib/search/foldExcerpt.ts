// The search index holds, before each Swedish compound, its parts between two delimiters
// (site/build/searchCompounds.ts): "⟨tillit delegationen⟩ Tillitsdelegationen". Pagefind keeps
// them in the text it makes excerpts of, so the search page folds them away again.

/** Opens a compound's parts in the indexed text; the build removes it from the pages' own text. */
export const PARTS_OPEN = '\u27e8'
/** Closes a compound's parts; like PARTS_OPEN, a character Pagefind does not index as a word. */
export const PARTS_CLOSE = '\u27e9'

const MARKED = /^<mark>(.*)<\/mark>$/s

/**
 * Removes the compound parts from an excerpt of Pagefind's (escaped text, words separated by
 * spaces, `<mark>` around each whole word that matched), marking the compound itself when one
 * of its parts matched: "Om ⟨tillit <mark>delegationen⟩</mark> Tillitsdelegationen i dag"
 * gives "Om <mark>Tillitsdelegationen</mark> i dag". An excerpt may begin or end inside the
 * parts; what of them it holds is removed too.
 */
export function foldExcerpt(excerpt: string): string {
  if (!excerpt.includes(PARTS_OPEN) && !excerpt.includes(PARTS_CLOSE)) return excerpt
  const words: string[] = []
  // Parts before any opening delimiter: the excerpt starts inside them.
  const firstClose = excerpt.indexOf(PARTS_CLOSE)
  const firstOpen = excerpt.indexOf(PARTS_OPEN)
  let isInParts = firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)
  let isPartMarked = false
  for (const token of excerpt.split(' ')) {
    const marked = MARKED.exec(token)
    const text = marked ? marked[1]! : token
    if (!isInParts && text.startsWith(PARTS_OPEN)) isInParts = true
    if (isInParts) {
      isPartMarked ||= Boolean(marked)
      isInParts = !text.includes(PARTS_CLOSE)
    } else if (isPartMarked && !marked) {
      words.push(`<mark>${text}</mark>`)
      isPartMarked = false
    } else {
      words.push(token)
      isPartMarked = false
    }
  }
  return words.join(' ')
}
