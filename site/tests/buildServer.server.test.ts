// The publisher's build server (site/build/buildServer.ts), the real one, on npm start's
// site: warmed up for the live release, it builds the next release from what it kept.
import { mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { createBuildServer } from '../publisher/buildServerClient'
import { PUBLISHER_DEFAULTS } from '../publisher/config'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { waitForQuiet } from './helpers/startPublisher'
import { MANIFEST_FILE } from '../build/manifest'
import { NEWSROOM_FILE, readNewsroomCopy } from '../build/site'
import { siteBuildEnv } from './helpers/buildEnv'
import { siteDataFolder } from '../siteDataFolder'

const { cmsUrl, siteUrl, publisherUrl, publisherSecret, dataDir } = serverContext()
const RECORDS = [MANIFEST_FILE, NEWSROOM_FILE]

/** The files a release serves (its records and search shards are its own), relative, sorted. */
function servedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .filter((entry) => !/^pagefind(-[\w-]+)?\/|^\.[\w-]+\.json$/.test(entry))
    .sort()
}

describe('the build server', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'redaktion-build-server-'))
  const server = createBuildServer(PUBLISHER_DEFAULTS.PUBLISHER_BUILD_SERVER, {
    ...siteBuildEnv(cmsUrl, siteUrl),
    SITE_RENDER_DIR: path.join(workDir, 'render'),
  })
  afterAll(() => {
    server.stop()
    rmSync(workDir, { recursive: true, force: true })
  })

  it('warms up for the live release, then builds from it with Astro and the release kept', async () => {
    await waitForQuiet(publisherUrl, publisherSecret)
    const live = realpathSync(siteDataFolder(dataDir).liveLink)
    // The publisher's server writes the live release's newsroom copy once it is idle.
    await vi.waitFor(() => expect(readdirSync(live)).toEqual(expect.arrayContaining(RECORDS)), {
      timeout: 30_000,
      interval: 200,
    })
    const warmLines: string[] = []
    await server.warm(live, (line) => warmLines.push(line))
    const warmLog = warmLines.join('\n')
    expect(warmLog).toContain(`Incremental build from ${live}`)
    expect(warmLog).toContain('Astro started and bundled the site')
    expect(warmLog).toContain(`Ready to build from ${live}`)
    expect(readdirSync(workDir).sort()).toEqual(['render-next'])

    const outDir = path.join(workDir, 'release')
    const changesFile = path.join(workDir, 'changes.json')
    writeFileSync(changesFile, '[]\n')
    const lines: string[] = []
    await server.build({
      outDir,
      previousDir: live,
      changesFile,
      searchStore: path.join(workDir, 'search'),
      onLine: (line) => lines.push(line),
    }).done
    const buildLog = lines.join('\n')
    expect(buildLog).toContain(`Incremental build from ${live} (kept in memory)`)
    expect(buildLog).toContain('Astro is ready (kept from the last build)')
    expect(buildLog).not.toContain('bundled the site')
    expect(servedFiles(outDir)).toEqual(servedFiles(live))
    // Its records, written after the answer (the newsroom copy once the server is idle), are
    // what a fresh server builds the next release from.
    await vi.waitFor(() => expect(readdirSync(outDir)).toEqual(expect.arrayContaining(RECORDS)), {
      timeout: 30_000,
      interval: 200,
    })
    expect(readNewsroomCopy(outDir)).toEqual(readNewsroomCopy(live))
  })
})
