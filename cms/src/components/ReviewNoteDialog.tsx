'use client'
import { Button } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import { DialogButtons } from './DialogButtons'

/**
 * A button that opens a small dialog with an optional note (and, for an approval, an optional
 * publish time); confirming hands both to `onConfirm`. A native <dialog>: focus and Escape
 * behave as the browser does.
 */
export function ReviewNoteDialog({
  label,
  confirmLabel,
  isScheduling = false,
  isWorking,
  onConfirm,
}: {
  label: string
  confirmLabel: string
  isScheduling?: boolean
  isWorking: boolean
  onConfirm: (values: { note: string; publishAt?: string }) => Promise<boolean>
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [note, setNote] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const noteId = useId()
  const timeId = useId()

  const confirm = async () => {
    const isDone = await onConfirm({
      note,
      ...(publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
    })
    if (isDone) {
      setNote('')
      setPublishAt('')
      dialog.current?.close()
    }
  }

  return (
    <>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </Button>
      <dialog ref={dialog} className="review-dialog" aria-label={label}>
        <label htmlFor={noteId}>Anteckning (valfri, hamnar i de interna kommentarerna)</label>
        <textarea
          id={noteId}
          rows={4}
          maxLength={5000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {isScheduling && (
          <>
            <label htmlFor={timeId}>Publicera automatiskt (valfritt)</label>
            <input
              id={timeId}
              type="datetime-local"
              value={publishAt}
              onChange={(event) => setPublishAt(event.target.value)}
            />
          </>
        )}
        <DialogButtons
          dialog={dialog}
          confirmLabel={confirmLabel}
          isWorking={isWorking}
          onConfirm={confirm}
        />
      </dialog>
    </>
  )
}
