// Swedish compounds in the search index. Pagefind matches word starts only, so "delegationen"
// would not find "Tillitsdelegationen". At index time (the pages written to the site stay as
// they are), each compound of the text Pagefind indexes is preceded by its parts, in a span
// whose weight is below a word's so that an exact match ranks above a match of a part:
//   <span data-pagefind-weight="0.5"> ⟨tillit delegationen⟩ </span>Tillitsdelegationen
// (before the word, not after it: Pagefind ends a paragraph whose text ends in a letter with a
// full stop in its excerpts, and a word's punctuation stays with the word).
// The delimiters are not indexed as words but stay in Pagefind's excerpts, where the search page
// folds the parts away (src/lib/search/foldExcerpt.ts); they are removed from the pages' own
// text, so that the fold is never mistaken.
//
// The splits come from the archive's own vocabulary (src/lib/search/compoundSplit.ts): every
// word of the indexed text of every article, and the names of the authors the pages link to,
// which are never split. Pagefind's rules for what it indexes are followed: text inside
// `data-pagefind-body`, not inside `data-pagefind-ignore` or the elements it skips, no attributes.
import path from 'node:path'

import { Parser } from 'htmlparser2'

import { type CompoundSplitter, createCompoundSplitter } from '../src/lib/search/compoundSplit'
import { PARTS_CLOSE, PARTS_OPEN } from '../src/lib/search/foldExcerpt'
import { authorPath } from '../src/lib/paths'

/** The weight of the parts: Pagefind allows 0–10, a word of the text weighs 1, a heading more. */
export const PART_WEIGHT = 0.5

/** The words compounds are split by, kept with the archive shard's record (manifest.ts). */
export interface SearchVocabulary {
  /** Every word of the archive's indexed text, lower-case, sorted. */
  words: string[]
  /** The words of the names of people (authors, speakers), never split. */
  names: string[]
}

/** Elements whose text Pagefind 1.6 does not index (checked by searchCompounds.test.ts). */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
])
/** Where the links to authors' pages go: `/skribent/`. */
const AUTHOR_LINK = `${path.posix.dirname(authorPath('namn'))}/`
/** A word, an entity (whose letters are not a word) or a delimiter the text may not hold. */
const TOKEN = new RegExp(`&#?\\w+;|[\\p{L}\\p{M}]+|[${PARTS_OPEN}${PARTS_CLOSE}]`, 'gu')

interface OpenElement {
  /** Keys of `data-pagefind-meta` whose value is the element's text. */
  textMeta: string[]
  /** Where the element's content starts in the page. */
  contentStart: number
  /** How many parts had been added when the element opened. */
  partsBefore: number
  isBody: boolean
  isSkipped: boolean
  isAuthorLink: boolean
}

interface PageVisitor {
  /** A piece of the text Pagefind indexes, raw (entities as written), at `start` in the page. */
  text(raw: string, start: number): void
  /** A piece of the text of a link to an author's page. */
  name?(raw: string): void
  /** An element's end: its content ends at `contentEnd`, its end tag at `end`. */
  close?(element: OpenElement, contentEnd: number, end: number): void
}

/** The keys of a `data-pagefind-meta` value that take the element's text ("title"). */
function textMetaKeys(value: string | undefined): string[] {
  if (!value) return []
  const keys: string[] = []
  for (const item of value.split(',')) {
    // An inline value ("date:2026-01-01") runs to the end of the attribute.
    if (item.includes(':')) break
    if (!item.includes('[') && item.trim()) keys.push(item.trim())
  }
  return keys
}

function visitPage(html: string, visitor: PageVisitor, partsAdded: () => number = () => 0) {
  const open: OpenElement[] = []
  // How many open elements are a body, skipped, a link to an author.
  let bodies = 0
  let skipped = 0
  let authorLinks = 0
  const count = (element: OpenElement, by: number) => {
    bodies += by * Number(element.isBody)
    skipped += by * Number(element.isSkipped)
    authorLinks += by * Number(element.isAuthorLink)
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: OpenElement = {
          textMeta: textMetaKeys(attributes['data-pagefind-meta']),
          contentStart: parser.endIndex + 1,
          partsBefore: partsAdded(),
          isBody: 'data-pagefind-body' in attributes,
          isSkipped: 'data-pagefind-ignore' in attributes || SKIPPED.has(name),
          isAuthorLink: name === 'a' && Boolean(attributes.href?.startsWith(AUTHOR_LINK)),
        }
        open.push(element)
        count(element, 1)
      },
      onclosetag(_name, isImplied) {
        const element = open.pop()
        if (!element) return
        count(element, -1)
        if (!isImplied) visitor.close?.(element, parser.startIndex, parser.endIndex + 1)
      },
      ontext(raw) {
        if (authorLinks > 0) visitor.name?.(raw)
        if (bodies > 0 && skipped === 0) visitor.text(raw, parser.startIndex)
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
}

/** Words collected from pages, as written: vocabularyRecord makes them lower-case, once each. */
export interface CollectedWords {
  words: Set<string>
  names: Set<string>
}

/** Adds the words of a page's indexed text and of its people's names to `into`. */
export function collectVocabulary(html: string, into: CollectedWords): void {
  const wordsOf = (raw: string, words: Set<string>) => {
    for (const [token] of raw.matchAll(TOKEN))
      if (token.length > 1 && token[0] !== '&') words.add(token)
  }
  visitPage(html, {
    text: (raw) => wordsOf(raw, into.words),
    name: (raw) => wordsOf(raw, into.names),
  })
}

/**
 * A page's HTML as Pagefind is to index it: each compound of the indexed text preceded by its
 * parts (see the top of this file). An element whose text is a `data-pagefind-meta` value (the
 * `<h1 data-pagefind-meta="title">`) and that got parts is followed by an ignored copy of its
 * original content carrying that meta: Pagefind keeps the last value of a key, so the result's
 * title shows no parts.
 */
export function withCompoundParts(html: string, split: CompoundSplitter): string {
  const pieces: string[] = []
  let copied = 0
  let parts = 0
  const copyTo = (at: number) => {
    pieces.push(html.slice(copied, at))
    copied = at
  }
  visitPage(
    html,
    {
      text(raw, start) {
        for (const match of raw.matchAll(TOKEN)) {
          const [token] = match
          if (token === PARTS_OPEN || token === PARTS_CLOSE) {
            copyTo(start + match.index)
            copied += token.length
            continue
          }
          const wordParts = token[0] === '&' ? [] : split(token)
          if (wordParts.length === 0) continue
          // Before the whole word as Pagefind reads it, "(" or "»" and all.
          let wordStart = match.index
          while (wordStart > 0 && !/\s/.test(raw[wordStart - 1]!)) wordStart--
          copyTo(Math.max(start + wordStart, copied))
          pieces.push(
            `<span data-pagefind-weight="${PART_WEIGHT}"> ${PARTS_OPEN}${wordParts.join(' ')}${PARTS_CLOSE} </span>`,
          )
          parts++
        }
      },
      close(element, contentEnd, end) {
        if (element.textMeta.length === 0 || parts === element.partsBefore) return
        copyTo(end)
        pieces.push(
          `<span data-pagefind-ignore data-pagefind-meta="${element.textMeta.join(', ')}">${html.slice(element.contentStart, contentEnd)}</span>`,
        )
      },
    },
    () => parts,
  )
  copyTo(html.length)
  return pieces.join('')
}

/**
 * The splitter of a build. An archive shard splits by its own vocabulary. The recent shard,
 * indexed on a publish from the changed pages only, must split every word the archive knows
 * exactly as the archive did, or a word would split one way or another depending on the shard
 * its page is in: those words are split by the archive's vocabulary alone. A word the archive
 * never held (it can only be in the recent shard) is split by the archive's vocabulary and the
 * changed pages' words together, so a new word's parts are found before the next compaction,
 * which makes a vocabulary of the whole site again.
 */
export function splitterFor(archive: SearchVocabulary, changed?: CollectedWords): CompoundSplitter {
  const archiveSplit = createCompoundSplitter(archive.words, { keep: archive.names })
  let split = archiveSplit
  if (changed) {
    const known = new Set(archive.words)
    const extendedSplit = createCompoundSplitter([...archive.words, ...changed.words], {
      keep: [...archive.names, ...changed.names],
    })
    split = (word) => (known.has(normalize(word)) ? archiveSplit(word) : extendedSplit(word))
  }
  // By the word as written: a page repeats its words, and an archive its pages' words.
  const splits = new Map<string, string[]>()
  return (word) => {
    let parts = splits.get(word)
    if (!parts) splits.set(word, (parts = split(word)))
    return parts
  }
}

const normalize = (word: string) => word.normalize('NFC').toLowerCase()
const sortedWords = (words: Set<string>) => [...new Set([...words].map(normalize))].sort()

/** A vocabulary as the archive shard's record keeps it. */
export const vocabularyRecord = (collected: CollectedWords): SearchVocabulary => ({
  words: sortedWords(collected.words),
  names: sortedWords(collected.names),
})
