import { slugify } from '@redaktion/content-schemas/slugify'
import type { CollectionBeforeChangeHook } from 'payload'

import { paragraphsOf, textToLexical } from '../../utilities/textToLexical'

/**
 * Accepting a debate piece starts its article: a draft of type Debatt with the writer as byline
 * (an author record is made for them if none has that name). Contact details stay behind.
 */
export const createArticleDraft: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const isNewlyAccepted =
    data.status === 'accepted' && (operation === 'create' || originalDoc?.status !== 'accepted')
  if (!isNewlyAccepted || data.article || originalDoc?.article) return data

  const { payload } = req
  const authorName = String(data.authorName ?? originalDoc?.authorName)
  const existing = await payload.find({
    collection: 'authors',
    where: { name: { equals: authorName } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const author =
    existing.docs[0] ??
    (await payload.create({
      collection: 'authors',
      data: {
        name: authorName,
        slug: slugify(authorName),
        title: data.signature ?? originalDoc?.signature,
      },
      req,
      overrideAccess: true,
    }))
  const debateCategory = await payload.find({
    collection: 'categories',
    where: { slug: { equals: 'debatt' } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const article = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      _status: 'draft',
      title: String(data.title ?? originalDoc?.title),
      type: 'debatt',
      authors: [author.id],
      category: debateCategory.docs[0]?.id,
      slug: slugify(String(data.title ?? originalDoc?.title)),
      body: textToLexical(paragraphsOf(String(data.text ?? originalDoc?.text ?? ''))),
    },
    req,
    overrideAccess: true,
  })
  payload.logger.info(`Debate submission accepted: article draft ${article.id} created`)
  data.article = article.id
  return data
}
