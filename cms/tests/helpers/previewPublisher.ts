import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { PreviewAnswer, PreviewRequest } from '@redaktion/content-schemas/preview'

export interface PreviewCall {
  path: string
  headers: IncomingHttpHeaders
  rawBody: string
  body: PreviewRequest
}

/** How the next `POST /preview` is answered: rendered, refused with a status, or nonsense. */
export type PreviewMode = { render: true } | { status: number; body: unknown }

export interface PreviewPublisher {
  url: string
  calls: PreviewCall[]
  /** The page the publisher rendered for a request, as `render` answers it. */
  pageFor(request: PreviewRequest): string
  answerNext(mode: PreviewMode): void
  close(): Promise<void>
}

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A local HTTP server on 127.0.0.1 speaking the publisher's side of the preview contract
 * (content-schemas/src/preview.ts): it renders a small article page from the draft it is sent,
 * with root-relative asset URLs as the real one does, and records every request.
 */
export async function startPreviewPublisher(): Promise<PreviewPublisher> {
  const calls: PreviewCall[] = []
  const modes: PreviewMode[] = []
  const pageFor = ({ article }: PreviewRequest) =>
    `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>${escape(article.title)} – Redaktion</title>
    <link rel="stylesheet" href="/_astro/site.css" />
  </head>
  <body>
    <main><article data-id="${escape(article.id)}"><h1>${escape(article.title)}</h1><p class="lead">${escape(article.lead)}</p></article></main>
  </body>
</html>
`
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const body = JSON.parse(rawBody || '{}') as PreviewRequest
      calls.push({ path: request.url ?? '/', headers: request.headers, rawBody, body })
      const mode = modes.shift() ?? { render: true }
      const answer: unknown =
        'render' in mode
          ? ({
              html: pageFor(body),
              path: '/artikel/utkast/',
              renderMs: 12,
              notes: [],
            } satisfies PreviewAnswer)
          : mode.body
      response.writeHead('render' in mode ? 200 : mode.status, {
        'Content-Type': 'application/json',
      })
      response.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    pageFor,
    answerNext: (mode) => modes.push(mode),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
