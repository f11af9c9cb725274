import {
  functionWords,
  inflectionEndings,
  nameTails,
  suffixWords,
  wholeWords,
} from './swedishWordLists'

export interface CompoundSplitOptions {
  /** The shortest part, in letters (the issue asks for 3). */
  minPartLength?: number
  /**
   * Words never split, in any inflection ("verkstad" keeps "verkstaden" whole), e.g. people's
   * and places' names from the archive's tags; added to a small built-in list.
   */
  keep?: Iterable<string>
}

/** Splits one word; the same word always gives the same parts. */
export type CompoundSplitter = (word: string) => string[]

interface Split {
  /** The parts as a reader types them ("arbete" for the "arbets" of "arbetsmiljö"). */
  parts: string[]
  /** Later parts that are compounds and words of the vocabulary ("miljöverket"). */
  tails: string[]
}

interface Seam {
  /** The first part's word, without its linking morpheme. */
  head: string
  /** Where the second part starts. */
  end: number
}

const DEFAULT_MIN_PART_LENGTH = 3
const LETTERS_ONLY = /^\p{L}+$/u

const normalize = (word: string): string => word.normalize('NFC').trim().toLowerCase()

/**
 * Builds a splitter of Swedish compounds against a vocabulary (the archive's own words, in any
 * case and inflection). `split("Tillitsdelegationen")` gives `["tillit", "delegationen"]`: the
 * parts to index beside the whole word, lower-case, in the word's order, then any later part
 * that is a compound and a word of the vocabulary ("miljöverket" when "arbetsmiljöverket" was read as "arbets" +
 * "miljöverket"), since a reader may search for that too. A part before the last is given as
 * its word (linking -s-/-e- dropped, "arbets" → "arbete", "kvinno" → "kvinna"); the last part is
 * given as written, inflection and all, since search matches word starts and "delegation" then
 * finds "delegationen". A word that is not a compound gives `[]`.
 *
 * The caller must index the parts with a lower weight than the whole word, so that an exact
 * match ranks above a match of a part.
 *
 * Cost: building is linear in the vocabulary; one word of n letters tries O(n²) seams, each a
 * Set lookup, and the split of every word and every rest tried is memoized (the memo lives as
 * long as the splitter: make one per build), so an archive pays once per distinct word.
 */
export function createCompoundSplitter(
  vocabulary: Iterable<string>,
  options: CompoundSplitOptions = {},
): CompoundSplitter {
  const minPart = options.minPartLength ?? DEFAULT_MIN_PART_LENGTH
  const words = new Set<string>()
  for (const word of vocabulary) words.add(normalize(word))
  const keep = new Set<string>(wholeWords)
  for (const word of options.keep ?? []) keep.add(normalize(word))
  const isKept = (word: string): boolean =>
    keep.has(word) ||
    inflectionEndings.some(
      (ending) => word.endsWith(ending) && keep.has(word.slice(0, -ending.length)),
    )
  const splits = new Map<string, Split>()

  const isMeaningful = (word: string): boolean =>
    word.length >= minPart && words.has(word) && !functionWords.has(word)

  // A first part as written ("arbets", "tjänste", "kvinno", "skol") and its word, if any.
  const headWord = (written: string): string | undefined => {
    if (written.length < minPart) return undefined
    if (isMeaningful(written)) return written
    const stem = written.slice(0, -1)
    const last = written.at(-1)
    if (stem.length < minPart) return undefined
    // "arbets" → "arbete", "riks" → "rike"; else "lednings" → "ledning".
    if (last === 's' && isMeaningful(`${stem}e`)) return `${stem}e`
    if ((last === 's' || last === 'e') && isMeaningful(stem)) return stem
    // "kvinno" → "kvinna", "gatu" → "gata", "kyrko" → "kyrka".
    if ((last === 'o' || last === 'u') && isMeaningful(`${stem}a`)) return `${stem}a`
    // "skol" → "skola", "medarbetar" → "medarbetare".
    if (isMeaningful(`${written}a`)) return `${written}a`
    if (isMeaningful(`${written}e`)) return `${written}e`
    return undefined
  }

  // A last part: a word of the vocabulary, or one inflected ("delegationen" from "delegation").
  const isTail = (written: string): boolean => {
    if (written.length < minPart || suffixWords.has(written) || nameTails.has(written)) {
      return false
    }
    if (isMeaningful(written)) return true
    return inflectionEndings.some(
      (ending) => written.endsWith(ending) && isMeaningful(written.slice(0, -ending.length)),
    )
  }

  // The seam with the longest first part whose rest is one part, else whose rest is itself a
  // compound; longest first keeps "myndighetschef" as "myndighet" + "chef".
  const firstSeam = (word: string): Seam | undefined => {
    for (const isRest of [isTail, isCompound]) {
      for (let end = word.length - minPart; end >= minPart; end -= 1) {
        const head = headWord(word.slice(0, end))
        if (head !== undefined && isRest(word.slice(end))) return { head, end }
      }
    }
    return undefined
  }

  const isCompound = (word: string): boolean =>
    word.length >= 2 * minPart && splitOf(word).parts.length > 1

  // Two parts first, then each part split again, so a compound inside a compound
  // ("arbetsmiljö" in "arbetsmiljöverket") is split at its own seams.
  const splitOf = (word: string): Split => {
    const known = splits.get(word)
    if (known) return known
    const seam = isKept(word) ? undefined : firstSeam(word)
    let result: Split = { parts: [word], tails: [] }
    if (seam) {
      const rest = word.slice(seam.end)
      const head = splitOf(seam.head)
      const tail = splitOf(rest)
      result = {
        parts: [...head.parts, ...tail.parts],
        tails: [
          ...head.tails,
          ...(tail.parts.length > 1 && isTail(rest) ? [rest] : []),
          ...tail.tails,
        ],
      }
    }
    splits.set(word, result)
    return result
  }

  return (input: string): string[] => {
    const word = normalize(input)
    if (word.length < 2 * minPart || !LETTERS_ONLY.test(word)) return []
    const { parts, tails } = splitOf(word)
    if (parts.length < 2) return []
    return [...new Set([...parts, ...tails])].filter((part) => part !== word)
  }
}
