// The contract of the Astro adapter with the installed Astro: the internal modules it imports
// export what it calls, and on a two-page site the prerender app it keeps renders the pages
// again. Without the adapter, the renderer builds through Astro's public build() every time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { NO_HOOKS } from '../src/lib/buildHooks'
import { checkAstroInternals, keepPrerenderApp } from './astroInternals'
import { createRenderer } from './render'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const site = mkdtempSync(path.join(tmpdir(), 'redaktion-astro-contract-'))
symlinkSync(path.join(repoRoot, 'node_modules'), path.join(site, 'node_modules'))
mkdirSync(path.join(site, 'src/pages/artikel'), { recursive: true })
const setFrontPage = (title: string) =>
  writeFileSync(path.join(site, 'src/pages/index.astro'), `<h1>${title}</h1>\n`)
writeFileSync(
  path.join(site, 'src/pages/artikel/[slug].astro'),
  `---
export const getStaticPaths = () => [{ params: { slug: 'budget' } }]
const { slug } = Astro.params
---
<h1>Artikel {slug}</h1>
`,
)
afterAll(() => rmSync(site, { recursive: true, force: true }))

const pageOf = (dir: string, page: string) => readFileSync(path.join(dir, page), 'utf8')

describe("the Astro adapter's contract", () => {
  it('passes its check with the installed Astro', async () => {
    expect(await checkAstroInternals()).toEqual({ isSupported: true })
  })

  it('fails its check, saying why, when Astro is not the version it is written for', async () => {
    vi.stubEnv('SITE_ASTRO_INTERNALS_VERSION', '6.0.0')
    try {
      expect(await checkAstroInternals()).toEqual({
        isSupported: false,
        reason: 'astro 7.3.5 is installed; the adapter of its internals is written for 6.0.0',
      })
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it("keeps the first build's app, and renders every page again with it", async () => {
    const dir = path.join(site, 'out-kept')
    const notes: string[] = []
    const renderer = createRenderer(site, dir, {
      keepApp: keepPrerenderApp,
      log: (note) => notes.push(note),
    })
    setFrontPage('Förstasidan')
    await renderer.render(NO_HOOKS)
    expect(notes).toEqual([])
    expect(renderer.isWarm).toBe(true)
    // The kept app renders from the first build's bundle: a changed source is not built
    // (in the build server, a changed code hash sends the build to a fresh process).
    setFrontPage('Ny förstasida')
    await renderer.render(NO_HOOKS)
    expect(pageOf(dir, 'index.html')).toContain('<h1>Förstasidan</h1>')
    expect(pageOf(dir, 'artikel/budget/index.html')).toContain('<h1>Artikel budget</h1>')
  })

  it('without the adapter, builds through Astro’s public API', async () => {
    const dir = path.join(site, 'out-cold')
    const renderer = createRenderer(site, dir)
    setFrontPage('Förstasidan')
    await renderer.render(NO_HOOKS)
    expect(renderer.isWarm).toBe(false)
    expect(renderer.canKeepApp).toBe(false)
    expect(pageOf(dir, 'index.html')).toContain('<h1>Förstasidan</h1>')
    expect(pageOf(dir, 'artikel/budget/index.html')).toContain('<h1>Artikel budget</h1>')
  })
})
