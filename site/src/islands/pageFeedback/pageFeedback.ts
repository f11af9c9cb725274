// Zod's setting first: the schema below is built as its module runs.
import '../readerForm/withoutEval'

import { parsePageFeedback, SUBMISSION_LIMITS } from '@redaktion/content-schemas/submissions'
import type { AltchaWidgetElement } from 'altcha/external'

import {
  pageFeedbackEndpoint,
  pageFeedbackFormData,
  readPageFeedbackResponse,
  type PageFeedbackOutcome,
} from '../../lib/submissions/pageFeedbackRequest'
import { sendTimeoutMs } from '../../lib/submissions/sendTimeout'
import { captchaOf, type Captcha } from '../readerForm/captcha'

type Answer = 'yes' | 'no'

const TEXT = {
  checking: 'Robotkontrollen räknar …',
  sending: 'Skickar …',
  thanks: 'Tack för ditt svar!',
  unavailable: 'Det gick inte att skicka just nu. Försök igen om en stund.',
  textKept: 'Din text finns kvar.',
  count: (length: number) => `${length} av ${SUBMISSION_LIMITS.pageFeedbackText} tecken`,
}

interface Widget {
  captcha: Captcha
  /** One per answer and page view, never stored: a retry of the same answer is recognised. */
  keys: Record<Answer, string>
  isBusy: boolean
}

const widgets = new WeakMap<HTMLFormElement, Widget>()

/** The captcha widget, out of sight: the reader has already acted, so it only has to be solved. */
async function mountCaptcha(root: HTMLFormElement): Promise<Captcha> {
  const widget = document.createElement('altcha-widget') as AltchaWidgetElement
  widget.setAttribute('challenge', root.dataset.challenge!)
  widget.setAttribute('name', 'altcha')
  widget.setAttribute('language', 'sv')
  root.querySelector('[data-feedback-captcha]')!.append(widget)
  // The element mounts a moment after it is connected; until then it has no state to ask.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if (widget.getState()) break
    } catch {
      // not mounted yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return captchaOf(widget)
}

const parts = (root: HTMLFormElement) => ({
  question: root.querySelector<HTMLFieldSetElement>('[data-feedback-question]')!,
  more: root.querySelector<HTMLElement>('[data-feedback-more]')!,
  text: root.querySelector<HTMLTextAreaElement>('textarea')!,
  count: root.querySelector<HTMLElement>('[data-feedback-count]')!,
  error: root.querySelector<HTMLElement>('.field-error')!,
  status: root.querySelector<HTMLElement>('[data-feedback-status]')!,
})

let pending: Map<HTMLFormElement, Promise<Widget>> | undefined
function widgetOf(root: HTMLFormElement): Promise<Widget> {
  const known = widgets.get(root)
  if (known) return Promise.resolve(known)
  pending ??= new Map()
  let made = pending.get(root)
  if (!made) {
    made = mountCaptcha(root).then((captcha) => {
      const widget: Widget = {
        captcha,
        keys: { yes: crypto.randomUUID(), no: crypto.randomUUID() },
        isBusy: false,
      }
      widgets.set(root, widget)
      const { text, count } = parts(root)
      text.addEventListener('input', () => (count.textContent = TEXT.count(text.value.length)))
      return widget
    })
    pending.set(root, made)
  }
  return made
}

function showError(root: HTMLFormElement, message: string | null) {
  const { text, error } = parts(root)
  error.textContent = message ?? ''
  error.hidden = message === null
  if (message === null) {
    text.removeAttribute('aria-invalid')
    text.setAttribute('aria-describedby', 'sidfeedback-hjalp sidfeedback-antal')
  } else {
    text.setAttribute('aria-invalid', 'true')
    text.setAttribute('aria-describedby', 'sidfeedback-hjalp sidfeedback-fel sidfeedback-antal')
    text.focus()
  }
}

async function post(root: HTMLFormElement, body: FormData): Promise<PageFeedbackOutcome> {
  try {
    const response = await fetch(pageFeedbackEndpoint(root.dataset.cmsUrl!), {
      method: 'POST',
      body,
      credentials: 'omit',
      signal: AbortSignal.timeout(sendTimeoutMs([])),
    })
    return await readPageFeedbackResponse(response)
  } catch {
    return { type: 'unavailable' }
  }
}

async function send(root: HTMLFormElement, answer: Answer): Promise<void> {
  const widget = await widgetOf(root)
  if (widget.isBusy) return
  const { question, more, text, status } = parts(root)
  const page = root.dataset.page!
  const typed = answer === 'no' ? text.value : ''
  // The shared schema first, so a problem with the text is told before anything is sent.
  const checked = parsePageFeedback({
    idempotencyKey: widget.keys[answer],
    page,
    answer,
    ...(typed.trim() ? { text: typed } : {}),
  })
  if (!checked.success) {
    const textError = checked.errors.find((error) => error.field === 'text')
    if (textError) return showError(root, textError.message)
    status.textContent = checked.errors[0]?.message ?? TEXT.unavailable
    return
  }
  showError(root, null)
  widget.isBusy = true
  root.setAttribute('aria-busy', 'true')
  try {
    status.textContent = TEXT.checking
    const altcha = await widget.captcha.solve()
    status.textContent = TEXT.sending
    const outcome: PageFeedbackOutcome = altcha
      ? await post(
          root,
          pageFeedbackFormData({
            page,
            answer,
            text: typed,
            idempotencyKey: widget.keys[answer],
            altcha,
          }),
        )
      : { type: 'unavailable' }
    // Each challenge is accepted once, whatever the answer was.
    widget.captcha.reset()
    if (outcome.type === 'accepted') {
      question.hidden = true
      more.hidden = true
      status.textContent = TEXT.thanks
      status.focus()
      return
    }
    const kept = answer === 'no' && typed.trim() ? ` ${TEXT.textKept}` : ''
    if (outcome.type === 'unavailable') {
      status.textContent = `${TEXT.unavailable}${kept}`
      return
    }
    const textError = outcome.errors.find(
      (error) => error.field === 'text' || error.field === 'feedbackText',
    )
    if (textError) showError(root, textError.message)
    status.textContent = `${outcome.message}${kept}`
  } finally {
    widget.isBusy = false
    root.removeAttribute('aria-busy')
  }
}

/** Ja sends at once; Nej first asks what was missing (the text is optional). */
export async function answer(root: HTMLFormElement, value: Answer): Promise<void> {
  const { question, more, text } = parts(root)
  for (const button of question.querySelectorAll<HTMLButtonElement>('[data-answer]')) {
    button.setAttribute('aria-pressed', String(button.dataset.answer === value))
  }
  if (value === 'yes') {
    more.hidden = true
    return send(root, 'yes')
  }
  more.hidden = false
  text.focus()
  // Solving starts now, so it is usually done when the reader presses Skicka.
  const widget = await widgetOf(root)
  void widget.captcha.solve()
}

export function sendText(root: HTMLFormElement): Promise<void> {
  return send(root, 'no')
}
