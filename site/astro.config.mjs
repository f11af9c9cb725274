// @ts-check
import { defineConfig } from 'astro/config'

// The news site. Pages, the CMS loader, search and feeds arrive with the site issue.
export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
})
