// The search index holds, after each Swedish compound, its parts between two delimiters
// (site/build/searchCompounds.ts): "Tillitsdelegationen ⟨tillit delegationen⟩". Pagefind keeps
// them in the text it makes excerpts of, so the search page folds them away again.

/** Opens a compound's parts in the indexed text; the build removes it from the pages' own text. */
export const PARTS_OPEN = '\u27e8'
/** Closes a compound's parts; like PARTS_OPEN, a character Pagefind does not index as a word. */
export const PARTS_CLOSE = '\u27e9'

const MARKED = /^<mark>(.*)<\/mark>$/s

interface Word {
  text: string
  isMarked: boolean
  /** What followed the compound's parts in the same word ("," of "…⟩,"), shown after it. */
  rest: string
}

const rendered = ({ text, isMarked, rest }: Word) =>
  `${isMarked ? `<mark>${text}</mark>` : text}${rest}`

/**
 * Removes the compound parts from an excerpt of Pagefind's (escaped text, words separated by
 * spaces, `<mark>` around each whole word that matched), marking the compound itself when one
 * of its parts matched: "Om Tillitsdelegationen ⟨tillit <mark>delegationen⟩</mark> i dag"
 * gives "Om <mark>Tillitsdelegationen</mark> i dag". An excerpt may begin or end inside the
 * parts; what of them it holds is removed too.
 */
export function foldExcerpt(excerpt: string): string {
  if (!excerpt.includes(PARTS_OPEN) && !excerpt.includes(PARTS_CLOSE)) return excerpt
  const words: Word[] = []
  // Parts before any opening delimiter: the excerpt starts inside them, without their compound.
  const firstClose = excerpt.indexOf(PARTS_CLOSE)
  const firstOpen = excerpt.indexOf(PARTS_OPEN)
  let isInParts = firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)
  let compound: Word | undefined
  for (const token of excerpt.split(' ')) {
    const marked = MARKED.exec(token)
    const text = marked ? marked[1]! : token
    if (!isInParts && text.startsWith(PARTS_OPEN)) {
      isInParts = true
      compound = words.at(-1)
    }
    if (!isInParts) {
      words.push({ text, isMarked: Boolean(marked), rest: '' })
      continue
    }
    if (marked && compound) compound.isMarked = true
    const close = text.indexOf(PARTS_CLOSE)
    if (close < 0) continue
    isInParts = false
    const rest = text.slice(close + PARTS_CLOSE.length)
    if (compound) compound.rest += rest
    else if (rest) words.push({ text: rest, isMarked: false, rest: '' })
    compound = undefined
  }
  return words.map(rendered).join(' ')
}
