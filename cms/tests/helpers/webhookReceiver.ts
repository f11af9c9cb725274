import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { SiteWebhookBody } from '@redaktion/content-schemas/siteWebhook'

export interface ReceivedRequest {
  path: string
  headers: IncomingHttpHeaders
  rawBody: string
  body: SiteWebhookBody
}

export interface WebhookReceiver {
  url: string
  received: ReceivedRequest[]
  /** The headers of every `GET /status`. */
  statusRequests: IncomingHttpHeaders[]
  /** The statuses the next POSTs get, in order; after them, 202. */
  answerNext(...statuses: number[]): void
  /** What `GET /status` answers (a fake publisher). */
  setStatus(status: unknown): void
  close(): Promise<void>
}

/** A local HTTP server on 127.0.0.1 standing in for the publisher: records every POST. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = []
  const statusRequests: IncomingHttpHeaders[] = []
  const answers: number[] = []
  let status: unknown = null
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.method === 'GET' && request.url === '/status') {
        statusRequests.push(request.headers)
        response.writeHead(status ? 200 : 404, { 'Content-Type': 'application/json' })
        response.end(JSON.stringify(status ?? {}))
        return
      }
      const rawBody = Buffer.concat(chunks).toString('utf8')
      received.push({
        path: request.url ?? '/',
        headers: request.headers,
        rawBody,
        body: JSON.parse(rawBody) as SiteWebhookBody,
      })
      response.writeHead(answers.shift() ?? 202)
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    statusRequests,
    answerNext: (...statuses) => answers.push(...statuses),
    setStatus: (next) => {
      status = next
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
