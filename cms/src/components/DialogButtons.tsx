'use client'
import { Button } from '@payloadcms/ui'
import type { RefObject } from 'react'

/** The foot of a confirming <dialog>: the action, then "Avbryt", which closes the dialog. */
export function DialogButtons({
  dialog,
  confirmLabel,
  isWorking,
  onConfirm,
}: {
  dialog: RefObject<HTMLDialogElement | null>
  confirmLabel: string
  isWorking: boolean
  onConfirm: () => void
}) {
  return (
    <div className="review-dialog__buttons">
      <Button
        buttonStyle="primary"
        size="medium"
        margin={false}
        disabled={isWorking}
        onClick={onConfirm}
      >
        {confirmLabel}
      </Button>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        onClick={() => dialog.current?.close()}
      >
        Avbryt
      </Button>
    </div>
  )
}
