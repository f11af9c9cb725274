// The contract of the Pagefind adapter with the installed Pagefind: indexed with the public
// node API, pages are found in the fragment files with an id each.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { decode } from 'cbor2'
import * as pagefind from 'pagefind'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  checkPagefindInternals,
  fragmentContents,
  rankPageIds,
  readResultIds,
  storeUncompressed,
} from './pagefindInternals'

const page = (title: string) =>
  `<!doctype html><html lang="sv"><body><main data-pagefind-body><h1>${title}</h1><p>${title} handlar om regionernas budget.</p></main></body></html>`

let dir = ''
afterEach(async () => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  await pagefind.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface Searched {
  results: { score: number; data(): Promise<{ url: string; excerpt: string }> }[]
  filters: Record<string, Record<string, number>>
}

/** A search of the shard in `shardDir` with the pagefind.js written there, run in Node. */
async function searcher(shardDir: string) {
  vi.stubGlobal(
    'fetch',
    async (input: string | URL) =>
      new Response(readFileSync(fileURLToPath(new URL(String(input))))),
  )
  const module = (await import(
    /* @vite-ignore */ pathToFileURL(path.join(shardDir, 'pagefind.js')).href
  )) as {
    createInstance(options: object): {
      search(term: string | null, options: object): Promise<Searched>
    }
  }
  const instance = module.createInstance({
    basePath: `${pathToFileURL(shardDir).href}/`,
    noWorker: true,
  })
  return async (term: string | null, filters: Record<string, string> = {}) => {
    const { results, filters: counts } = await instance.search(term, { filters })
    const found = await Promise.all(
      results.map(async (result) => {
        const { url, excerpt } = await result.data()
        // Pagefind puts the folder above a base path not named pagefind/ before each URL.
        return { url: url.slice(url.indexOf('/artikel/')), excerpt, score: result.score.toFixed(6) }
      }),
    )
    return { found: found.sort((a, b) => a.url.localeCompare(b.url)), counts }
  }
}

describe("the Pagefind adapter's contract", () => {
  it('reads the result id of every page Pagefind indexed, a different one each', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'redaktion-pagefind-contract-'))
    const { index } = await pagefind.createIndex({})
    const urls = ['/artikel/forsta/', '/artikel/andra/']
    for (const [at, url] of urls.entries())
      expect((await index!.addHTMLFile({ url, content: page(`Artikel ${at}`) })).errors).toEqual([])
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([])
    const ids = readResultIds(dir, urls)
    expect(Object.keys(ids ?? {}).sort()).toEqual([...urls].sort())
    expect(ids![urls[0]!]).toMatch(/^[\w-]+$/)
    expect(ids![urls[0]!]).not.toBe(ids![urls[1]!])
    // A page Pagefind did not index has no id: the adapter does not guess.
    expect(readResultIds(dir, [...urls, '/artikel/saknas/'])).toBeNull()
  })

  it('renames every page to its rank by date and drops the sort list, or leaves the shard alone', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'redaktion-pagefind-ranks-'))
    const { index } = await pagefind.createIndex({})
    const published = {
      '/artikel/mitten/': '2026-03-01T08:00:00.000Z',
      '/artikel/nyast/': '2026-11-30T07:00:00.000Z',
      '/artikel/aldst/': '2025-01-02T12:00:00.000Z',
    }
    for (const [url, at] of Object.entries(published)) {
      const content = page(url).replace('<main ', `<main data-pagefind-sort="datum:${at}" `)
      expect((await index!.addHTMLFile({ url, content })).errors).toEqual([])
    }
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([])
    storeUncompressed(dir)
    const texts = fragmentContents(dir)
    const metaFiles = () => readdirSync(dir).filter((name) => name.endsWith('.pf_meta'))
    const [before] = metaFiles()

    expect(rankPageIds(dir, 'a')).toBe(true)
    expect(readResultIds(dir, Object.keys(published))).toEqual({
      '/artikel/aldst/': 'a-0',
      '/artikel/mitten/': 'a-1',
      '/artikel/nyast/': 'a-2',
    })
    // The pages' text is where it was, under the new names.
    expect(fragmentContents(dir)).toEqual(texts)
    const [after] = metaFiles()
    expect(after).not.toBe(before)
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>
    }
    expect(`pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`).toBe(after)
    const meta = decode(readFileSync(path.join(dir, after!)).subarray(12)) as unknown[]
    expect((meta[1] as [string][]).map(([id]) => id).sort()).toEqual(['a-0', 'a-1', 'a-2'])
    expect(meta[4]).toEqual([])
    // Done once: a shard without a date sort (this one now) is left as it is.
    expect(rankPageIds(dir, 'a')).toBe(false)
    expect(metaFiles()).toEqual([after])
  })

  it('numbers the pages by date, and every search finds what it found before', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'redaktion-pagefind-numbers-'))
    const words = ['tillit', 'regionernas', 'skolan', 'budget', 'lönerna', 'arbetsmiljön']
    const pages = Array.from({ length: 60 }, (_, n) => {
      const said = words.filter((_, w) => n % (w + 2) === 0)
      const text = `${said.join(' ')} ${said.slice(0, n % 3).join(' och ')} i artikel ${n}.`
      const at = new Date(Date.UTC(2020, 0, 1 + ((n * 37) % 60))).toISOString()
      return {
        url: `/artikel/sida-${n}/`,
        content: `<!doctype html><html lang="sv"><body><main data-pagefind-body data-pagefind-sort="datum:${at}"><h1>Sida ${n}</h1><p data-pagefind-filter="serie">Serie ${n % 4}</p><p>${text}</p></main></body></html>`,
      }
    })
    const shards = ['pagefind', 'ranked'].map((name) => path.join(dir, name))
    for (const shardDir of shards) {
      const { index } = await pagefind.createIndex({})
      for (const { url, content } of pages)
        expect((await index!.addHTMLFile({ url, content })).errors).toEqual([])
      expect((await index!.writeFiles({ outputPath: shardDir })).errors).toEqual([])
      await pagefind.close()
      storeUncompressed(shardDir)
    }
    const [plain, ranked] = shards as [string, string]
    expect(rankPageIds(ranked, 'a')).toBe(true)

    const [metaFile] = readdirSync(ranked).filter((name) => name.endsWith('.pf_meta'))
    const meta = decode(readFileSync(path.join(ranked, metaFile!)).subarray(12)) as unknown[]
    expect((meta[1] as [string][]).map(([id]) => id)).toEqual(
      pages.map((_, rank) => `a-${rank.toString(36)}`),
    )
    // Page n is published on day (n · 37) mod 60: that is its rank.
    const urls = pages.map(({ url }) => url)
    expect(readResultIds(ranked, urls)).toEqual(
      Object.fromEntries(urls.map((url, n) => [url, `a-${((n * 37) % 60).toString(36)}`])),
    )

    const before = await searcher(plain)
    const after = await searcher(ranked)
    let found = 0
    for (const term of [...words, 'artikel', 'sida', 'regio', null])
      for (const filters of [{}, { serie: 'Serie 1' }] as Record<string, string>[]) {
        if (term === null && Object.keys(filters).length === 0) continue
        const expected = await before(term, filters)
        found += expected.found.length
        expect(await after(term, filters)).toEqual(expected)
      }
    expect(found).toBeGreaterThan(200)
  })

  it('passes its check with the installed Pagefind', async () => {
    expect(await checkPagefindInternals()).toEqual({ isSupported: true })
  })

  it('fails its check, saying why, when Pagefind is not the version it is written for', async () => {
    vi.stubEnv('SITE_PAGEFIND_INTERNALS_VERSION', '0.9.0')
    expect(await checkPagefindInternals()).toEqual({
      isSupported: false,
      reason: 'pagefind 1.6.0 is installed; the adapter of its internals is written for 0.9.0',
    })
  })
})
