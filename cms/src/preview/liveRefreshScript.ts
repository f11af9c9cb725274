import { createHash } from 'node:crypto'

/**
 * The one script a staff preview runs. In Payload's live-preview pane (an iframe, or the pop-up
 * window) it says "ready" to the admin and re-renders after every save and autosave: it fetches
 * the preview again and swaps in the new body, keeping the scroll position. Opened on its own
 * (the Förhandsgranska button) it does nothing.
 *
 * What tells it that the draft changed: Payload 3.90's admin (ui LivePreviewWindow) posts
 * `payload-live-preview` with the unsaved form values on every change, before any save, and
 * `payload-document-event` when the document events report an update. The edit view reports
 * one after a save or autosave only once the follow-up form-state request has finished, and the
 * next autosave aborts that request, so while someone types the event can come late or never
 * (in the e2e the pane never showed the new sentence). So the script does not rely on either:
 * every 1.5 s while the page is visible (and at once on any message from the admin) it reads
 * the draft's `updatedAt` (same origin, the staff cookie, allowed by `connect-src 'self'`) and
 * refreshes when it differs from the one the page was rendered from (the strip's `<time>`).
 *
 * Plain browser JavaScript in a string: it is inlined into the page and allowed by its hash, so
 * no other script (the site's own islands included) ever runs on the CMS's origin.
 */
export const LIVE_REFRESH_SCRIPT = `(() => {
  if (window.__redaktionPreview) return
  window.__redaktionPreview = true
  const host = window.opener || (window.parent !== window ? window.parent : null)
  if (!host) return
  const match = /^\\/api\\/articles\\/([^/]+)\\/preview$/.exec(location.pathname)
  if (!match) return
  // Absolute: the page's <base> points relative URLs at the site, not the CMS.
  const draftUrl =
    location.origin + '/api/articles/' + match[1] + '?draft=true&depth=0&select[updatedAt]=true'
  const timeOf = (value) => {
    const time = value ? Date.parse(value) : NaN
    return Number.isNaN(time) ? null : time
  }
  const stripTime = document.querySelector('#redaktion-preview-strip time')
  let shownAt = timeOf(stripTime && stripTime.getAttribute('datetime'))
  let isLoading = false
  let isPending = false
  const refresh = async () => {
    if (isLoading) {
      isPending = true
      return
    }
    isLoading = true
    try {
      const response = await fetch(location.href, { credentials: 'same-origin', cache: 'no-store' })
      const next = new DOMParser().parseFromString(await response.text(), 'text/html')
      const y = window.scrollY
      document.title = next.title
      document.body.replaceWith(document.adoptNode(next.body))
      window.scrollTo(0, y)
    } catch (error) {
      console.warn('Förhandsvisningen kunde inte uppdateras', error)
    } finally {
      isLoading = false
      if (isPending) {
        isPending = false
        void refresh()
      }
    }
  }
  let isChecking = false
  const check = async () => {
    if (isChecking || document.visibilityState !== 'visible') return
    isChecking = true
    try {
      const response = await fetch(draftUrl, { credentials: 'same-origin', cache: 'no-store' })
      if (!response.ok) return
      const savedAt = timeOf((await response.json()).updatedAt)
      if (savedAt === null || savedAt === shownAt) return
      const isFirst = shownAt === null && !stripTime
      shownAt = savedAt
      // An error page (no strip) learns the current time first and refreshes on the next save.
      if (!isFirst) await refresh()
    } catch (error) {
      console.warn('Förhandsvisningen kunde inte läsa utkastet', error)
    } finally {
      isChecking = false
    }
  }
  setInterval(() => void check(), 1500)
  document.addEventListener('visibilitychange', () => void check())
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== host) return
    const type = event.data && event.data.type
    if (type === 'payload-document-event' || type === 'payload-live-preview') void check()
  })
  host.postMessage({ type: 'payload-live-preview', ready: true }, location.origin)
})()`

/** The CSP source that allows exactly this script. */
export const LIVE_REFRESH_SCRIPT_HASH = `'sha256-${createHash('sha256').update(LIVE_REFRESH_SCRIPT).digest('base64')}'`
