// @ts-check
import { writeFile } from 'node:fs/promises'

import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { readSiteEnv } from './src/env.ts'

const siteEnv = readSiteEnv()
const cmsUrl = new URL(siteEnv.cmsUrl)
/** Readers' browsers send their forms here, and nowhere else (see connect-src below). */
const publicCmsOrigin = new URL(siteEnv.publicCmsUrl).origin
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'

/**
 * Writes `_redirects` (old article slugs → new) for hosts that read one; the static redirect
 * pages under /artikel/<old>/ serve the rest.
 * @returns {import('astro').AstroIntegration}
 */
function redirectsFile() {
  return {
    name: 'redaktion-redirects',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        // The config runs outside Vite, so the TypeScript module is loaded through tsx.
        const { tsImport } = await import('tsx/esm/api')
        const { getNewsroom } = await tsImport('./src/lib/cms.ts', import.meta.url)
        /** @type {{ redirects: { from: string; to: { slug: string } }[] }} */
        const { redirects } = await getNewsroom()
        const lines = redirects.map(({ from, to }) => `/artikel/${from}/ /artikel/${to.slug}/ 301`)
        await writeFile(new URL('_redirects', dir), lines.length ? `${lines.join('\n')}\n` : '')
      },
    },
  }
}

export default defineConfig({
  site: siteUrl,
  // Benchmarks build into a folder of their own; everything else uses site/dist.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), redirectsFile()],
  image: {
    remotePatterns: [
      { protocol: cmsUrl.protocol.replace(':', ''), hostname: cmsUrl.hostname, port: cmsUrl.port },
    ],
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self' ${publicCmsOrigin}`,
        // The captcha's proof of work runs in a worker file served with the site.
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
})
