import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { filesUnder } from '../precompress.mjs'
import { assetsIn, hardLinkCopy, outputFileOf, removeEmptyParents } from './tree'

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
})
