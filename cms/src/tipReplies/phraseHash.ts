import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

import { normalizePhrase } from '@redaktion/content-schemas/tipReplies'

/** scrypt with N=2^15, r=8, p=1 (about 32 MB and a few tens of ms a hash); see cms/README.md. */
const PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const
const KEY_BYTES = 32
const SALT_BYTES = 16
// N=2^15, r=8 needs 32 MiB; Node's default cap is exactly that, so leave headroom.
const MAX_MEMORY = 64 * 1024 * 1024

function derive(phrase: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(normalizePhrase(phrase), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** `scrypt$N=32768,r=8,p=1$<salt>$<key>` (base64url): the parameters travel with the hash. */
export async function hashPhrase(phrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(phrase, salt, { ...PARAMETERS, maxmem: MAX_MEMORY })
  const { N, r, p } = PARAMETERS
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

/** Whether `phrase` matches `stored`; a malformed hash never matches. */
export async function verifyPhrase(phrase: string, stored: string): Promise<boolean> {
  const [scheme, parameters, salt, key] = stored.split('$')
  const match = /^N=(\d+),r=(\d+),p=(\d+)$/.exec(parameters ?? '')
  if (scheme !== 'scrypt' || !match || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(phrase, Buffer.from(salt, 'base64url'), {
    N: Number(match[1]),
    r: Number(match[2]),
    p: Number(match[3]),
    maxmem: MAX_MEMORY,
  })
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

let dummy: Promise<string> | undefined

/**
 * A hash no phrase is known for: an unknown reference is checked against it, so it costs the
 * same scrypt as a wrong phrase and answers in the same time.
 */
export function dummyPhraseHash(): Promise<string> {
  dummy ??= hashPhrase(randomBytes(32).toString('hex'))
  return dummy
}
