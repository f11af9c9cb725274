import { ActionError, editorAction } from './editorAction'

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'object' ? value?.id : value

/**
 * "Skapa artikelutkast": `POST /api/debate-submissions/:id/create-draft` accepts the piece if it
 * is not yet accepted and makes its Debatt draft, through the same hook as accepting it by hand
 * (createArticleDraft), in one transaction. Answers with the new article's id.
 */
export const createDebateDraft = editorAction({
  action: 'create-draft',
  run: async ({ id, req }) => {
    const { payload } = req
    const piece = await payload.findByID({
      collection: 'debate-submissions',
      id,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!piece) throw new ActionError(404, 'Debattinlägget finns inte längre.')
    const existing = idOf(piece.article)
    if (existing) {
      throw new ActionError(409, 'Inlägget har redan ett artikelutkast.', { articleId: existing })
    }
    if (piece.status === 'declined' || piece.status === 'published') {
      throw new ActionError(
        409,
        `Inlägget är ${piece.status === 'declined' ? 'avböjt' : 'publicerat'}. Ändra statusen till Granskas först om det ska bli en artikel.`,
      )
    }
    const doc = await payload.update({
      collection: 'debate-submissions',
      id,
      data: { status: 'accepted' },
      context: { createArticleDraft: true },
      depth: 0,
      req,
      overrideAccess: false,
    })
    const articleId = idOf(doc.article)
    if (!articleId) throw new Error(`No article draft was made for debate piece ${id}`)
    return { message: 'Artikelutkastet är skapat.', articleId, doc }
  },
})
