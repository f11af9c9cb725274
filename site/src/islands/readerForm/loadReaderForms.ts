// The form's own script (captcha, schemas, sending) weighs over 50 kB compressed, five times the
// rest of an article page, and most readers never use the form. So under an article it is fetched only when
// the reader comes near the form, enters its region or follows a link to it; on the form's own
// pages at once. Until it has run, the form stays hidden: nothing can be typed that could be lost.
import altchaStyles from 'altcha/altcha.css?url'

import formStyles from '../../styles/readerForm.css?url'
import type { setUpReaderForm } from './readerForm'

/** How far outside the viewport the form starts to load, so a reader scrolling down finds it ready. */
const NEAR_MARGIN = '800px'

// Not in READER_FORM_TEXT, which would then come to every article page with these.
const TEXT = {
  loading: 'Formuläret laddas …',
  loadFailed:
    'Formuläret kunde inte laddas. Kontrollera din anslutning och ladda om sidan för att försöka igen.',
}

/** Resolves once the stylesheet has loaded, so the form is never shown unstyled. */
function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.addEventListener('load', () => resolve())
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)))
    document.head.append(link)
  })
}

// The styles are linked by URL: imported as CSS, they would be linked from every page's head.
let formStylesLoaded: Promise<void> | undefined
/** The captcha's and the forms' stylesheets, linked once per page (the reply box uses them too). */
export const loadFormStyles = () =>
  (formStylesLoaded ??= Promise.all([
    loadStylesheet(altchaStyles),
    loadStylesheet(formStyles),
  ]).then(() => undefined))

let formModule: Promise<{ setUpReaderForm: typeof setUpReaderForm }> | undefined
const loadFormModule = () =>
  (formModule ??= Promise.all([import('./readerForm'), loadFormStyles()]).then(
    ([module]) => module,
  ))

/** The button that stands for a form loaded on interaction, if the region has one. */
const openerOf = (area: HTMLElement | null) =>
  area?.querySelector<HTMLButtonElement>('[data-reader-form-open]') ?? null

async function setUp(root: HTMLElement, area: HTMLElement | null = null): Promise<void> {
  const note = root.querySelector<HTMLElement>('[data-loading-note]')!
  note.textContent = TEXT.loading
  note.hidden = false
  try {
    const { setUpReaderForm } = await loadFormModule()
    setUpReaderForm(root)
    note.hidden = true
    const opener = openerOf(area)
    if (!opener) return
    // The form takes the button's place, and the focus the reader gave it. After the task that
    // asked for the form: a press gives the button its focus only after the pointerdown that
    // started this, and the script may have been here already.
    await new Promise((resolve) => setTimeout(resolve))
    const active = document.activeElement
    opener.hidden = true
    if (active === opener || active === document.body || active === null)
      root.querySelector<HTMLElement>('form input:not([type="hidden"]), form textarea')?.focus()
  } catch {
    note.textContent = TEXT.loadFailed
  }
}

/** Whether the address's fragment points at the area or at something inside it. */
function isLinkedTo(area: HTMLElement): boolean {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1))
    const target = id ? document.getElementById(id) : null
    return target !== null && area.contains(target)
  } catch {
    return false
  }
}

/**
 * Calls `start` once: when the area is focused or pressed, is linked to, or (`isNearEnough`)
 * nears the viewport.
 */
function whenWanted(area: HTMLElement, start: () => void, isNearEnough: boolean): void {
  const listeners = new AbortController()
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) startOnce()
    },
    { rootMargin: `${NEAR_MARGIN} 0px` },
  )
  let isStarted = false
  function startOnce() {
    if (isStarted) return
    isStarted = true
    observer.disconnect()
    listeners.abort()
    start()
  }

  const { signal } = listeners
  area.addEventListener('focusin', startOnce, { signal })
  area.addEventListener('pointerdown', startOnce, { signal })
  window.addEventListener(
    'hashchange',
    () => {
      if (isLinkedTo(area)) startOnce()
    },
    { signal },
  )
  if (isLinkedTo(area)) startOnce()
  else if (isNearEnough) observer.observe(area)
}

/**
 * Sets up every reader form on the page: at once, or, for `data-loading="lazy"` and
 * `"interaction"`, when its region (`[data-reader-form-region]`, else the form itself) is wanted.
 */
export function loadReaderForms(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-reader-form]')) {
    const { loading } = root.dataset
    if (loading !== 'lazy' && loading !== 'interaction') {
      void setUp(root)
      continue
    }
    const area = root.closest<HTMLElement>('[data-reader-form-region]') ?? root
    // Without this script the button could do nothing, so only the script shows it.
    const opener = openerOf(area)
    if (opener) opener.hidden = false
    whenWanted(area, () => void setUp(root, area), loading === 'lazy')
  }
}
