import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { filesUnder, precompressFiles } from './precompress.mjs'
import {
  applyChanges,
  assetsIn,
  hardLinkCopy,
  moveRenderedFiles,
  outputFileOf,
  removeEmptyParents,
} from './tree'

describe('release tree', () => {
  it('maps page paths to the files Astro writes', () => {
    expect(outputFileOf('/')).toBe('index.html')
    expect(outputFileOf('/artikel/a/')).toBe('artikel/a/index.html')
    expect(outputFileOf('/kategori/x/rss.xml')).toBe('kategori/x/rss.xml')
  })

  it('finds every asset a page uses, once', () => {
    const html =
      '<link href="/_astro/Base.Ab1_c.css"><img srcset="/_astro/bild_Z1.webp 640w, /_astro/bild_Z2.webp 960w" src="/_astro/bild_Z1.webp">'
    expect(assetsIn(html)).toEqual([
      '/_astro/Base.Ab1_c.css',
      '/_astro/bild_Z1.webp',
      '/_astro/bild_Z2.webp',
    ])
  })

  it('removes emptied folders up to, not including, the root', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tree-'))
    mkdirSync(path.join(root, 'kategori', 'x', '2026', '03'), { recursive: true })
    mkdirSync(path.join(root, 'kategori', 'y'), { recursive: true })
    removeEmptyParents(path.join(root, 'kategori', 'x', '2026', '03'), root)
    expect(existsSync(path.join(root, 'kategori', 'x'))).toBe(false)
    expect(existsSync(path.join(root, 'kategori', 'y'))).toBe(true)
    rmSync(root, { recursive: true })
  })

  it('moves rendered files over the release and drops compressed copies a shrunk file no longer has', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tree-'))
    const outDir = path.join(root, 'release')
    const scratch = path.join(root, 'scratch')
    const write = (dir: string, file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    const long = (word: string) => `<rss>${`<item>${word}</item>`.repeat(200)}</rss>`
    write(outDir, 'skribent/a/rss.xml', long('gammal'))
    write(outDir, 'artikel/b/index.html', long('gammal'))
    write(outDir, 'artikel/c/index.html', long('orörd'))
    await precompressFiles(filesUnder(outDir))
    // The author's feed shrank below the size worth compressing; the article grew.
    write(scratch, 'skribent/a/rss.xml', '<rss></rss>')
    write(scratch, 'artikel/b/index.html', long('ny'))
    await precompressFiles(filesUnder(scratch))

    const changed = moveRenderedFiles(scratch, outDir, filesUnder(scratch))

    const relative = filesUnder(outDir)
      .map((file) => path.relative(outDir, file))
      .sort()
    expect(relative).toEqual([
      'artikel/b/index.html',
      'artikel/b/index.html.br',
      'artikel/b/index.html.gz',
      'artikel/c/index.html',
      'artikel/c/index.html.br',
      'artikel/c/index.html.gz',
      'skribent/a/rss.xml',
    ])
    expect([...changed].sort()).toEqual([
      'artikel/b/index.html',
      'artikel/b/index.html.br',
      'artikel/b/index.html.gz',
      'skribent/a/rss.xml',
      'skribent/a/rss.xml.br',
      'skribent/a/rss.xml.gz',
    ])
    expect(gunzipSync(readFileSync(path.join(outDir, 'artikel/b/index.html.gz'))).toString()).toBe(
      long('ny'),
    )
    rmSync(root, { recursive: true })
  })

  it('copies a release by hard links: every file, folder and dotfile, none of them duplicated', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tree-'))
    const from = path.join(root, 'release')
    const files = [
      'index.html',
      '.build-manifest.json',
      'artikel/a/index.html',
      'artikel/a/index.html.br',
      'artikel/b/index.html',
      'kategori/x/2026/03/index.html',
      'pagefind/fragment/one.pf_fragment',
      '_astro/Base.css',
    ]
    for (const file of files) {
      mkdirSync(path.dirname(path.join(from, file)), { recursive: true })
      writeFileSync(path.join(from, file), file)
    }
    mkdirSync(path.join(from, 'empty'))
    const to = path.join(root, 'copy')
    await hardLinkCopy(from, to)
    const relative = (dir: string) =>
      filesUnder(dir)
        .map((file) => path.relative(dir, file))
        .sort()
    expect(relative(to)).toEqual([...files].sort())
    for (const file of files)
      expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino)
    expect(existsSync(path.join(to, 'empty'))).toBe(true)
    rmSync(root, { recursive: true })
  })

  it("makes an earlier release's copy a copy of the next from what the build changed", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tree-'))
    const write = (file: string, text = file) => {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
    }
    const previous = path.join(root, 'previous')
    for (const file of [
      'index.html',
      'artikel/a/index.html',
      'artikel/gone/index.html',
      'artikel/gone/index.html.br',
      'pagefind-recent/old.pf_fragment',
      'pagefind/archive.pf_index',
      '.build-manifest.json',
    ])
      write(path.join(previous, file))
    const stage = path.join(root, 'stage')
    await hardLinkCopy(previous, stage)
    // An incremental build: a copy by hard links, then new files renamed over it, a page
    // removed with its emptied folder, the recent shard made anew.
    const next = path.join(root, 'next')
    await hardLinkCopy(previous, next)
    const scratch = path.join(root, 'scratch')
    for (const file of ['index.html', 'artikel/b/index.html', '_astro/bild.webp'])
      write(path.join(scratch, file), `new ${file}`)
    for (const file of ['index.html', 'artikel/b/index.html', '_astro/bild.webp']) {
      mkdirSync(path.dirname(path.join(next, file)), { recursive: true })
      renameSync(path.join(scratch, file), path.join(next, file))
    }
    for (const file of ['artikel/gone/index.html', 'artikel/gone/index.html.br'])
      rmSync(path.join(next, file))
    removeEmptyParents(path.join(next, 'artikel/gone'), next)
    rmSync(path.join(next, 'pagefind-recent'), { recursive: true })
    write(path.join(next, 'pagefind-recent/new.pf_fragment'))
    rmSync(path.join(next, '.build-manifest.json'))
    write(path.join(next, '.build-manifest.json'), 'next manifest')

    await applyChanges(stage, next, {
      files: [
        'index.html',
        'artikel/b/index.html',
        '_astro/bild.webp',
        'artikel/gone/index.html',
        'artikel/gone/index.html.br',
        '.build-manifest.json',
        '.newsroom.json',
      ],
      folders: ['pagefind-recent'],
    })
    const relative = (dir: string) =>
      filesUnder(dir)
        .map((file) => path.relative(dir, file))
        .sort()
    expect(relative(stage)).toEqual(relative(next))
    for (const file of relative(next))
      expect(statSync(path.join(stage, file)).ino, file).toBe(statSync(path.join(next, file)).ino)
    expect(existsSync(path.join(stage, 'artikel/gone'))).toBe(false)
    // The release the copies came from is untouched.
    expect(relative(previous)).toContain('artikel/gone/index.html')
    rmSync(root, { recursive: true })
  })
})
