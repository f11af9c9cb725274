import { describe, expect, it } from 'vitest'

import type { Newsroom, SiteArticle } from './cms'
import { debateChains } from './debateChain'
import { buildRelatedIndex } from './related'
import { type ArticleRouteState, LIST_REACH, touchedArticles } from './touchedArticles'

const category = { id: 'c1', title: 'Arbetsliv', slug: 'arbetsliv' }
const topic = {
  id: 't1',
  title: 'Serie',
  slug: 'serie',
} as unknown as SiteArticle['topics'][number]

/** Article `n` of a day: a higher number is newer. */
function article(n: number, fields: Partial<SiteArticle> = {}): SiteArticle {
  return {
    id: `a${String(n).padStart(3, '0')}`,
    slug: `artikel-${n}`,
    title: `Artikel ${n}`,
    type: 'news',
    publishedAt: `2026-01-01T00:${String(n).padStart(2, '0')}:00.000Z`,
    category,
    topics: [],
    authors: [],
    relatedIds: [],
    body: null,
    ...fields,
  } as unknown as SiteArticle
}

function newsroomOf(articles: SiteArticle[], fields: Partial<Newsroom> = {}): Newsroom {
  const newestFirst = [...articles].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
  return {
    articles: newestFirst,
    related: buildRelatedIndex(newestFirst),
    events: [],
    mediaById: new Map(),
    documentById: new Map(),
    commentsByArticle: new Map(),
    now: 0,
    ...fields,
  } as unknown as Newsroom
}

/** The state a build of `newsroom` leaves, with a key per article page. */
function stateOf(newsroom: Newsroom): ArticleRouteState {
  const keys = Object.fromEntries(newsroom.articles.map((a) => [`/artikel/${a.slug}/`, a.id]))
  return {
    newsroom,
    chains: debateChains(newsroom.articles),
    sharedKey: 'menu',
    keys,
    redirectPaths: [],
    record: keys,
  }
}

function touched(last: ArticleRouteState | null, now: Newsroom, previousPages = last?.keys) {
  const found = touchedArticles(
    last,
    now,
    debateChains(now.articles),
    'menu',
    previousPages ?? null,
  )
  return found && [...found].sort()
}

const ids = (numbers: number[]) => numbers.map((n) => article(n).id).sort()

describe('touchedArticles', () => {
  const archive = Array.from({ length: 20 }, (_, n) => article(n + 1))
  const before = newsroomOf(archive)
  const last = stateOf(before)

  it('is only the new article when it is the newest: no other page draws on newer ones', () => {
    expect(touched(last, newsroomOf([...archive, article(30)]))).toEqual(ids([30]))
  })

  it('takes in the newer neighbours of an article published between others, or edited', () => {
    const between = article(10, {
      id: 'a010b',
      slug: 'mellan',
      publishedAt: '2026-01-01T00:10:30.000Z',
    })
    const found = touched(last, newsroomOf([...archive, between]))!
    expect(found).toEqual(['a010b', ...ids([11, 12, 13, 14, 15])].sort())
    expect(found).toHaveLength(1 + LIST_REACH)
    const edited = archive.map((a) =>
      a.id === article(5).id ? article(5, { title: 'Ny rubrik' }) : a,
    )
    expect(touched(last, newsroomOf(edited))).toEqual(ids([5, 6, 7, 8, 9, 10]))
  })

  it('takes in the pages that pick a changed article by hand, or link a new one in their body', () => {
    const picking = archive.map((a) =>
      a.id === article(2).id ? article(2, { relatedIds: [article(30).id] }) : a,
    )
    const stateWithPick = stateOf(newsroomOf(picking))
    expect(touched(stateWithPick, newsroomOf([...picking, article(30)]))).toEqual(ids([2, 30]))
  })

  it('takes in every neighbour in a topic series as well as in the category', () => {
    const inSeries = archive.map((a, n) => (n % 2 ? article(n + 1, { topics: [topic] }) : a))
    const state = stateOf(newsroomOf(inSeries))
    const found = touched(state, newsroomOf(inSeries.filter((a) => a.id !== article(4).id)))!
    // Gone: its page is not made; the 5 newer in the category and in the series are.
    expect(found).toEqual(
      [...new Set([...ids([4, 5, 6, 7, 8, 9]), ...ids([6, 8, 10, 12, 14])])].sort(),
    )
  })

  it('takes in the articles a new, changed or passed event names or shares a topic with', () => {
    const inSeries = archive.map((a, n) => (n < 3 ? article(n + 1, { topics: [topic] }) : a))
    const event = (fields: object) =>
      ({
        id: 'e1',
        endsAt: '2026-06-01T00:00:00.000Z',
        relatedIds: [],
        topics: [],
        ...fields,
      }) as never
    const named = event({ relatedIds: [article(9).id] })
    const withNamed = newsroomOf(inSeries, { events: [named] })
    const state = stateOf(newsroomOf(inSeries))
    expect(touched(state, withNamed)).toEqual(ids([9]))
    // The same event, its end passed since the last build: the same articles.
    const passed = { ...withNamed, now: Date.parse('2026-07-01T00:00:00.000Z') } as Newsroom
    expect(touched(stateOf(withNamed), passed)).toEqual(ids([9]))
    expect(touched(stateOf(withNamed), withNamed)).toEqual([])
    const inTopic = newsroomOf(inSeries, { events: [event({ topics: [topic] })] })
    expect(touched(stateOf(withNamed), inTopic)).toEqual(ids([1, 2, 3, 9]))
  })

  it('makes every page again when the previous keys are not its own, or images or the menu changed', () => {
    expect(touched(null, before)).toBeNull()
    expect(touched(last, before, { ...last.keys, '/artikel/artikel-1/': 'other' })).toBeNull()
    // Another record with the same keys (the release read from disk) is as good.
    expect(touched(last, before, { ...last.keys })).toEqual([])
    expect(touched(last, before, null as unknown as Record<string, string>)).toBeNull()
    expect(
      touched(last, newsroomOf(archive, { mediaById: new Map([['m1', {} as never]]) })),
    ).toBeNull()
    expect(
      touchedArticles(last, before, debateChains(before.articles), 'other menu', last.keys),
    ).toBeNull()
    // Nothing changed: nothing is made again.
    expect(touched(last, newsroomOf(archive))).toEqual([])
  })
})
