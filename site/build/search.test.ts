import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { PageRecord, SearchRecord } from './manifest'
import { fragmentContents, fragmentIds } from './pagefindInternals'
import { type ShardInfo, SHARD_FILE } from '../src/lib/search/shardInfo'
import { buildSearch, countSetting, RECENT_SHARD } from './search'

afterEach(() => vi.unstubAllEnvs())

describe('a count setting of the build', () => {
  it('falls back to its default when unset or empty', () => {
    vi.stubEnv('SITE_SEARCH_PART_SIZE', '')
    expect(countSetting('SITE_SEARCH_PART_SIZE', 20_000)).toBe(20_000)
  })

  it('takes a whole number of at least 1', () => {
    vi.stubEnv('SITE_SEARCH_PART_SIZE', '15')
    expect(countSetting('SITE_SEARCH_PART_SIZE', 20_000)).toBe(15)
  })

  it.each(['0', '-3', '2.5', 'tjugo', '1e999'])('refuses %s, naming the setting', (raw) => {
    vi.stubEnv('SITE_SEARCH_PART_SIZE', raw)
    expect(() => countSetting('SITE_SEARCH_PART_SIZE', 20_000)).toThrow(
      `SITE_SEARCH_PART_SIZE must be a whole number of at least 1, not "${raw}"`,
    )
  })
})

describe('the search shards', () => {
  let outDir = ''
  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'redaktion-search-'))
  })
  afterEach(() => rmSync(outDir, { recursive: true, force: true }))

  /** Writes an article page of the built site and returns its record. */
  const article = (
    url: string,
    text: string,
    {
      category,
      key = text,
      published = '2026-01-01T08:00:00.000Z',
    }: { category?: string; key?: string; published?: string } = {},
  ): [string, PageRecord] => {
    const file = path.join(outDir, url, 'index.html')
    mkdirSync(path.dirname(file), { recursive: true })
    const filter = category ? `<span data-pagefind-filter="kategori:${category}"></span>` : ''
    writeFileSync(
      file,
      `<!doctype html><html lang="sv"><body><main data-pagefind-body data-pagefind-sort="datum:${published}">${filter}<h1>${text}</h1><p>${text}</p></main></body></html>`,
    )
    return [url, { key, assets: [] }]
  }
  const shardInfo = () =>
    JSON.parse(readFileSync(path.join(outDir, RECENT_SHARD, SHARD_FILE), 'utf8')) as ShardInfo
  const search = (previous: SearchRecord | null, readsIds: boolean, pages: PageRecords) =>
    buildSearch({ outDir, pages, previous, storeDir: null, readsIds, log: () => undefined })
  type PageRecords = Record<string, PageRecord>

  it('indexes a changed article into the recent shard, replacing its archive result by id', async () => {
    const first: PageRecords = Object.fromEntries([
      article('/artikel/skola/', 'Skolans budget'),
      article('/artikel/vard/', 'Vårdens köer'),
    ])
    const full = await search(null, true, first)
    const oldId = full.archive.ids!['/artikel/vard/']!
    expect(Object.keys(full.archive.ids!).sort()).toEqual(['/artikel/skola/', '/artikel/vard/'])

    const next = { ...first, ...Object.fromEntries([article('/artikel/vard/', 'Kortare köer')]) }
    const incremental = await search(full, true, next)
    expect(incremental.archive).toEqual(full.archive)
    expect(incremental.recent).toEqual(['/artikel/vard/'])
    expect(shardInfo()).toEqual({
      shards: ['/pagefind/', `/${RECENT_SHARD}/`],
      replaced: { [oldId]: {} },
    })
  })

  it('names every archive result it replaces with its filter values: changed, unchanged text, unpublished', async () => {
    const first: PageRecords = Object.fromEntries([
      article('/artikel/skola/', 'Skolans budget', { category: 'Utbildning' }),
      article('/artikel/vard/', 'Vårdens köer', { category: 'Vård' }),
      article('/artikel/kultur/', 'Kulturens pengar', { category: 'Kultur' }),
    ])
    const full = await search(null, true, first)
    const ids = full.archive.ids!

    const next = {
      ...Object.fromEntries([
        article('/artikel/vard/', 'Kortare köer', { category: 'Vård' }),
        // A new key with the same text: its archive result is replaced all the same.
        article('/artikel/skola/', 'Skolans budget', { category: 'Utbildning', key: 'omsorterad' }),
      ]),
    }
    const incremental = await search(full, true, next)
    expect(incremental.recent.sort()).toEqual(['/artikel/skola/', '/artikel/vard/'])
    expect(shardInfo().replaced).toEqual({
      [ids['/artikel/skola/']!]: { kategori: ['Utbildning'] },
      [ids['/artikel/vard/']!]: { kategori: ['Vård'] },
      [ids['/artikel/kultur/']!]: { kategori: ['Kultur'] },
    })
  })

  it('gives every result an id that is its rank by date in its shard', async () => {
    const first: PageRecords = Object.fromEntries([
      article('/artikel/ny/', 'Nya regler', { published: '2026-11-30T07:00:00.000Z' }),
      article('/artikel/gammal/', 'Gamla regler', { published: '2024-02-01T07:00:00.000Z' }),
      article('/artikel/mitten/', 'Mellanregler', { published: '2025-06-01T07:00:00.000Z' }),
    ])
    const full = await search(null, true, first)
    expect(full.archive.ids).toEqual({
      '/artikel/gammal/': 'a-0',
      '/artikel/mitten/': 'a-1',
      '/artikel/ny/': 'a-2',
    })
    const changed = article('/artikel/gammal/', 'Gamla regler, ändrade', {
      published: '2024-02-01T07:00:00.000Z',
    })
    await search(full, true, { ...first, ...Object.fromEntries([changed]) })
    expect(fragmentIds(path.join(outDir, RECENT_SHARD))).toEqual({ '/artikel/gammal/': 'r-0' })
    expect(Object.keys(shardInfo().replaced)).toEqual(['a-0'])
  })

  it("writes Pagefind's script, highlighter and WebAssembly into the first archive part only, its index uncompressed", async () => {
    const first: PageRecords = Object.fromEntries([article('/artikel/skola/', 'Skolans budget')])
    const full = await search(null, true, first)
    const next = { ...first, ...Object.fromEntries([article('/artikel/vard/', 'Vårdens köer')]) }
    await search(full, true, next)
    const loaded = (shard: string) =>
      readdirSync(path.join(outDir, shard)).filter((name) => /^(pagefind[.-]|wasm\.)/.test(name))
    expect(loaded('pagefind').sort()).toEqual([
      'pagefind-entry.json',
      'pagefind-highlight.js',
      'pagefind.js',
      expect.stringMatching(/^pagefind\.sv_\w+\.pf_meta$/),
      'wasm.sv.pagefind',
      'wasm.unknown.pagefind',
    ])
    expect(loaded(RECENT_SHARD)).toEqual([
      'pagefind-entry.json',
      expect.stringMatching(/^pagefind\.sv_\w+\.pf_meta$/),
    ])
    for (const shard of ['pagefind', RECENT_SHARD]) {
      const meta = loaded(shard).find((name) => name.endsWith('.pf_meta'))!
      expect(
        readFileSync(path.join(outDir, shard, meta))
          .subarray(0, 12)
          .toString(),
      ).toBe('pagefind_dcd')
    }
  })

  it('without result ids, indexes the archive shard whole when an article changed', async () => {
    const first: PageRecords = Object.fromEntries([
      article('/artikel/skola/', 'Skolans budget'),
      article('/artikel/vard/', 'Vårdens köer'),
    ])
    const full = await search(null, false, first)
    expect(full.archive.ids).toBeNull()
    expect(Object.keys(full.archive.keys).sort()).toEqual(['/artikel/skola/', '/artikel/vard/'])
    const before = fragmentIds(path.join(outDir, 'pagefind'))

    const next = { ...first, ...Object.fromEntries([article('/artikel/vard/', 'Kortare köer')]) }
    const incremental = await search(full, false, next)
    expect(incremental.recent).toEqual([])
    expect(incremental.archive.keys['/artikel/vard/']).toBe('Kortare köer')
    expect(incremental.archive.madeAt >= full.archive.madeAt).toBe(true)
    expect(shardInfo()).toEqual({ shards: ['/pagefind/'], replaced: {} })
    expect(existsSync(path.join(outDir, RECENT_SHARD, 'pagefind.js'))).toBe(false)
    // The archive shard holds the new text: Pagefind's id of the page changed with it.
    const after = fragmentIds(path.join(outDir, 'pagefind'))
    expect(after['/artikel/skola/']).toBe(before['/artikel/skola/'])
    expect(after['/artikel/vard/']).not.toBe(before['/artikel/vard/'])
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js.br'))).toBe(true)
  })

  it("splits the recent shard's compounds by the archive's words", async () => {
    const first: PageRecords = Object.fromEntries([
      article('/artikel/skola/', 'Tillit i skolan'),
      article('/artikel/vard/', 'Delegationen föreslår'),
    ])
    const full = await search(null, true, first)
    expect(full.archive.vocabulary.words).toEqual(['delegationen', 'föreslår', 'skolan', 'tillit'])

    const next = {
      ...first,
      ...Object.fromEntries([article('/artikel/vard/', 'Tillitsdelegationen')]),
    }
    await search(full, true, next)
    expect(fragmentContents(path.join(outDir, RECENT_SHARD))).toEqual({
      '/artikel/vard/':
        '⟨tillit delegationen⟩ Tillitsdelegationen. ⟨tillit delegationen⟩ Tillitsdelegationen.',
    })
  })
})
