import { createHmac } from 'node:crypto'

import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

export interface CaptchaOptions {
  /** Secret the challenges are signed with; derived from PAYLOAD_SECRET so no new secret is needed. */
  secret: string
  /** Upper bound of the counter a browser has to find; it tries about half of it on average. */
  cost: number
  ttlSeconds: number
}

export type CaptchaVerdict = { isValid: true } | { isValid: false; message: string }

/** At most this many used challenges are remembered; older ones have expired long before. */
const USED_CHALLENGES_KEPT = 200_000

/**
 * The self-hosted proof-of-work captcha (ALTCHA, PoW v2 with SHA-256). A challenge is signed,
 * expires after `ttlSeconds`, and is accepted once: its signature is remembered until it has
 * expired. The derived key is signed too, so verifying costs two HMACs, not the reader's work.
 */
export function createCaptcha({ secret, cost, ttlSeconds }: CaptchaOptions) {
  const hmacSignatureSecret = createHmac('sha256', secret).update('altcha-challenge').digest('hex')
  const hmacKeySignatureSecret = createHmac('sha256', secret).update('altcha-key').digest('hex')
  const used = new CappedMap<string, number>({ maxSize: USED_CHALLENGES_KEPT })

  async function issue(): Promise<Challenge> {
    return createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(cost, Math.max(1, Math.floor(cost / 10))),
      deriveKey,
      expiresAt: Math.floor(Date.now() / 1000) + ttlSeconds,
      hmacSignatureSecret,
      hmacKeySignatureSecret,
    })
  }

  async function verify(payload: unknown): Promise<CaptchaVerdict> {
    const decoded = decodePayload(payload)
    if (!decoded) return { isValid: false, message: 'Robotkontrollen saknas eller är ogiltig.' }
    let result
    try {
      result = await verifySolution({
        challenge: decoded.challenge,
        solution: decoded.solution,
        deriveKey,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
      })
    } catch {
      return { isValid: false, message: 'Robotkontrollen är ogiltig.' }
    }
    if (result.expired) {
      return { isValid: false, message: 'Robotkontrollen har gått ut. Gör den igen och skicka.' }
    }
    if (!result.verified) return { isValid: false, message: 'Robotkontrollen är ogiltig.' }
    const expiresAt = Number(decoded.challenge.parameters.expiresAt ?? 0)
    forgetExpired()
    if (!used.setIfAbsent(decoded.challenge.signature, expiresAt)) {
      return {
        isValid: false,
        message: 'Robotkontrollen har redan använts. Gör den igen och skicka.',
      }
    }
    return { isValid: true }
  }

  /** Challenges are stored in order of use and expire in about that order. */
  function forgetExpired(): void {
    const now = Date.now() / 1000
    for (const [signature, expiresAt] of used) {
      if (expiresAt > now) break
      used.delete(signature)
    }
  }

  return { issue, verify }
}

export type Captcha = ReturnType<typeof createCaptcha>

interface DecodedPayload {
  challenge: Challenge & { signature: string }
  solution: Parameters<typeof verifySolution>[0]['solution']
}

/** The widget sends base64 JSON `{ challenge, solution }`; API clients may send the JSON itself. */
function decodePayload(payload: unknown): DecodedPayload | null {
  let value: unknown = payload
  if (typeof payload === 'string') {
    if (payload.length === 0 || payload.length > 8192) return null
    try {
      value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))
    } catch {
      return null
    }
  }
  if (!isRecord(value) || !isRecord(value.challenge) || !isRecord(value.solution)) return null
  const { challenge } = value
  if (!isRecord(challenge.parameters) || typeof challenge.signature !== 'string') return null
  return value as unknown as DecodedPayload
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
