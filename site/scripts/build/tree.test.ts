import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { assetsIn, outputFileOf, removeEmptyParents } from './tree'

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
})
