'use client'
import { Button, useAuth, useFormFields } from '@payloadcms/ui'

import { isReviewStatus, reviewStatusLabel } from '../review/reviewStatus'
import { useReviewAction } from '../review/useReviewAction'
import { ReviewNoteDialog } from './ReviewNoteDialog'

/**
 * The review buttons before the article's document controls. A journalist hands in
 * ("Skicka för granskning", with a note) and takes back; an editor starts the review, sends
 * it back with a note or approves it (optionally scheduling the publish). The server decides
 * (guardReviewStatus); these only offer what the status allows.
 */
export function ReviewActions() {
  const { user } = useAuth()
  const { run, isWorking, isAvailable } = useReviewAction()
  const value = useFormFields(([fields]) => fields.reviewStatus?.value)
  if (!isAvailable || !user) return null
  const status = isReviewStatus(value) ? value : 'writing'
  const isEditor = user.role === 'editor' || user.role === 'admin'

  const sendBack = (
    <ReviewNoteDialog
      label="Skicka tillbaka"
      confirmLabel="Skicka tillbaka till skribenten"
      isWorking={isWorking}
      onConfirm={({ note }) => run({ action: 'return', note })}
    />
  )
  const approve = (
    <ReviewNoteDialog
      label="Godkänn"
      confirmLabel="Godkänn artikeln"
      isScheduling
      isWorking={isWorking}
      onConfirm={({ note, publishAt }) => run({ action: 'approve', note, publishAt })}
    />
  )
  const submit = (
    <ReviewNoteDialog
      label="Skicka för granskning"
      confirmLabel="Skicka"
      isWorking={isWorking}
      onConfirm={({ note }) => run({ action: 'submit', note })}
    />
  )

  return (
    <div className="review-actions" data-review-status={status}>
      <span className="review-actions__status">{reviewStatusLabel(status)}</span>
      {!isEditor && status === 'writing' && submit}
      {!isEditor && status === 'submitted' && (
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          disabled={isWorking}
          onClick={() => run({ action: 'withdraw' })}
        >
          Ta tillbaka
        </Button>
      )}
      {isEditor && status === 'submitted' && (
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          disabled={isWorking}
          onClick={() => run({ action: 'start' })}
        >
          Börja granska
        </Button>
      )}
      {isEditor &&
        (status === 'submitted' || status === 'inReview' || status === 'approved') &&
        sendBack}
      {isEditor && (status === 'submitted' || status === 'inReview') && approve}
    </div>
  )
}
