// The publisher's build server (site/build/buildServer.ts), the real one, on npm start's
// site: warmed up for the live release, it renders a draft's preview without changing what
// it kept, and builds the next release from what it kept; and
// with an Astro and a Pagefind its adapters are not written for, it builds through their public
// APIs alone, and the releases are the same.
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { createBuildServer } from '../publisher/buildServerClient'
import { PUBLISHER_DEFAULTS } from '../publisher/config'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { waitForQuiet } from './helpers/startPublisher'
import { MANIFEST_FILE, readManifest } from '../build/manifest'
import { NO_KEPT_APP_REFUSAL } from '../build/preview'
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

/** The served files of `dir` whose bytes differ from those in `expected`. */
const differingFiles = (dir: string, expected: string) =>
  servedFiles(dir).filter(
    (file) => !readFileSync(path.join(dir, file)).equals(readFileSync(path.join(expected, file))),
  )

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
  /** The work folder's entries but the spare copies a warm-up makes ahead. */
  const besideRender = () =>
    readdirSync(workDir)
      .filter((name) => !name.startsWith('render-spare-'))
      .sort()

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
    expect(besideRender()).toEqual(['render-next'])
    // And the copies the next builds start from, made ahead in the background, one per release
    // the publisher keeps (site/build/releaseCopies.ts).
    await vi.waitFor(
      () =>
        expect(
          readdirSync(workDir).filter((name) => name.startsWith('render-spare-')),
        ).toHaveLength(PUBLISHER_DEFAULTS.PUBLISHER_KEEP_RELEASES),
      { timeout: 60_000, interval: 200 },
    )

    // A preview of a published article with a new sentence: in its page, and nowhere after.
    const marker = `forhandsvisningsmarkor${Date.now().toString(36)}`
    const published = readNewsroomCopy(live)!.articles[0]!
    const previewed = await server.preview(live, {
      article: { ...published, lead: `${published.lead ?? ''} ${marker}` },
      savedAt: published.updatedAt,
    })
    expect(previewed.type).toBe('previewed')
    if (previewed.type !== 'previewed') return
    expect(previewed.answer.path).toBe(`/artikel/${published.slug}/`)
    expect(previewed.answer.html).toContain(marker)
    expect(besideRender(), 'the render folder is emptied').toEqual(['render-next'])

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
    // What the preview rendered stayed out of what the server kept for this build.
    const pageFile = `artikel/${published.slug}/index.html`
    expect(readFileSync(path.join(outDir, pageFile))).toEqual(
      readFileSync(path.join(live, pageFile)),
    )
    expect(
      servedFiles(outDir).filter((file) =>
        readFileSync(path.join(outDir, file), 'latin1').includes(marker),
      ),
    ).toEqual([])
    // Its records, written after the answer (the newsroom copy once the server is idle), are
    // what a fresh server builds the next release from.
    await vi.waitFor(() => expect(readdirSync(outDir)).toEqual(expect.arrayContaining(RECORDS)), {
      timeout: 30_000,
      interval: 200,
    })
    expect(readNewsroomCopy(outDir)).toEqual(readNewsroomCopy(live))
  })

  it('with an Astro and a Pagefind its adapters are not written for, builds the same releases through their public APIs', async () => {
    await waitForQuiet(publisherUrl, publisherSecret)
    const live = realpathSync(path.join(dataDir, 'site', 'live'))
    const coldDir = mkdtempSync(path.join(tmpdir(), 'redaktion-build-server-public-'))
    const publicOnly = createBuildServer(PUBLISHER_DEFAULTS.PUBLISHER_BUILD_SERVER, {
      ...siteBuildEnv(cmsUrl, siteUrl),
      SITE_RENDER_DIR: path.join(coldDir, 'render'),
      SITE_ASTRO_INTERNALS_VERSION: '0.0.0-test',
      SITE_PAGEFIND_INTERNALS_VERSION: '0.0.0-test',
    })
    try {
      const changesFile = path.join(coldDir, 'changes.json')
      writeFileSync(changesFile, '[]\n')
      const build = async (outDir: string, previousDir: string | null) => {
        const lines: string[] = []
        const run = publicOnly.build({
          outDir,
          previousDir,
          changesFile,
          searchStore: path.join(coldDir, 'search'),
          onLine: (line) => lines.push(line),
        })
        await run.done
        return { log: lines.join('\n'), pid: run.pid }
      }
      const fullDir = path.join(coldDir, 'full')
      const { log: fullLog, pid: fullPid } = await build(fullDir, null)
      expect(fullLog).toContain(
        "astro 7.3.5 is installed; the adapter of its internals is written for 0.0.0-test: every build renders with Astro's build()",
      )
      expect(fullLog).toContain(
        'pagefind 1.6.0 is installed; the adapter of its internals is written for 0.0.0-test: the archive search shard is indexed whole on every change',
      )
      expect(servedFiles(fullDir)).toEqual(servedFiles(live))
      expect(differingFiles(fullDir, live)).toEqual([])
      expect(readManifest(fullDir)?.search.archive.ids).toBeNull()

      // Without a kept app a preview would be a whole astro build(): it is refused, in Swedish.
      const article = readNewsroomCopy(live)!.articles[0]!
      expect(
        await publicOnly.preview(live, { article: { ...article }, savedAt: article.updatedAt }),
      ).toEqual({
        type: 'refused',
        message: NO_KEPT_APP_REFUSAL,
      })

      // The next build is another whole astro build, in a fresh process, incremental from it.
      const nextDir = path.join(coldDir, 'next')
      const next = await build(nextDir, fullDir)
      expect(next.log).toContain(`Incremental build from ${fullDir}`)
      expect(next.log).toContain('Astro started and bundled the site')
      expect(next.pid).not.toBe(fullPid)
      expect(servedFiles(nextDir)).toEqual(servedFiles(live))
      expect(differingFiles(nextDir, live)).toEqual([])
    } finally {
      publicOnly.stop()
      rmSync(coldDir, { recursive: true, force: true })
    }
  }, 300_000)
})
