import type {
  Article,
  Author,
  Category,
  Topic,
  User,
} from '@redaktion/content-schemas/payload-types'
import { slugify } from '@redaktion/content-schemas/slugify'
import { queueScheduledPublish } from '@redaktion/cms/queueScheduledPublish'
import { textToLexical } from '@redaktion/cms/textToLexical'
import type { Payload } from 'payload'

import { info } from '../lib/log'
import { createDemoLogins, type DemoLogin } from './demoLogins'
import { createIllustration } from './createIllustration'
import { demoArticles } from './demoArticles'
import { demoAuthors } from './demoAuthors'
import { demoCategories } from './demoCategories'
import { demoComments } from './demoComments'
import { demoCorrectionReports } from './demoCorrectionReports'
import { demoDebateSubmissions } from './demoDebateSubmissions'
import { demoTips } from './demoTips'
import { demoTopics } from './demoTopics'
import { seedEvents } from './seedEvents'

const DAY = 24 * 60 * 60 * 1000

/**
 * Empty: no users, articles or categories. A synthetic archive (npm run archive) has articles
 * but no users, and must not be seeded with the demo on top.
 */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['users', 'articles', 'categories'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}

function byKey<T>(entries: [string, T][], kind: string): (key: string) => T {
  const map = new Map(entries)
  return (key) => {
    const value = map.get(key)
    if (value === undefined) throw new Error(`Demo content refers to an unknown ${kind} "${key}"`)
    return value
  }
}

/**
 * Fills an empty database with the demo newsroom: taxonomy, bylines, users with fresh
 * passwords, illustrated articles (published and drafts), a scheduled article, events (with
 * a PDF presentation), the type statements, page feedback and reader submissions in every
 * workflow state. Returns the log-ins.
 */
export async function seedDemo(
  payload: Payload,
  dataDir: string,
  now = new Date(),
): Promise<DemoLogin[]> {
  // The first site build follows the seed: no site webhook delivery for each demo document.
  const write = { overrideAccess: true, depth: 0, context: { skipSiteWebhook: true } } as const

  const categories = await Promise.all(
    demoCategories.map((category) =>
      payload.create({ collection: 'categories', data: category, ...write }),
    ),
  )
  const topics = await Promise.all(
    demoTopics.map((topic) => payload.create({ collection: 'topics', data: topic, ...write })),
  )
  const authors: [string, Author][] = []
  for (const author of demoAuthors) {
    const doc = await payload.create({
      collection: 'authors',
      data: { name: author.name, slug: slugify(author.name), title: author.role, bio: author.bio },
      ...write,
    })
    authors.push([author.key, doc])
  }
  const category = byKey<Category>(
    categories.map((doc) => [doc.slug, doc]),
    'category',
  )
  const topic = byKey<Topic>(
    topics.map((doc) => [doc.slug, doc]),
    'topic',
  )
  const author = byKey(authors, 'author')
  info(`${categories.length} categories, ${topics.length} topic series, ${authors.length} authors`)

  const logins = createDemoLogins(dataDir)
  const users: Record<string, User> = {}
  for (const [index, login] of logins.entries()) {
    users[login.role] = await payload.create({
      collection: 'users',
      data: { ...login, author: authors[index]?.[1].id },
      ...write,
    })
  }
  const journalist = users.journalist!

  const articles: [string, Article][] = []
  for (const [index, demo] of demoArticles.entries()) {
    const image = await createIllustration(index + 1)
    const media = await payload.create({
      collection: 'media',
      data: {
        alt: demo.hero.alt,
        caption: demo.hero.caption,
        photographer: demo.hero.photographer,
      },
      file: { data: image, mimetype: 'image/png', name: `${demo.key}.png`, size: image.length },
      ...write,
    })
    const publishedAt = new Date(now.getTime() - demo.daysAgo * DAY - index * 37 * 60 * 1000)
    const doc = await payload.create({
      collection: 'articles',
      draft: Boolean(demo.isDraft),
      data: {
        _status: demo.isDraft ? 'draft' : 'published',
        title: demo.title,
        slug: slugify(demo.title),
        kicker: demo.kicker,
        type: demo.type,
        category: category(demo.category).id,
        topics: demo.topic ? [topic(demo.topic).id] : [],
        authors: demo.authors.map((key) => author(key).id),
        lead: demo.lead,
        body: textToLexical(demo.body),
        hero: { image: media.id },
        publishedAt: demo.isDraft ? undefined : publishedAt.toISOString(),
        createdBy: demo.isDraft ? journalist.id : users.editor!.id,
      },
      ...write,
    })
    articles.push([demo.key, doc])
  }
  const article = byKey(articles, 'article')
  for (const demo of demoArticles.filter((entry) => entry.related?.length)) {
    await payload.update({
      collection: 'articles',
      id: article(demo.key).id,
      data: { relatedArticles: demo.related!.map((key) => article(key).id) },
      ...write,
    })
  }
  // Replies are linked once every article exists; the CMS checks the chain on each save.
  for (const demo of demoArticles.filter((entry) => entry.repliesTo)) {
    await payload.update({
      collection: 'articles',
      id: article(demo.key).id,
      data: { repliesTo: article(demo.repliesTo!).id },
      ...write,
    })
  }
  // Closed after its replies are linked: a closed debate takes no new ones.
  for (const demo of demoArticles.filter((entry) => entry.debateClosed)) {
    await payload.update({
      collection: 'articles',
      id: article(demo.key).id,
      data: { debateClosed: true },
      ...write,
    })
  }
  await scheduleOneDraft(payload, articles, users.editor!, now)
  await seedEvents(payload, { author, article, category, topic, editor: users.editor!, now })
  await shortenOnePermalink(payload, articles)
  info(
    `${articles.length} articles (${demoArticles.filter((entry) => entry.isDraft).length} drafts)`,
  )

  for (const tip of demoTips) {
    await payload.create({
      collection: 'tips',
      data: {
        message: tip.message,
        name: tip.name,
        contact: tip.contact,
        status: tip.status,
        article: tip.article ? article(tip.article).id : undefined,
        assignee: tip.assignToJournalist ? journalist.id : undefined,
      },
      ...write,
    })
  }
  for (const report of demoCorrectionReports) {
    await payload.create({
      collection: 'corrections',
      data: { ...report, article: article(report.article).id },
      ...write,
    })
  }
  for (const submission of demoDebateSubmissions) {
    await payload.create({ collection: 'debate-submissions', data: submission, ...write })
  }
  for (const comment of demoComments) {
    await payload.create({
      collection: 'comments',
      data: { ...comment, article: article(comment.article).id },
      ...write,
    })
  }
  info(
    `${demoTips.length} tips, ${demoCorrectionReports.length} error reports, ${demoDebateSubmissions.length} debate pieces, ${demoComments.length} comments`,
  )
  return logins
}

/** One draft is scheduled to publish shortly after the first start, to show the jobs runner at work. */
async function scheduleOneDraft(
  payload: Payload,
  articles: [string, Article][],
  editor: User,
  now: Date,
): Promise<void> {
  const draft = articles.find(([, doc]) => doc._status === 'draft')?.[1]
  if (!draft) return
  await queueScheduledPublish(payload, {
    articleId: draft.id,
    userId: editor.id,
    at: new Date(now.getTime() + 5 * 60 * 1000),
  })
  info(`"${draft.title}" is scheduled to publish in 5 minutes`)
}

/**
 * An editor shortens one published permalink, as happens after a headline is reworked: the old
 * address is kept as a redirect, so the demo shows one.
 */
async function shortenOnePermalink(payload: Payload, articles: [string, Article][]): Promise<void> {
  const article = articles.find(
    ([, doc]) => doc._status === 'published' && doc.type === 'ledare',
  )?.[1]
  if (!article) return
  const shorter = article.slug.split('-').slice(0, 4).join('-')
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { slug: shorter, _status: 'published' },
    overrideAccess: true,
    depth: 0,
    context: { skipSiteWebhook: true },
  })
  info(`"${article.slug}" now redirects to "${shorter}"`)
}
