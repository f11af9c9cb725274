import { createHash, randomBytes } from 'node:crypto'

/**
 * A fact-check link's secret: 256 random bits (43 base64url characters). Only its SHA-256 is
 * stored, so the database never holds a working link; with this much entropy a fast hash is
 * enough (nothing to brute-force), and it lets the link be found by an indexed equality.
 */
export const newShareToken = (): string => randomBytes(32).toString('base64url')

/** The stored form of a token. Any string hashes, so every token costs the same one lookup. */
export const hashShareToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** The longest `token` parameter read at all (a real one is 43 characters). */
export const SHARE_TOKEN_MAX_LENGTH = 200
