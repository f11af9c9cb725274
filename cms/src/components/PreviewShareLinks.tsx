'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

interface ShareLink {
  id: string
  expiresAt: string
  createdAt: string
}

interface CreatedLink extends ShareLink {
  url: string
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'medium',
    timeStyle: 'short',
  })

const failure = (answer: { errors?: { message?: string }[]; message?: string }) =>
  answer.errors?.[0]?.message ?? answer.message ?? 'Något gick fel. Försök igen om en stund.'

/**
 * "Dela förhandsvisning" in the article's sidebar, for editors: makes a fact-check link (shown
 * once, to copy), lists the links that still work and revokes them.
 */
export function PreviewShareLinks() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.routes.api}/preview-links`
  const [links, setLinks] = useState<ShareLink[]>([])
  const [created, setCreated] = useState<CreatedLink | null>(null)
  const [isWorking, setWorking] = useState(false)
  const isEditor = user?.role === 'admin' || user?.role === 'editor'

  const refresh = useCallback(async () => {
    if (!id) return
    const query = new URLSearchParams({
      'where[article][equals]': String(id),
      'where[revokedAt][exists]': 'false',
      'where[expiresAt][greater_than]': new Date().toISOString(),
      sort: '-createdAt',
      depth: '0',
      limit: '20',
    })
    const response = await fetch(`${api}?${query}`, { credentials: 'include' })
    if (response.ok) setLinks(((await response.json()) as { docs: ShareLink[] }).docs)
  }, [api, id])

  useEffect(() => {
    if (isEditor) void refresh()
  }, [isEditor, refresh])

  const send = async (path: string, method: 'POST' | 'PATCH', body: object) => {
    setWorking(true)
    try {
      const response = await fetch(`${api}${path}`, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as {
        doc?: CreatedLink
        errors?: { message?: string }[]
        message?: string
      }
      if (!response.ok) {
        toast.error(failure(answer))
        return null
      }
      await refresh()
      return answer.doc ?? null
    } catch {
      toast.error('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
      return null
    } finally {
      setWorking(false)
    }
  }

  const create = async () => {
    const doc = await send('', 'POST', { article: id })
    if (doc?.url) setCreated(doc)
  }

  const revoke = async (linkId: string) => {
    if (await send(`/${linkId}`, 'PATCH', { revokedAt: new Date().toISOString() })) {
      if (created?.id === linkId) setCreated(null)
      toast.success('Länken är återkallad och fungerar inte längre.')
    }
  }

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      toast.success('Länken är kopierad.')
    } catch {
      toast.error('Kunde inte kopiera. Markera länken och kopiera den själv.')
    }
  }

  if (!isEditor) return null
  return (
    <section className="preview-share-links field-type" aria-labelledby="preview-share-title">
      <h3 id="preview-share-title" style={{ margin: '0 0 8px' }}>
        Dela förhandsvisning
      </h3>
      {!id ? (
        <p>Spara artikeln först, så kan du dela en förhandsvisning av den.</p>
      ) : (
        <>
          <p style={{ margin: '0 0 8px' }}>
            En länk för en källas faktagranskning: visar bara den här artikeln, utan inloggning, i
            48 timmar eller tills du återkallar den.
          </p>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={isWorking}
            onClick={() => void create()}
          >
            Skapa länk
          </Button>
          {created && (
            <div className="preview-share-links__created" style={{ marginTop: 8 }}>
              <label htmlFor="preview-share-url">Ny länk (visas bara nu)</label>
              <input
                id="preview-share-url"
                readOnly
                value={created.url}
                onFocus={(event) => event.currentTarget.select()}
                style={{ width: '100%' }}
              />
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                onClick={() => void copy(created.url)}
              >
                Kopiera länken
              </Button>
            </div>
          )}
          {links.length > 0 && (
            <ul className="preview-share-links__list" style={{ padding: 0, listStyle: 'none' }}>
              {links.map((link) => (
                <li key={link.id} data-preview-link={link.id} style={{ marginTop: 8 }}>
                  <span>
                    Skapad {when(link.createdAt)}, gäller till {when(link.expiresAt)}
                  </span>{' '}
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    margin={false}
                    disabled={isWorking}
                    onClick={() => void revoke(link.id)}
                  >
                    Återkalla
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
