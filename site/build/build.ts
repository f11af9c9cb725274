// `npm run build -w site`: builds the news site into SITE_OUT_DIR (default dist/), in full, or
// incrementally from the release in PUBLISHER_PREVIOUS_RELEASE with the changes listed in
// PUBLISHER_CHANGES_FILE (see site.ts). The publisher builds with the same code in a
// process it keeps between publishes (buildServer.ts). Astro renders once, through its public
// `build()` (render.ts without an app keeper: astroInternals.ts is not loaded here); Pagefind's
// result ids are read when pagefindInternals.ts passes its check.
import path from 'node:path'

import { codeHash } from './codeHash'
import { compactAt } from './compaction'
import { checkPagefindInternals } from './pagefindInternals'
import { createRenderer } from './render'
import { partSize } from './search'
import { buildSite, previousRelease, readChanges, stepLogger, writeNewsroomCopy } from './site'

const log = stepLogger()
// The search settings are read here first, so that a wrong one fails the build before any work.
compactAt()
partSize()
const siteDir = path.resolve(import.meta.dirname, '..')
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist')
const hash = codeHash(siteDir)
const pagefindSupport = await checkPagefindInternals()
if (!pagefindSupport.isSupported)
  log(`${pagefindSupport.reason}: the archive search shard is indexed whole on every change`)
const built = await buildSite({
  outDir,
  codeHash: hash,
  previous: previousRelease(process.env.PUBLISHER_PREVIOUS_RELEASE || null, hash, log),
  changes: readChanges(process.env.PUBLISHER_CHANGES_FILE),
  searchStore: process.env.SITE_SEARCH_STORE || null,
  readsSearchIds: pagefindSupport.isSupported,
  renderer: createRenderer(siteDir, `${outDir}.partial`),
  log,
})
built.writeRecords()
await writeNewsroomCopy(outDir, built.newsroom)
log(`Built ${outDir}`)
// Astro leaves handles open after building in this process.
process.exit(0)
