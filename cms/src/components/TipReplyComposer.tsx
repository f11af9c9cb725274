'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'

import { DialogButtons } from './DialogButtons'
import type { NewsroomMessage } from '../tipReplies/newsroomThread'

export const SEND_CONFIRMATION = 'Skicka till tipsaren? Det går inte att ändra efteråt.'

type PayloadError = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/**
 * The box under the thread: "Spara utkast" keeps a draft (the same one while it is being
 * written, until "Nytt meddelande"), "Skicka" sends it after a confirmation, as a sent message
 * is never rewritten.
 */
export function TipReplyComposer({
  api,
  tipId,
  editing,
  onSaved,
}: {
  api: string
  tipId: string
  editing: NewsroomMessage | null
  onSaved: () => Promise<void>
}) {
  const [text, setText] = useState('')
  const [draftId, setDraftId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [isWorking, setWorking] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const textId = useId()

  useEffect(() => {
    if (!editing) return
    setText(editing.text)
    setDraftId(String(editing.id))
    setNotice(null)
  }, [editing])

  const save = async (state: 'draft' | 'sent') => {
    setWorking(true)
    setError(null)
    setNotice(null)
    try {
      const response = await fetch(draftId ? `${api}/${encodeURIComponent(draftId)}` : api, {
        method: draftId ? 'PATCH' : 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(draftId ? { text, state } : { tip: tipId, text, state }),
      })
      const answer = (await response.json().catch(() => ({}))) as PayloadError & {
        doc?: { id: string }
      }
      if (!response.ok) return setError(errorOf(answer, state))
      if (state === 'sent') {
        setText('')
        setDraftId(null)
        setNotice('Meddelandet är skickat. Tipsaren ser det nästa gång hen öppnar Svarslådan.')
      } else {
        setDraftId(answer.doc ? String(answer.doc.id) : draftId)
        setNotice('Utkastet är sparat. Det syns inte för tipsaren förrän du trycker Skicka.')
      }
      dialog.current?.close()
      await onSaved()
    } catch {
      setError('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
    } finally {
      setWorking(false)
    }
  }

  const isEmpty = !text.trim()
  return (
    <div className="tip-reply-composer">
      <label htmlFor={textId}>
        {draftId ? 'Utkast till tipsaren' : 'Nytt meddelande till tipsaren'}
      </label>
      <textarea
        id={textId}
        rows={5}
        maxLength={20000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p role="alert" className="tip-reply-panel__error">
          {error}
        </p>
      )}
      <p role="status" className="tip-reply-composer__notice">
        {notice}
      </p>
      <div className="tip-reply-composer__buttons">
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          disabled={isWorking || isEmpty}
          onClick={() => save('draft')}
        >
          Spara utkast
        </Button>
        <Button
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={isWorking || isEmpty}
          onClick={() => dialog.current?.showModal()}
        >
          Skicka
        </Button>
        {draftId && (
          <Button
            buttonStyle="secondary"
            size="medium"
            margin={false}
            disabled={isWorking}
            onClick={() => {
              setText('')
              setDraftId(null)
              setNotice(null)
            }}
          >
            Nytt meddelande
          </Button>
        )}
      </div>
      <dialog ref={dialog} className="review-dialog" aria-labelledby={`${textId}-confirm`}>
        <p id={`${textId}-confirm`}>{SEND_CONFIRMATION}</p>
        <DialogButtons
          dialog={dialog}
          confirmLabel="Ja, skicka"
          isWorking={isWorking}
          onConfirm={() => save('sent')}
        />
      </dialog>
    </div>
  )
}

function errorOf(answer: PayloadError, state: 'draft' | 'sent'): string {
  const [first] = answer.errors ?? []
  return (
    first?.data?.errors?.[0]?.message ??
    first?.message ??
    (state === 'sent' ? 'Meddelandet kunde inte skickas.' : 'Utkastet kunde inte sparas.')
  )
}
