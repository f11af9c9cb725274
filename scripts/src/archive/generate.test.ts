import { describe, expect, it } from 'vitest'

import { ARCHIVE_CATEGORIES, generateArchive } from './generate'

const options = { seed: 1, until: new Date('2026-11-01T00:00:00Z'), authorCount: 40 }

describe('generateArchive', () => {
  it('is deterministic for the same seed', () => {
    const first = [...generateArchive(50, options)]
    const second = [...generateArchive(50, options)]
    expect(second).toEqual(first)
  })

  it('differs for another seed', () => {
    const [a] = generateArchive(1, options)
    const [b] = generateArchive(1, { ...options, seed: 2 })
    expect(a?.title).not.toBe(b?.title)
  })

  it('spreads articles over fifteen years, oldest first, and gives unique slugs', () => {
    const articles = [...generateArchive(2000, options)]
    const years = articles.map((article) => new Date(article.publishedAt).getUTCFullYear())
    expect(Math.max(...years) - Math.min(...years)).toBe(15)
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length)
    expect(new Set(articles.map((article) => article.category)).size).toBe(
      ARCHIVE_CATEGORIES.length,
    )
  })

  it('writes varied Swedish text without leftover placeholders', () => {
    const articles = [...generateArchive(500, options)]
    const text = JSON.stringify(articles)
    expect(text).not.toMatch(/\{\w+\}/)
    expect(new Set(articles.map((article) => article.title)).size).toBeGreaterThan(450)
    expect(text).toMatch(/myndighet/)
    expect(articles.every((article) => /^[\p{Lu}\d]/u.test(article.lead))).toBe(true)
  })
})
