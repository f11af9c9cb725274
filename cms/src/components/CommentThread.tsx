'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import { COMMENT_EVENT_LABELS, type ThreadComment } from '../review/threadComment'

const time = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The article's internal thread (collection article-comments) in its "Interna kommentarer"
 * tab: comments and review notes, oldest first, and a box to write. Reads and writes through
 * the REST API with the user's own access.
 */
export function CommentThread() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}/article-comments`
  const [comments, setComments] = useState<ThreadComment[] | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isSending, setSending] = useState(false)
  const textId = useId()

  const load = useCallback(async () => {
    if (!id) return
    const query = `where[article][equals]=${encodeURIComponent(String(id))}&sort=createdAt&depth=1&limit=500`
    const response = await fetch(`${api}?${query}`, { credentials: 'include' })
    if (!response.ok) return setError('Kommentarerna kunde inte läsas.')
    setComments(((await response.json()) as { docs: ThreadComment[] }).docs)
  }, [api, id])

  useEffect(() => {
    void load()
    const reload = () => void load()
    window.addEventListener('redaktion:thread-changed', reload)
    return () => window.removeEventListener('redaktion:thread-changed', reload)
  }, [load])

  if (!id) return <p>Spara artikeln först, så kan redaktionen kommentera den här.</p>

  const send = async () => {
    setSending(true)
    setError(null)
    try {
      const response = await fetch(api, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ article: id, text }),
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as {
          errors?: { message?: string }[]
        }
        return setError(answer.errors?.[0]?.message ?? 'Kommentaren kunde inte sparas.')
      }
      setText('')
      await load()
    } catch {
      setError('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
    } finally {
      setSending(false)
    }
  }

  return (
    <section className="comment-thread" aria-label="Interna kommentarer">
      <p className="comment-thread__note">Syns bara för redaktionen, aldrig på webbplatsen.</p>
      <ol className="comment-thread__list">
        {(comments ?? []).map((comment) => (
          <li key={comment.id} className="comment-thread__item" data-comment-event={comment.event}>
            <strong>{authorName(comment)}</strong> ·{' '}
            <time dateTime={comment.createdAt}>{time.format(new Date(comment.createdAt))}</time>
            {comment.event && comment.event !== 'comment' && (
              <span className="comment-thread__event">
                {' '}
                · {COMMENT_EVENT_LABELS[comment.event]}
              </span>
            )}
            {comment.text && <p className="comment-thread__text">{comment.text}</p>}
          </li>
        ))}
      </ol>
      {comments?.length === 0 && <p>Inga kommentarer ännu.</p>}
      <label htmlFor={textId}>
        Ny kommentar (nämn en kollega med @ och delen före @ i e-postadressen)
      </label>
      <textarea
        id={textId}
        rows={3}
        maxLength={5000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p role="alert" className="comment-thread__error">
          {error}
        </p>
      )}
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={isSending || !text.trim()}
        onClick={send}
      >
        Skicka kommentar
      </Button>
    </section>
  )
}

const authorName = (comment: ThreadComment) =>
  typeof comment.author === 'object' && comment.author
    ? comment.author.name || comment.author.email
    : 'Redaktionen'
