import { randomBytes, randomUUID } from 'node:crypto'

import config from '@redaktion/cms/payload.config'
import { migrateDatabase } from '@redaktion/cms/migrateDatabase'
import { textToLexical } from '@redaktion/cms/textToLexical'
import { slugify } from '@redaktion/content-schemas/slugify'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'

import { ARCHIVE_CATEGORIES, ARCHIVE_TOPICS, archiveAuthorName, generateArchive } from './generate'
import { generateArchiveEvents } from './generateEvents'

const AUTHOR_COUNT = 40

async function createTaxonomy(payload: Payload, seed: number) {
  const create = (collection: 'categories' | 'topics' | 'authors', data: Record<string, unknown>) =>
    payload.create({
      collection,
      data: data as never,
      overrideAccess: true,
      depth: 0,
      // A generated archive is built in full afterwards; it tells the site nothing.
      context: { skipSiteWebhook: true },
    })
  const categories = []
  for (const title of ARCHIVE_CATEGORIES)
    categories.push((await create('categories', { title, slug: slugify(title) })).id)
  const topics = []
  for (const title of ARCHIVE_TOPICS)
    topics.push((await create('topics', { title, slug: slugify(title) })).id)
  const authors = []
  for (let index = 0; index < AUTHOR_COUNT; index++) {
    const name = archiveAuthorName(index, seed)
    authors.push(
      (await create('authors', { name, slug: `${slugify(name)}-${index + 1}`, title: 'Reporter' }))
        .id,
    )
  }
  return { categories, topics, authors }
}

async function inTransaction(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<void>,
): Promise<void> {
  const req = await createLocalReq({}, payload)
  req.transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    await work(req)
    if (req.transactionID) await payload.db.commitTransaction(req.transactionID)
  } catch (error) {
    if (req.transactionID) await payload.db.rollbackTransaction(req.transactionID)
    throw error
  }
}

/**
 * Writes one published document straight through the adapter, with the version the admin lists
 * drafts-enabled collections from. On SQLite the id (text, as MongoDB's) is made here, so the
 * write need not read the row back; MongoDB makes its own ObjectIds.
 */
async function writePublished(
  payload: Payload,
  req: PayloadRequest,
  collection: 'articles' | 'events',
  data: Record<string, unknown> & { publishedAt: string },
): Promise<void> {
  const isSqlite = payload.db.name === 'sqlite'
  const customID = isSqlite ? randomUUID() : undefined
  const doc = await payload.db.create({ collection, data, req, customID, returning: !isSqlite })
  const id = customID ?? doc.id
  await payload.db.createVersion({
    collectionSlug: collection,
    parent: id,
    versionData: { ...data, id },
    autosave: false,
    createdAt: data.publishedAt,
    updatedAt: data.publishedAt,
    returning: false,
    req,
  })
}

/** Writes `count` past events in one transaction, as the articles are written. */
async function writeEvents(
  payload: Payload,
  {
    count,
    seed,
    until,
    categories,
  }: { count: number; seed: number; until: Date; categories: (string | number)[] },
): Promise<void> {
  await inTransaction(payload, async (req) => {
    for (const event of generateArchiveEvents(count, { seed, until })) {
      const publishedAt = new Date(
        Date.parse(event.startsAt) - 21 * 24 * 60 * 60 * 1000,
      ).toISOString()
      const data = {
        _status: 'published',
        title: event.title,
        slug: event.slug,
        generateSlug: false,
        summary: event.summary,
        description: textToLexical(event.description),
        // Array rows need ids of their own; Payload's hooks, skipped here, would give them.
        speakers: event.speakers.map((speaker) => ({
          ...speaker,
          id: randomBytes(12).toString('hex'),
        })),
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        attendance: event.attendance,
        venue: event.venue ?? undefined,
        joinUrl: event.attendance === 'onsite' ? undefined : 'https://mote.redaktion.example/arkiv',
        registration: { mode: 'none' },
        eventStatus: event.eventStatus,
        category: categories[event.category],
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      }
      await writePublished(payload, req, 'events', data)
    }
  })
}

/** Writes the archive and returns how many articles were written, printing progress. */
export async function writeArchive({
  count,
  events,
  seed,
  until,
  batchSize,
}: {
  count: number
  /** Past events beside the articles, so the events pages are not trivially small. */
  events: number
  seed: number
  until: Date
  batchSize: number
}): Promise<number> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  const { totalDocs } = await payload.count({ collection: 'articles' })
  if (totalDocs > 0) {
    throw new Error(
      `The target database already has ${totalDocs} articles; point --database-url at an empty one.`,
    )
  }
  const ids = await createTaxonomy(payload, seed)
  const articles = generateArchive(count, { seed, until, authorCount: AUTHOR_COUNT })
  let written = 0
  let lastReport = Date.now()
  while (written < count) {
    await inTransaction(payload, async (req) => {
      for (let inBatch = 0; inBatch < batchSize; inBatch++) {
        const next = articles.next()
        if (next.done) return
        const article = next.value
        const data = {
          _status: 'published',
          title: article.title,
          slug: article.slug,
          generateSlug: false,
          publishedSlug: article.slug,
          kicker: article.kicker,
          type: article.type,
          category: ids.categories[article.category],
          topics: article.topic === null ? [] : [ids.topics[article.topic]],
          authors: article.authors.map((index) => ids.authors[index]),
          lead: article.lead,
          body: textToLexical(article.body),
          publishedAt: article.publishedAt,
          createdAt: article.publishedAt,
          updatedAt: article.publishedAt,
        }
        await writePublished(payload, req, 'articles', data)
        written++
      }
    })
    if (Date.now() - lastReport > 2000 || written === count) {
      process.stdout.write(
        `  ${written}/${count} articles (${Math.round((written / count) * 100)} %)\n`,
      )
      lastReport = Date.now()
    }
  }
  if (events > 0) {
    await writeEvents(payload, { count: events, seed, until, categories: ids.categories })
    process.stdout.write(`  ${events} past events\n`)
  }
  await payload.destroy()
  return written
}
