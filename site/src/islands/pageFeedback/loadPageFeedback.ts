// Part of every page's first load, so it only listens: the widget's code (captcha, schema,
// sending) is fetched when the reader first focuses or presses it.
import type * as PageFeedback from './pageFeedback'

const LOAD_FAILED = 'Det gick inte att ladda svarsfunktionen. Ladda om sidan och försök igen.'

function setUp(root: HTMLFormElement): void {
  let module: Promise<typeof PageFeedback> | undefined
  const load = () => (module ??= import('./pageFeedback'))
  const run = (act: (loaded: typeof PageFeedback) => void) =>
    load().then(act, () => {
      module = undefined
      root.querySelector('[data-feedback-status]')!.textContent = LOAD_FAILED
    })

  root.addEventListener('focusin', () => void load().catch(() => undefined), { once: true })
  root.addEventListener('pointerdown', () => void load().catch(() => undefined), { once: true })
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-answer]')
    if (button) void run((loaded) => loaded.answer(root, button.dataset.answer as 'yes' | 'no'))
  })
  root.addEventListener('submit', (event) => {
    event.preventDefault()
    void run((loaded) => loaded.sendText(root))
  })
  root.hidden = false
}

export function loadPageFeedback(): void {
  for (const root of document.querySelectorAll<HTMLFormElement>('[data-page-feedback]')) setUp(root)
}
