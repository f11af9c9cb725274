'use client'
import { Button, useConfig, useFormFields } from '@payloadcms/ui'

import { useDocumentAction } from './useDocumentAction'

/** "Skapa artikelutkast" on a debate piece; once there is a draft, a link to it instead. */
export function CreateDraftButton() {
  const { run, isWorking, isAvailable } = useDocumentAction('create-draft')
  const { config } = useConfig()
  const article = useFormFields(([fields]) => fields.article?.value)
  if (!isAvailable) return null

  const articleId =
    typeof article === 'object' && article ? (article as { id: unknown }).id : article
  if (articleId) {
    return (
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        el="link"
        to={`${config.routes.admin}/collections/articles/${articleId}`}
      >
        Öppna artikelutkastet
      </Button>
    )
  }
  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      margin={false}
      disabled={isWorking}
      onClick={() => run()}
    >
      Skapa artikelutkast
    </Button>
  )
}
