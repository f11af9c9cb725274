import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * Payload 3.90's stored password format (`auth/strategies/local/generatePasswordSaltHash`):
 * `pbkdf2-sha256-v1:<hex>` with 600,000 iterations and 32 bytes, or the legacy bare hex with
 * 25,000 iterations and 512 bytes. Payload exports no verifier, so this is its one adapter;
 * `passwordHash.int.test.ts` checks it against hashes Payload itself writes.
 */
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

interface StoredPassword {
  hash?: unknown
  salt?: unknown
}

function parametersOf(hash: string) {
  if (hash.startsWith(CURRENT.prefix)) {
    return { ...CURRENT, hex: hash.slice(CURRENT.prefix.length) }
  }
  return { ...LEGACY, hex: hash }
}

/** Whether `password` is the one stored as `hash` + `salt`, compared in constant time. */
export async function verifyPassword(
  { hash, salt }: StoredPassword,
  password: unknown,
): Promise<boolean> {
  if (typeof hash !== 'string' || typeof salt !== 'string' || typeof password !== 'string') {
    return false
  }
  const { iterations, keyLength, hex } = parametersOf(hash)
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  const stored = Buffer.from(hex, 'hex')
  return stored.length === derived.length && timingSafeEqual(stored, derived)
}

/** The key derivation that checking a password against `hash` runs. */
export function derivationOf(hash: string): { iterations: number; keyLength: number } {
  const { iterations, keyLength } = parametersOf(hash)
  return { iterations, keyLength }
}

/** What an answer without a real check spends: the derivation of a current hash. */
export const SPENT_DERIVATION = { iterations: CURRENT.iterations, keyLength: CURRENT.keyLength }

/**
 * Spends what checking a password against a current hash costs, for answers that must take as
 * long as a real check (an unknown or locked account).
 */
export async function spendPasswordCheckTime(password: unknown): Promise<void> {
  const text = typeof password === 'string' ? password : ''
  const { iterations, keyLength } = SPENT_DERIVATION
  await derive(text, randomBytes(32).toString('hex'), iterations, keyLength, 'sha256')
}
