import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Article, DebateSubmission } from '@redaktion/content-schemas/payload-types'
import { APIError, type PayloadRequest } from 'payload'

import { docxToBlocks } from '../../utilities/docxToBlocks'
import { paragraphsOf, type TextBlock, textToLexical } from '../../utilities/textToLexical'

type Piece = Pick<
  DebateSubmission,
  'title' | 'text' | 'document' | 'authorName' | 'signature' | 'repliesTo'
>

const idOf = <Doc extends { id: number | string }>(value: Doc | number | string): Doc['id'] =>
  typeof value === 'object' ? value.id : value

/**
 * A draft article of type Debatt (Replik when the piece answers an article) from a debate piece: the writer as byline (an author with the
 * same name and signature is reused, otherwise one is made, the signature as its title) and
 * the text, or the Word document's text when the piece came as a file. Contact details stay
 * behind. Runs inside the caller's transaction, where the database has them.
 */
export async function draftDebateArticle({
  piece,
  req,
}: {
  piece: Piece
  req: PayloadRequest
}): Promise<Article['id']> {
  const { payload } = req
  const local = { req, overrideAccess: true, depth: 0 } as const
  // The body first: a document that cannot be read stops everything before anything is written
  // (SQLite runs without transactions here).
  const body = textToLexical(await bodyOf(piece, req))
  const byline = await payload.find({
    collection: 'authors',
    where: {
      and: [{ name: { equals: piece.authorName } }, { title: { equals: piece.signature } }],
    },
    limit: 1,
    ...local,
  })
  const author =
    byline.docs[0] ??
    (await payload.create({
      collection: 'authors',
      data: { name: piece.authorName, title: piece.signature } as never,
      ...local,
    }))
  const debateCategory = await payload.find({
    collection: 'categories',
    where: { slug: { equals: 'debatt' } },
    limit: 1,
    ...local,
  })
  const article = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      _status: 'draft',
      title: piece.title,
      type: piece.repliesTo ? 'replik' : 'debatt',
      repliesTo: piece.repliesTo ? idOf(piece.repliesTo) : undefined,
      authors: [author.id],
      category: debateCategory.docs[0]?.id,
      body,
    } as never,
    ...local,
  })
  return article.id
}

async function bodyOf(piece: Piece, req: PayloadRequest): Promise<TextBlock[]> {
  if (piece.text?.trim() || !piece.document) return paragraphsOf(piece.text ?? '')
  const { payload } = req
  const document = await payload.findByID({
    collection: 'debate-documents',
    id: idOf(piece.document),
    req,
    overrideAccess: true,
    depth: 0,
  })
  const { staticDir = '' } = payload.collections['debate-documents'].config.upload
  try {
    return await docxToBlocks(await readFile(path.join(staticDir, String(document.filename))))
  } catch (error) {
    payload.logger.error(`Debate document ${document.id} could not be converted: ${error}`)
    throw new APIError(
      'Word-dokumentet kunde inte läsas. Klistra in texten i fältet Text och försök igen.',
      422,
      undefined,
      true,
    )
  }
}
