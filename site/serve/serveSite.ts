import { readFileSync, realpathSync } from 'node:fs'
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Server } from 'node:net'
import path from 'node:path'

import sirv from 'sirv'

const MAX_PORT_ATTEMPTS = 20
const CALENDAR_TYPE = 'text/calendar; charset=utf-8'

/**
 * Sent with every response. Each page carries its own policy in a meta tag, which Astro writes
 * with the hashes of that page's inline scripts and styles (astro.config.mjs, `security.csp`).
 * A meta tag cannot say who may frame the page, so this header does, together with the
 * restrictions that hold for every file whatever it loads (a feed or a stray file without the
 * meta tag included). It names no script or style sources: a second policy is enforced as well
 * as the first, and without the page's hashes it would block what the meta tag allows.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const

function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
}

/** A path with a segment that starts with a dot (`.well-known` aside), also when encoded. */
function isHidden(url: string | undefined): boolean {
  let pathname = (url ?? '/').split('?')[0]!
  try {
    pathname = decodeURI(pathname)
  } catch {
    // sirv keeps a malformed path as it is, and so does this check
  }
  return /(^|\/)\.(?!well-known\/)/.test(pathname)
}

/**
 * Serves a built site with sirv: directory pages, the 404 page with status 404, and no
 * caching of HTML so a republished page shows at once. Files are looked up per request (sirv's
 * `dev` lookup, a few stat calls) rather than by indexing the whole folder up front: that
 * index took seconds for a 10,000-article release, and the first reader after each publish
 * waited for it. The build's own dotfiles (its manifest, its copy of the newsroom) are not
 * served.
 */
export function createSiteHandler(distDir: string): RequestListener {
  const notFoundPage = () => readFileSync(path.join(distDir, '404.html'))
  const serve = sirv(distDir, {
    dev: true,
    etag: true,
    // The build writes .br and .gz beside text files (site/build/build.ts).
    brotli: true,
    gzip: true,
    setHeaders: (response, pathname) => {
      // sirv's type for .ics names no charset; the calendars are UTF-8 (Swedish letters).
      if (pathname.endsWith('.ics')) response.setHeader('Content-Type', CALENDAR_TYPE)
      // Only /_astro/ names are content-hashed; everything else (pages, feeds, the search
      // shards' entry files) may change with the next publish, so caches revalidate it.
      if (pathname.startsWith('/_astro/'))
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      else response.setHeader('Cache-Control', 'no-cache')
    },
  })
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(notFoundPage())
  }
  return (request: IncomingMessage, response: ServerResponse) => {
    setSecurityHeaders(response)
    if (isHidden(request.url)) notFound(response)
    else serve(request, response, () => notFound(response))
  }
}

/**
 * Serves whatever release the `live` symlink points to. The link is resolved per request (one
 * system call) and a handler kept per release folder, so the publisher's switch takes effect on
 * the next request and a request under way finishes from the folder it started in.
 */
export function createLiveSiteHandler(liveLink: string): RequestListener {
  let current: { dir: string; handler: RequestListener } | null = null
  return (request, response) => {
    let dir: string
    try {
      dir = realpathSync(liveLink)
    } catch {
      setSecurityHeaders(response)
      response.statusCode = 503
      response.setHeader('Retry-After', '5')
      response.end('Sajten byggs, försök igen om en stund.')
      return
    }
    if (current?.dir !== dir) current = { dir, handler: createSiteHandler(dir) }
    current.handler(request, response)
  }
}

/** Listens on `port`, or the next free port above it; resolves with the port taken. */
export async function listenOnFreePort(
  server: Server,
  port: number,
  host = '127.0.0.1',
): Promise<number> {
  for (let attempt = 0; attempt < MAX_PORT_ATTEMPTS; attempt++) {
    const candidate = port + attempt
    const result = await new Promise<'ok' | 'busy'>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) =>
        error.code === 'EADDRINUSE' ? resolve('busy') : reject(error)
      server.once('error', onError)
      server.listen(candidate, host, () => {
        server.off('error', onError)
        resolve('ok')
      })
    })
    if (result === 'ok') return candidate
  }
  throw new Error(`No free port between ${port} and ${port + MAX_PORT_ATTEMPTS - 1}`)
}
