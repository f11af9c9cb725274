import { DEBATE_ARTICLE_TYPES, isDebateArticleType } from '@redaktion/content-schemas/options'
import {
  type Field,
  type FieldHook,
  type PayloadRequest,
  type RelationshipFieldSingleValidation,
  ValidationError,
  type Where,
} from 'payload'

import { relationId, walkToDebateRoot } from './debateRoot'

const DEBATE_CLOSED =
  'Debatten är avslutad och tar inte emot fler repliker: välj en artikel i en öppen debatt.'

/**
 * Whether the article has gone out answering `target`: then closing the debate must not stop
 * that reply from being edited, or put back after an unpublish. A draft that was never
 * published answering it (such as the draft of a debate piece accepted after the debate closed)
 * is a new reply, and the closed debate takes none.
 */
async function wasPublishedAnswering({
  self,
  target,
  req,
}: {
  self: string | undefined
  target: string
  req: PayloadRequest
}): Promise<boolean> {
  if (self === undefined) return false
  const { totalDocs } = await req.payload.countVersions({
    collection: 'articles',
    where: {
      and: [
        { parent: { equals: self } },
        { 'version._status': { equals: 'published' } },
        { 'version.repliesTo': { equals: target } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * "Replik på" must point at another debate-type article without closing a loop, and a new
 * relation only into a debate that is still open.
 */
const validateRepliesTo: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  const target = relationId(value)
  if (target === null) return true
  const self = id === undefined || id === null ? undefined : String(id)
  if (target === self) return 'En artikel kan inte vara en replik på sig själv.'
  const { links, isCycle } = await walkToDebateRoot({
    payload: req.payload,
    startId: target,
    avoidId: self,
    req,
  })
  if (links.length === 0) return 'Artikeln som repliken svarar på finns inte.'
  if (!isDebateArticleType(links[0]?.type)) {
    return 'En replik kan bara svara på en debattartikel, en replik eller en slutreplik.'
  }
  if (isCycle) return 'Repliken skulle göra debatten till en cirkel: välj en annan artikel.'
  if (links.at(-1)?.debateClosed && !(await wasPublishedAnswering({ self, target, req }))) {
    return DEBATE_CLOSED
  }
  return true
}

const isDebate = (data: Record<string, unknown> | undefined) => isDebateArticleType(data?.type)

const NOT_A_DEBATE_TYPE =
  'Replik på: bara debattartiklar, repliker och slutrepliker kan svara på en annan artikel.'

/**
 * Payload skips `validate` on a field whose admin condition hides it, so a news article with
 * `repliesTo` set through the API is refused here instead.
 */
const refuseOutsideDebates: FieldHook = ({ value, data, originalDoc }) => {
  const type = data?.type ?? originalDoc?.type
  if (relationId(value) === null || isDebateArticleType(type)) return value
  throw new ValidationError({
    errors: [{ label: 'Replik på', path: 'repliesTo', message: NOT_A_DEBATE_TYPE }],
  })
}

/** The debate chain: which article this one answers, and whether the debate takes more replies. */
export const debateChainFields: Field[] = [
  {
    name: 'repliesTo',
    type: 'relationship',
    label: 'Replik på',
    relationTo: 'articles',
    index: true,
    validate: validateRepliesTo,
    hooks: { beforeValidate: [refuseOutsideDebates] },
    filterOptions: ({ id }): Where => {
      const isDebateType: Where = { type: { in: [...DEBATE_ARTICLE_TYPES] } }
      return id ? { and: [isDebateType, { id: { not_equals: id } }] } : isDebateType
    },
    admin: { position: 'sidebar', condition: (data) => isDebate(data) },
  },
  {
    name: 'debateClosed',
    type: 'checkbox',
    label: 'Debatten är avslutad',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description:
        'Sätts på debattens första artikel: då visas ingen knapp för att skriva en replik.',
      condition: (data) => isDebate(data) && !data?.repliesTo,
    },
  },
]
