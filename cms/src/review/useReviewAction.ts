'use client'
import {
  toast,
  useConfig,
  useDocumentInfo,
  useField,
  useForm,
  useFormModified,
} from '@payloadcms/ui'
import { useState } from 'react'

export type ReviewAction = 'submit' | 'withdraw' | 'start' | 'return' | 'approve'

/**
 * Runs `POST /api/articles/:id/review` for the article being edited. Unsaved edits are first
 * saved as a draft (as "Spara utkast" does; never a publish), then the status changes on the
 * server and the form takes the new status without counting as modified, so the next autosave
 * does not send the old one back. The endpoint's Swedish message is shown as a toast.
 */
export function useReviewAction() {
  const { id, collectionSlug, hasSavePermission } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const isModified = useFormModified()
  const { setValue } = useField<string>({ path: 'reviewStatus' })
  const [isWorking, setWorking] = useState(false)
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`

  const run = async (body: {
    action: ReviewAction
    note?: string
    publishAt?: string
  }): Promise<boolean> => {
    setWorking(true)
    try {
      if (isModified) {
        await submit({
          action: `${base}?depth=0&draft=true`,
          method: 'PATCH',
          overrides: { _status: 'draft' },
          skipValidation: true,
          disableSuccessStatus: true,
        })
      }
      const response = await fetch(`${base}/review`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as {
        message?: string
        doc?: { reviewStatus?: string }
      }
      const message = answer.message ?? 'Något gick fel. Försök igen om en stund.'
      if (!response.ok) {
        toast.error(message)
        return false
      }
      if (answer.doc?.reviewStatus) setValue(answer.doc.reviewStatus, true)
      toast.success(message)
      window.dispatchEvent(new CustomEvent('redaktion:thread-changed'))
      return true
    } catch {
      toast.error('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
      return false
    } finally {
      setWorking(false)
    }
  }

  return { run, isWorking, isAvailable: Boolean(id && collectionSlug && hasSavePermission) }
}
