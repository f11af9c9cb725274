// Zod's setting first: the schemas below are built as their modules run.
import '../readerForm/withoutEval'

import type { AltchaWidgetElement } from 'altcha/external'

import { sendTimeoutMs } from '../../lib/submissions/sendTimeout'
import {
  answerFormData,
  openBody,
  readTipReplyResponse,
  replyBoxAnswerEndpoint,
  replyBoxOpenEndpoint,
  validateAnswer,
  validateOpen,
  type TipReplyOutcome,
} from '../../lib/submissions/tipReplyRequest'
import { captchaOf } from '../readerForm/captcha'
import { createErrorDisplay } from '../readerForm/errorDisplay'
import { READER_FORM_TEXT } from '../readerForm/readerFormText'
import { clearThread, showThread } from './threadDisplay'

const TEXT = {
  ...READER_FORM_TEXT,
  opening: 'Öppnar Svarslådan …',
  refusedTitle: 'Svarslådan kunde inte öppnas',
  answerRefusedTitle: 'Svaret kunde inte skickas',
  sent: 'Tack! Ditt svar är skickat till redaktionen.',
  locked: 'Svarslådan är låst. Skriv referensen och lösenfrasen för att öppna den igen.',
}

/** The reference and phrase of the open box: in this page's memory only, never stored. */
interface Session {
  reference: string
  phrase: string
  /** One per answer being written: a retry after a lost answer is stored once. */
  idempotencyKey: string
}

async function post(url: string, init: RequestInit, files: File[]): Promise<TipReplyOutcome> {
  try {
    const response = await fetch(url, {
      ...init,
      method: 'POST',
      credentials: 'omit',
      signal: AbortSignal.timeout(sendTimeoutMs(files)),
    })
    return await readTipReplyResponse(response)
  } catch {
    return { type: 'unavailable' }
  }
}

const field = (form: HTMLFormElement, name: string) =>
  form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!

/** Wires the box: open with reference + phrase, read and answer the thread, lock. */
export function setUpReplyBox(root: HTMLElement): void {
  const cmsUrl = root.dataset.cmsUrl!
  const openForm = root.querySelector<HTMLFormElement>('[data-reply-open]')!
  const section = root.querySelector<HTMLElement>('[data-reply-thread]')!
  const answerForm = section.querySelector<HTMLFormElement>('[data-reply-answer]')!
  const notice = section.querySelector<HTMLElement>('[data-thread-notice]')!
  const parts = (form: HTMLFormElement) => ({
    errors: createErrorDisplay(form, form.id),
    captcha: captchaOf(form.querySelector<AltchaWidgetElement>('altcha-widget')!),
    status: form.querySelector<HTMLElement>('[data-status]')!,
    submit: form.querySelector<HTMLButtonElement>('[data-submit]')!,
  })
  const opening = parts(openForm)
  const answering = parts(answerForm)
  let session: Session | null = null
  let isBusy = false

  /** Solves the captcha and sends; the form's own parts say what happens meanwhile. */
  async function send(
    form: ReturnType<typeof parts>,
    request: (altcha: string) => Promise<TipReplyOutcome>,
    sending: string,
  ): Promise<TipReplyOutcome> {
    isBusy = true
    form.submit.setAttribute('aria-disabled', 'true')
    try {
      form.status.textContent = TEXT.checking
      const altcha = await form.captcha.solve()
      form.status.textContent = sending
      const outcome = altcha ? await request(altcha) : ({ type: 'unavailable' } as const)
      form.status.textContent = ''
      // Each challenge is accepted once, whatever the answer was.
      form.captcha.reset()
      return outcome
    } finally {
      isBusy = false
      form.submit.removeAttribute('aria-disabled')
    }
  }

  function showRefusal(form: ReturnType<typeof parts>, title: string, outcome: TipReplyOutcome) {
    if (outcome.type === 'unavailable')
      return form.errors.show({ title: TEXT.unavailableTitle, message: TEXT.unavailable })
    if (outcome.type !== 'rejected') return
    const wait = outcome.retryAfterSeconds
    const retry = wait ? TEXT.retryIn(Math.ceil(wait / 60)) : ''
    form.errors.show({
      title,
      message: [outcome.message, retry].filter(Boolean).join(' '),
      errors: outcome.errors,
    })
  }

  async function open(event: SubmitEvent) {
    event.preventDefault()
    if (isBusy) return
    const fields = {
      reference: field(openForm, 'reference').value,
      phrase: field(openForm, 'phrase').value,
    }
    const problems = validateOpen(fields)
    if (problems.length > 0)
      return opening.errors.show({ title: TEXT.invalidTitle, errors: problems })
    opening.errors.clear()
    const outcome = await send(
      opening,
      (altcha) =>
        post(
          replyBoxOpenEndpoint(cmsUrl),
          {
            body: openBody({ ...fields, altcha }),
            headers: { 'Content-Type': 'application/json' },
          },
          [],
        ),
      TEXT.opening,
    )
    if (outcome.type !== 'opened') return showRefusal(opening, TEXT.refusedTitle, outcome)
    session = { ...fields, idempotencyKey: crypto.randomUUID() }
    // The fields are emptied: the phrase stays in memory only as long as the box is open.
    field(openForm, 'reference').value = ''
    field(openForm, 'phrase').value = ''
    showThread(section, outcome.thread)
    openForm.hidden = true
    section.hidden = false
    section.focus()
  }

  async function answer(event: SubmitEvent) {
    event.preventDefault()
    if (isBusy || !session) return
    const input = field(answerForm, 'attachments') as HTMLInputElement
    const files = input.files ? [...input.files] : []
    const fields = {
      reference: session.reference,
      phrase: session.phrase,
      idempotencyKey: session.idempotencyKey,
      message: field(answerForm, 'message').value,
    }
    const problems = validateAnswer({ fields, files })
    if (problems.length > 0)
      return answering.errors.show({ title: TEXT.invalidTitle, errors: problems })
    answering.errors.clear()
    notice.textContent = ''
    const outcome = await send(
      answering,
      (altcha) =>
        post(
          replyBoxAnswerEndpoint(cmsUrl),
          { body: answerFormData({ fields, files, altcha }) },
          files,
        ),
      TEXT.sending,
    )
    if (outcome.type !== 'opened') return showRefusal(answering, TEXT.answerRefusedTitle, outcome)
    session = { ...session, idempotencyKey: crypto.randomUUID() }
    field(answerForm, 'message').value = ''
    input.value = ''
    showThread(section, outcome.thread)
    notice.textContent = TEXT.sent
    notice.focus()
  }

  /** Forgets the session and everything shown of it, at once. */
  function lock(isAnnounced: boolean) {
    session = null
    clearThread(section)
    field(answerForm, 'message').value = ''
    ;(field(answerForm, 'attachments') as HTMLInputElement).value = ''
    answering.errors.clear()
    opening.errors.clear()
    section.hidden = true
    openForm.hidden = false
    opening.status.textContent = isAnnounced ? TEXT.locked : ''
    if (isAnnounced) field(openForm, 'reference').focus()
  }

  openForm.addEventListener('submit', (event) => void open(event))
  answerForm.addEventListener('submit', (event) => void answer(event))
  section.querySelector('[data-lock]')!.addEventListener('click', () => lock(true))
  // A page kept in the back-forward cache would come back open: lock it as the reader leaves.
  window.addEventListener('pagehide', () => lock(false))
  openForm.hidden = false
}
