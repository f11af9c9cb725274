import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { articleSitemaps, sitemapIndexXml, sitemapXml, splitSitemap } from './sitemap'

const article = (slug: string, publishedAt: string) => ({
  slug,
  publishedAt,
  updatedAt: `${publishedAt.slice(0, 10)}T12:00:00.000Z`,
})

describe('the sitemap', () => {
  it('puts articles in one file per year, newest year first, split at the URL limit', () => {
    const files = articleSitemaps(
      [
        article('c', '2026-03-01T08:00:00.000Z'),
        article('b', '2026-01-01T08:00:00.000Z'),
        article('a', '2025-12-31T23:00:00.000Z'),
        article('z', '2024-06-01T08:00:00.000Z'),
      ],
      1,
    )
    expect(files.map((file) => [file.name, file.entries.map((entry) => entry.path)])).toEqual([
      ['artiklar-2026', ['/artikel/c/']],
      ['artiklar-2026-2', ['/artikel/b/']],
      ['artiklar-2025', ['/artikel/a/']],
      ['artiklar-2024', ['/artikel/z/']],
    ])
    expect(files[0]!.entries[0]!.lastmod).toBe('2026-03-01T12:00:00.000Z')
  })

  it('has one file even with nothing in it', () => {
    expect(splitSitemap('sidor', [])).toEqual([{ name: 'sidor', entries: [] }])
  })

  it('writes files and an index that an XML parser reads as the sitemap protocol says', () => {
    const site = new URL('https://redaktion.example/')
    const parser = new XMLParser()
    const urls = parser.parse(sitemapXml([{ path: '/a&b/', lastmod: '2026-01-01' }], site))
    expect(urls.urlset.url).toEqual({
      loc: 'https://redaktion.example/a&b/',
      lastmod: '2026-01-01',
    })
    const index = parser.parse(sitemapIndexXml(['sidor', 'artiklar-2026'], site))
    expect(index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
      'https://redaktion.example/sitemap-sidor.xml',
      'https://redaktion.example/sitemap-artiklar-2026.xml',
    ])
  })
})
