// The self-hosted proof-of-work captcha. `altcha/external` carries no inline styles or worker
// blobs, so the page's CSP needs nothing beyond 'self': its CSS is a file of the site's own,
// fetched with the form's (loadReaderForms), and so is the SHA-256 worker (worker-src 'self').
import 'altcha/external'
import 'altcha/i18n/sv'

import type { AltchaWidgetElement } from 'altcha/external'
import ShaWorker from 'altcha/workers/sha?worker'

/** The challenge request gives up like the submission does, so a hung CMS cannot hang the form. */
const CHALLENGE_TIMEOUT_MS = 30_000

// The CMS issues SHA-256 challenges (altcha-lib); no other algorithm is registered.
$altcha.algorithms.set('SHA-256', () => new ShaWorker())
// Defaults rather than `widget.configure()`: they are read when a widget mounts, which happens a
// moment after this module has run. No pointer or scroll tracking (human interaction signature):
// readers who send tips deserve not to be watched. The logo and footer would only link away.
$altcha.defaults.set({
  humanInteractionSignature: false,
  hideLogo: true,
  hideFooter: true,
  fetch: (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(CHALLENGE_TIMEOUT_MS) }),
})

export interface Captcha {
  /** The payload for the `altcha` field: solved now, or already while the reader was typing. */
  solve(): Promise<string | null>
  /** Forgets a used or refused solution; every challenge is accepted once only. */
  reset(): void
}

interface StateDetail {
  state: string
  payload: string | null
}

export function captchaOf(widget: AltchaWidgetElement): Captcha {
  let payload: string | null = null
  const settle = () =>
    new Promise<string | null>((resolve) => {
      const onChange = (event: Event) => {
        const { state } = (event as CustomEvent<StateDetail>).detail
        if (state === 'verifying') return
        widget.removeEventListener('statechange', onChange)
        resolve(state === 'verified' ? payload : null)
      }
      widget.addEventListener('statechange', onChange)
    })

  widget.addEventListener('statechange', (event) => {
    const detail = (event as CustomEvent<StateDetail>).detail
    payload = detail.state === 'verified' ? detail.payload : null
  })

  return {
    async solve() {
      const state = widget.getState()
      if (state === 'verified' && payload) return payload
      // Started on focus and still working: wait for it rather than throw its work away.
      if (state === 'verifying') return settle()
      const result = await widget.verify()
      return result?.payload ?? null
    },
    reset() {
      payload = null
      widget.reset()
    },
  }
}
