import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { slugify } from '@redaktion/content-schemas/slugify'
import { describe, expect, it } from 'vitest'

import { demoArticles } from './demoArticles'
import { demoAuthors } from './demoAuthors'
import { demoCategories } from './demoCategories'
import { demoCorrectionReports } from './demoCorrectionReports'
import { demoTips } from './demoTips'
import { demoTopics } from './demoTopics'

const articlesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'articles')
const keys = demoArticles.map((article) => article.key)

// Adding an article is adding a file and listing it: these catch the half-done version before
// a seed does.
describe('the demo articles', () => {
  it('are each listed once, one per file in articles/', async () => {
    const files = readdirSync(articlesDir).filter((name) => name.endsWith('.ts'))
    const inFiles = await Promise.all(
      files.map(async (name) => {
        const module = (await import(path.join(articlesDir, name))) as Record<string, unknown>
        return Object.values(module)
      }),
    )
    expect(new Set(demoArticles).size).toBe(demoArticles.length)
    expect(inFiles.flat()).toHaveLength(files.length)
    expect(new Set(inFiles.flat())).toEqual(new Set(demoArticles))
  })

  it('have unique keys and titles that make unique slugs', () => {
    expect(new Set(keys).size).toBe(keys.length)
    const slugs = demoArticles.map((article) => slugify(article.title))
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('refer only to categories, topics, authors and articles that exist', () => {
    const categories = new Set(demoCategories.map((category) => category.slug))
    const topics = new Set(demoTopics.map((topic) => topic.slug))
    const authors = new Set(demoAuthors.map((author) => author.key))
    const unknown = demoArticles.flatMap((article) => [
      ...(categories.has(article.category) ? [] : [`${article.key}: ${article.category}`]),
      ...(article.topic && !topics.has(article.topic) ? [`${article.key}: ${article.topic}`] : []),
      ...article.authors.filter((key) => !authors.has(key)).map((key) => `${article.key}: ${key}`),
      ...[...(article.related ?? []), ...(article.repliesTo ? [article.repliesTo] : [])]
        .filter((key) => !keys.includes(key) || key === article.key)
        .map((key) => `${article.key}: ${key}`),
    ])
    const submissions = [...demoTips, ...demoCorrectionReports]
      .map((submission) => submission.article)
      .filter((key): key is string => key !== undefined && !keys.includes(key))
    expect([...unknown, ...submissions]).toEqual([])
  })
})
