'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { decisionOf, type WriterKind } from '../writerMail/writerDecision'
import { useDocumentAction } from './useDocumentAction'

/**
 * "Mejla beslutet" on a debate piece or an error report: shown once the status is a decision
 * that has not been mailed. The endpoint checks again; this only keeps the button honest.
 */
export function SendDecisionButton() {
  const { collectionSlug } = useDocumentInfo()
  const { run, isWorking, isAvailable } = useDocumentAction('send-decision')
  const status = useFormFields(([fields]) => fields.status?.value)
  const mailed = useFormFields(([fields]) => fields.decisionMailed?.value)
  const hasAddress = useFormFields(([fields]) =>
    collectionSlug === 'corrections' ? Boolean(fields.contactEmail?.value) : true,
  )
  const kind: WriterKind = collectionSlug === 'corrections' ? 'correction' : 'debate'
  const decision = decisionOf(kind, typeof status === 'string' ? status : null)
  if (!isAvailable || !decision || !hasAddress || mailed === decision) return null
  return (
    <Button
      buttonStyle="secondary"
      className="send-decision-button"
      size="medium"
      margin={false}
      disabled={isWorking}
      onClick={() => run()}
    >
      Mejla beslutet
    </Button>
  )
}
