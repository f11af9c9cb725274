// @ts-check
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { readSiteEnv } from './src/env.ts'

const siteEnv = readSiteEnv()
const cmsUrl = new URL(siteEnv.cmsUrl)
/** Readers' browsers send their forms here, and nowhere else (see connect-src below). */
const publicCmsOrigin = new URL(siteEnv.publicCmsUrl).origin
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'

export default defineConfig({
  site: siteUrl,
  // Benchmarks build into a folder of their own; everything else uses site/dist.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
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
