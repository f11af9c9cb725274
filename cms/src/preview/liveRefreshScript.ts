import { createHash } from 'node:crypto'

/**
 * The one script a staff preview runs. In Payload's live-preview pane (an iframe, or the pop-up
 * window) it says "ready" to the admin, which then posts `payload-document-event` after every
 * save and autosave; on each, the script fetches the preview again and swaps in the new body,
 * keeping the scroll position. Opened on its own (the Förhandsgranska button) it does nothing.
 * Plain browser JavaScript in a string: it is inlined into the page and allowed by its hash, so
 * no other script (the site's own islands included) ever runs on the CMS's origin.
 */
export const LIVE_REFRESH_SCRIPT = `(() => {
  if (window.__redaktionPreview) return
  window.__redaktionPreview = true
  const host = window.opener || (window.parent !== window ? window.parent : null)
  if (!host) return
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
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== host) return
    if (event.data && event.data.type === 'payload-document-event') void refresh()
  })
  host.postMessage({ type: 'payload-live-preview', ready: true }, location.origin)
})()`

/** The CSP source that allows exactly this script. */
export const LIVE_REFRESH_SCRIPT_HASH = `'sha256-${createHash('sha256').update(LIVE_REFRESH_SCRIPT).digest('base64')}'`
