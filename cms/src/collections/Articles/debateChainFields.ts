import { DEBATE_ARTICLE_TYPES, isDebateArticleType } from '@redaktion/content-schemas/options'
import type { Field, RelationshipFieldSingleValidation, Where } from 'payload'

import { relationId, walkToDebateRoot } from './debateRoot'

/** "Replik på" must point at another debate-type article without closing a loop. */
const validateRepliesTo: RelationshipFieldSingleValidation = async (value, { id, data, req }) => {
  const target = relationId(value)
  if (target === null) return true
  if (!isDebateArticleType((data as { type?: unknown }).type)) {
    return 'Bara debattartiklar, repliker och slutrepliker kan vara en replik på en annan artikel.'
  }
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
  return true
}

const isDebate = (data: Record<string, unknown> | undefined) => isDebateArticleType(data?.type)

/** The debate chain: which article this one answers, and whether the debate takes more replies. */
export const debateChainFields: Field[] = [
  {
    name: 'repliesTo',
    type: 'relationship',
    label: 'Replik på',
    relationTo: 'articles',
    index: true,
    validate: validateRepliesTo,
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
