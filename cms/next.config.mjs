// @ts-check
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * On every CMS response (admin pages, REST, GraphQL, files): no framing anywhere (the admin's
 * publish and delete buttons must not be clickjacked), no content sniffing, no admin URLs in
 * Referer. The API answers data and files, never pages: it may load and run nothing. The admin
 * is Next's and Payload's own app (inline scripts and styles), so its policy limits what the
 * framework does not need: plugins, a foreign <base>, forms posting elsewhere.
 */
const COMMON_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
const ADMIN_POLICY =
  "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
/**
 * The preview pages (src/preview) set every header themselves: their policy names the site's
 * origin, known only at run time, and the admin's live-preview pane frames them. Next keeps a
 * header set here over the route's own, so these paths are left out of both rules.
 */
const NOT_PREVIEW = '(?!api/articles/[^/]+/preview$|api/preview-links/view$)'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: `/:path(${NOT_PREVIEW}.*)`,
        headers: [...COMMON_HEADERS, { key: 'Content-Security-Policy', value: ADMIN_POLICY }],
      },
      {
        source: `/:path(${NOT_PREVIEW}api(?:/.*)?)`,
        headers: [{ key: 'Content-Security-Policy', value: API_POLICY }],
      },
    ]
  },
  // Type checking is its own step (npm run typecheck, part of npm test); the build only builds.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: path.resolve(dirname, '..') },
  // axe-core evaluates its own source per checked page (reviewChecks): loaded as it ships.
  serverExternalPackages: ['axe-core'],
  outputFileTracingRoot: path.resolve(dirname, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
