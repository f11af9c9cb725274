import type { Page, Request } from 'playwright-core'

export interface Transfer {
  url: string
  /** Playwright's resource type: `document`, `stylesheet`, `script`, `image` … */
  type: string
  /** The response body as it came over the wire, compressed as the server sent it. */
  bytes: number
}

async function transferOf(request: Request): Promise<Transfer> {
  const { responseBodySize } = await request.sizes()
  return { url: request.url(), type: request.resourceType(), bytes: responseBodySize }
}

/** Records every response the page receives, for byte budgets. */
export function watchTransfers(page: Page) {
  const pending: Promise<Transfer>[] = []
  page.on('requestfinished', (request) => pending.push(transferOf(request)))
  return {
    /** What has come since the last call (or since watching began). */
    take: (): Promise<Transfer[]> => Promise.all(pending.splice(0)),
  }
}

/** The bytes of the transfers of the given types. */
export function bytesOf(transfers: Transfer[], types: string[]): number {
  return transfers
    .filter((transfer) => types.includes(transfer.type))
    .reduce((sum, transfer) => sum + transfer.bytes, 0)
}
