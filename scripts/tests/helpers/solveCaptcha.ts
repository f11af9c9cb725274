import { solveChallenge, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

/** Fetches a challenge from the running CMS and solves it, as the site's widget would. */
export async function solvedCaptcha(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/submissions/challenge`)
  const challenge = (await response.json()) as Challenge
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('could not solve the captcha')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}
