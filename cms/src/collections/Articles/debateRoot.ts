import type { Payload, PayloadRequest } from 'payload'

/** More steps than any real debate has; a longer walk means the data is broken. */
const MAX_CHAIN_DEPTH = 100

export interface ChainLink {
  id: string
  type: string
  debateClosed: boolean
  repliesTo: string | null
}

/** A relationship's id at any depth, as a string. */
export const relationId = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return String((value as { id: unknown }).id)
  return String(value)
}

/** One article as a link of a debate chain, or null when it does not exist. */
export async function findChainLink(
  payload: Payload,
  id: string,
  req?: PayloadRequest,
): Promise<ChainLink | null> {
  try {
    const doc = await payload.findByID({
      collection: 'articles',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      select: { type: true, debateClosed: true, repliesTo: true },
    })
    return {
      id: String(doc.id),
      type: String(doc.type),
      debateClosed: doc.debateClosed === true,
      repliesTo: relationId(doc.repliesTo),
    }
  } catch {
    return null
  }
}

/**
 * The links from `startId` up to the debate's original (the last one, with no `repliesTo`).
 * `isCycle` says the walk came back to an article it had seen, or to `avoidId` (the article
 * about to answer `startId`), which would make a cycle.
 */
export async function walkToDebateRoot({
  payload,
  startId,
  avoidId,
  req,
}: {
  payload: Payload
  startId: string
  avoidId?: string
  req?: PayloadRequest
}): Promise<{ links: ChainLink[]; isCycle: boolean }> {
  const links: ChainLink[] = []
  const seen = new Set<string>(avoidId ? [avoidId] : [])
  let next: string | null = startId
  while (next !== null) {
    if (seen.has(next) || links.length >= MAX_CHAIN_DEPTH) return { links, isCycle: true }
    seen.add(next)
    const link = await findChainLink(payload, next, req)
    if (!link) break
    links.push(link)
    next = link.repliesTo
  }
  return { links, isCycle: false }
}
