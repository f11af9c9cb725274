'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import {
  DRAFT_MARKER,
  orderNewsroomThread,
  senderOf,
  unreadAnswerIds,
  type NewsroomMessage,
} from '../tipReplies/newsroomThread'
import { TipReplyComposer } from './TipReplyComposer'

const time = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' })

export const NO_REPLY_BOX = 'Tipsaren har ingen Svarslåda – svar kan inte skickas.'

/**
 * The tip's "Svar till tipsaren" tab: the Svarslåda thread oldest first, drafts marked, and a
 * box to write. Opening it marks the tipster's answers read. Reads and writes through the REST
 * API with the user's own access; the server decides what a message is (guardNewsroomMessage).
 */
export function TipReplyPanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [messages, setMessages] = useState<NewsroomMessage[] | null>(null)
  const [hasReplyBox, setHasReplyBox] = useState<boolean | null>(null)
  const [editing, setEditing] = useState<NewsroomMessage | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const tip = encodeURIComponent(String(id))
    const query = `where[tip][equals]=${tip}&sort=createdAt&depth=1&limit=500`
    try {
      const [thread, box] = await Promise.all([
        fetch(`${api}/tip-messages?${query}`, { credentials: 'include' }),
        fetch(`${api}/tips/${tip}?depth=0`, { credentials: 'include' }),
      ])
      if (!thread.ok || !box.ok) return setError('Meddelandena kunde inte läsas.')
      const docs = ((await thread.json()) as { docs: NewsroomMessage[] }).docs
      setMessages(orderNewsroomThread(docs))
      setHasReplyBox(((await box.json()) as { hasReplyBox?: boolean }).hasReplyBox === true)
      return docs
    } catch {
      setError('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
    }
  }, [api, id])

  useEffect(() => {
    void (async () => {
      const unread = unreadAnswerIds((await load()) ?? [])
      if (unread.length === 0) return
      // One PATCH for all; the server sets readAt on tipster messages only.
      const where = unread.map((one, index) => `where[id][in][${index}]=${one}`).join('&')
      const response = await fetch(`${api}/tip-messages?${where}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ readAt: new Date().toISOString() }),
      }).catch(() => null)
      if (!response?.ok) return setError('Svaren kunde inte markeras som lästa.')
      await load()
    })()
  }, [api, load])

  if (!id) return <p>Spara tipset först.</p>

  return (
    <section
      className="tip-reply-panel"
      aria-labelledby="tip-reply-panel-heading"
      aria-busy={messages === null}
    >
      <h2 id="tip-reply-panel-heading" className="tip-reply-panel__heading">
        Svar till tipsaren
      </h2>
      <p className="tip-reply-panel__note">
        Tipsaren ser bara meddelanden som har skickats, när hen själv loggar in i Svarslådan med
        referens och lösenfras. Inget mejlas.
      </p>
      {error && (
        <p role="alert" className="tip-reply-panel__error">
          {error}
        </p>
      )}
      <ol className="tip-reply-panel__list" data-tip-thread>
        {(messages ?? []).map((message) => (
          <li
            key={message.id}
            className="tip-reply-panel__item"
            data-from={message.from}
            data-state={message.sentAt ? 'sent' : 'draft'}
          >
            <strong>{senderOf(message)}</strong>
            {message.sentAt ? (
              <>
                {' · '}
                <time dateTime={message.sentAt}>{time.format(new Date(message.sentAt))}</time>
              </>
            ) : (
              <span className="tip-reply-panel__draft"> · {DRAFT_MARKER}</span>
            )}
            <p className="tip-reply-panel__text">{message.text}</p>
            <Attachments message={message} />
            {!message.sentAt && hasReplyBox && (
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                onClick={() => setEditing(message)}
              >
                Redigera utkastet
              </Button>
            )}
          </li>
        ))}
      </ol>
      {messages?.length === 0 && <p>Inga meddelanden ännu.</p>}
      {hasReplyBox === false && <p className="tip-reply-panel__no-box">{NO_REPLY_BOX}</p>}
      {hasReplyBox && (
        <TipReplyComposer
          api={`${api}/tip-messages`}
          tipId={String(id)}
          editing={editing}
          onSaved={async () => {
            setEditing(null)
            await load()
          }}
        />
      )}
    </section>
  )
}

/** The tipster's files, as links to the staff-only upload (editors may open them). */
function Attachments({ message }: { message: NewsroomMessage }) {
  const files = message.attachments ?? []
  if (files.length === 0) return null
  return (
    <ul className="tip-reply-panel__files" aria-label="Bilagor">
      {files.map((file) =>
        typeof file === 'object' && file.url ? (
          <li key={file.id}>
            <a href={file.url} target="_blank" rel="noreferrer">
              {file.filename ?? 'Bilaga'}
            </a>
          </li>
        ) : (
          <li key={typeof file === 'object' ? file.id : file}>
            En bilaga (bara redaktörer kan öppna den)
          </li>
        ),
      )}
    </ul>
  )
}
