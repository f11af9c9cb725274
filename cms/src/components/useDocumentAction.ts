'use client'
import { toast, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

export interface ActionAnswer {
  message?: string
  doc?: Record<string, unknown>
  [key: string]: unknown
}

/**
 * Runs an editor action endpoint (`POST /api/<collection>/:id/<action>`) for the document being
 * edited. Unsaved changes are saved first, so nothing the editor typed is lost; the endpoint's
 * Swedish message is shown as a toast and the form takes the document as the action left it.
 */
export function useDocumentAction(action: string) {
  const { id, collectionSlug, hasSavePermission } = useDocumentInfo()
  const { config } = useConfig()
  const { reset, submit } = useForm()
  const isModified = useFormModified()
  const [isWorking, setWorking] = useState(false)

  const run = async (body: Record<string, unknown> = {}): Promise<ActionAnswer | null> => {
    setWorking(true)
    try {
      if (isModified) {
        const saved = await submit({ disableSuccessStatus: true })
        if (!saved?.res?.ok) {
          toast.error('Dokumentet kunde inte sparas. Rätta det som är markerat och försök igen.')
          return null
        }
      }
      const response = await fetch(`${config.routes.api}/${collectionSlug}/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as ActionAnswer
      const message = answer.message ?? 'Något gick fel. Försök igen om en stund.'
      if (!response.ok) {
        toast.error(message)
        return answer
      }
      if (answer.doc) await reset(answer.doc)
      toast.success(message)
      return answer
    } catch {
      toast.error('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
      return null
    } finally {
      setWorking(false)
    }
  }

  return { run, isWorking, isAvailable: Boolean(id && hasSavePermission) }
}
