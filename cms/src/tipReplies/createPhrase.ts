import { randomInt } from 'node:crypto'

import { TIP_PHRASE_WORDS } from '@redaktion/content-schemas/tipReplies'

import { PHRASE_WORDS } from './phraseWords'

/** A fresh Svarslåda phrase: `TIP_PHRASE_WORDS` words drawn uniformly with a CSPRNG. */
export function createPhrase(): string {
  return Array.from(
    { length: TIP_PHRASE_WORDS },
    () => PHRASE_WORDS[randomInt(PHRASE_WORDS.length)],
  ).join(' ')
}
