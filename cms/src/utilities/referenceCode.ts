import { randomInt } from 'node:crypto'

import { REFERENCE_PREFIXES, type SubmissionKind } from '@redaktion/content-schemas/submissions'

/** Crockford's base 32: no I, L, O or U, so a code read aloud over the phone is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A short reference for a receipt, e.g. `T-4K7Q-9XZM`: 40 random bits after the kind's letter. */
export function referenceCode(kind: SubmissionKind): string {
  const characters = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return `${REFERENCE_PREFIXES[kind]}-${characters.slice(0, 4).join('')}-${characters.slice(4).join('')}`
}

export const REFERENCE_CODE = /^[TRDAK]-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
