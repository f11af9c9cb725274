'use client'
import { Button, useFormFields } from '@payloadcms/ui'

import { useDocumentAction } from './useDocumentAction'

/** "Publicera rättelse" on an error report: publishes the notice text as typed. */
export function PublishNoticeButton() {
  const { run, isWorking, isAvailable } = useDocumentAction('publish-notice')
  const notice = useFormFields(([fields]) => fields.notice?.value)
  if (!isAvailable) return null
  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      margin={false}
      disabled={isWorking}
      onClick={() => run({ notice: typeof notice === 'string' ? notice : '' })}
    >
      Publicera rättelse
    </Button>
  )
}
