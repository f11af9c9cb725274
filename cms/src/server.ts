// Serves the built CMS (what `next start` does) so that the client's address can be settled
// before Next sees the request: the submission rate limit keys on it, and a client must not be
// able to choose its own. Run with `npm run serve -w cms` after `npm run build -w cms`.
import { createServer, type IncomingMessage } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { readEnv } from './env'

const env = readEnv()
// PORT is the variable `next start` reads too; npm start sets it.
const port = Number(process.env.PORT || 3000)
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Behind a trusted proxy the header is the proxy's to set (it appends the address it saw);
 * otherwise whatever the client sent is replaced by the socket's peer address.
 */
function settleClientAddress(request: IncomingMessage): void {
  if (env.submissions.isTrustingProxy && request.headers['x-forwarded-for']) return
  request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? 'unknown'
}

const STARTUP_ATTEMPTS = 5

/**
 * Payload, and with it the jobs runner (site webhook deliveries, scheduled publishing, mail),
 * starts with the first API request. A CMS restarted after a crash must not wait for an editor
 * to come by before it sends what was queued, so it asks itself once it listens.
 */
async function startPayload(): Promise<void> {
  for (let attempt = 1; attempt <= STARTUP_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/articles?limit=1&depth=0`, {
        signal: AbortSignal.timeout(60_000),
      })
      await response.body?.cancel()
      if (response.ok) return
    } catch {
      // Not answering yet; try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  process.stderr.write(
    `Payload did not start on its own (GET /api/articles failed ${STARTUP_ATTEMPTS} times); queued jobs wait for the first request. Read the lines above.\n`,
  )
}

const app = next({ dev: false, dir, port })
const handle = app.getRequestHandler()
await app.prepare()
createServer((request, response) => {
  settleClientAddress(request)
  void handle(request, response)
}).listen(port, env.host, () => {
  process.stdout.write(`▲ Redaktion CMS ready on http://${env.host}:${port}\n`)
  void startPayload()
})
