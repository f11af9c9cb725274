// Part of every page's first load, so it stays a few lines: the browser's own Clipboard and Web
// Share APIs, nothing fetched.
const COPIED = 'Länken är kopierad.'
const COPY_BY_HAND =
  'Länken kunde inte kopieras automatiskt. Den är markerad här – kopiera den själv.'

function setUp(root: HTMLElement): void {
  const { url = location.href, title = document.title } = root.dataset
  const status = root.querySelector<HTMLElement>('[data-share-status]')!
  const item = (name: string) => root.querySelector<HTMLElement>(`[data-share-item="${name}"]`)!

  item('copy').hidden = false
  root.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url)
      status.textContent = COPIED
    } catch {
      // No Clipboard API (an insecure page, an old browser) or no permission: the address to copy by hand.
      root.querySelector<HTMLElement>('[data-copy-fallback]')!.hidden = false
      const field = root.querySelector<HTMLInputElement>('[data-copy-field]')!
      field.focus()
      field.select()
      status.textContent = COPY_BY_HAND
    }
  })

  if (typeof navigator.share !== 'function') return
  item('share').hidden = false
  root.querySelector('[data-web-share]')!.addEventListener('click', () => {
    // A reader who closes the share sheet rejects the promise; there is nothing to say about it.
    navigator.share({ title, url }).catch(() => undefined)
  })
}

export function setUpShareLinks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-share]')) setUp(root)
}
