// Zod's setting first: the schemas below are built as their modules run.
import './withoutEval'

import type { SubmissionKind } from '@redaktion/content-schemas/submissions'
import type { AltchaWidgetElement } from 'altcha/external'

import { sendTimeoutMs } from '../../lib/submissions/sendTimeout'
import {
  buildSubmissionFormData,
  FILE_FIELDS,
  submissionEndpoint,
  submissionFields,
} from '../../lib/submissions/submissionFields'
import {
  readSubmissionResponse,
  type SubmissionOutcome,
} from '../../lib/submissions/submissionResponse'
import { validateSubmission } from '../../lib/submissions/validateSubmission'
import { captchaOf } from './captcha'
import { applyReplyTarget } from './applyReplyTarget'
import { createDraftKeeper } from './draftKeeper'
import { createErrorDisplay } from './errorDisplay'
import { emptyFields, readFiles, readValues } from './formValues'
import { READER_FORM_TEXT as TEXT } from './readerFormText'
import { refreshPlaces } from './places'
import { fillReceipt } from './receiptDisplay'

async function post(url: string, body: FormData, files: File[]): Promise<SubmissionOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'omit',
      signal: AbortSignal.timeout(sendTimeoutMs(files)),
    })
    return await readSubmissionResponse(response)
  } catch {
    return { type: 'unavailable' }
  }
}

/** Wires one reader form: type choice, drafts, checks, captcha, sending and the receipt. */
export function setUpReaderForm(root: HTMLElement): void {
  const form = root.querySelector('form')!
  const cmsUrl = root.dataset.cmsUrl!
  const articleId = root.dataset.articleId ?? null
  const eventId = root.dataset.eventId ?? null
  const errors = createErrorDisplay(form, form.id)
  const captcha = captchaOf(form.querySelector<AltchaWidgetElement>('altcha-widget')!)
  const status = form.querySelector<HTMLElement>('[data-status]')!
  const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!
  const draftNotice = form.querySelector<HTMLElement>('[data-draft-notice]')!
  const receipt = root.querySelector<HTMLElement>('[data-receipt]')!
  const honeypot = form.querySelector<HTMLInputElement>('input[name="website"]')!
  const submitLabels = JSON.parse(form.dataset.submitLabels!) as Record<SubmissionKind, string>
  const groups = new Map(
    [...form.querySelectorAll<HTMLFieldSetElement>('[data-kind-fields]')].map((group) => [
      group.dataset.kindFields as SubmissionKind,
      group,
    ]),
  )
  const drafts = createDraftKeeper({ groups, articleId, eventId })
  let isBusy = false

  const activeKind = () =>
    form.querySelector<HTMLInputElement>(
      'input[name="kind"]:checked, input[name="kind"][type="hidden"]',
    )!.value as SubmissionKind
  const groupOf = (kind: SubmissionKind) => groups.get(kind)!
  const kindOfField = (target: HTMLElement) =>
    target.closest<HTMLElement>('[data-kind-fields]')?.dataset.kindFields as
      SubmissionKind | undefined

  function showKind(kind: SubmissionKind) {
    for (const [groupKind, group] of groups) {
      group.hidden = groupKind !== kind
      group.disabled = groupKind !== kind
    }
    submit.textContent = submitLabels[kind]
    errors.clear()
  }

  /** An anonymous tip's contact fields are switched off, so they are neither kept nor sent. */
  function syncAnonymity() {
    const tip = groups.get('tip')
    const box = tip?.querySelector<HTMLInputElement>('input[name="anonymous"]')
    const contact = tip?.querySelector<HTMLFieldSetElement>('[data-contact-fields]')
    if (!box || !contact) return
    contact.hidden = box.checked
    contact.disabled = box.checked
  }

  function restoreDrafts() {
    const latest = drafts.restore()
    syncAnonymity()
    if (!latest) return
    const choice = form.querySelector<HTMLInputElement>(`input[type="radio"][value="${latest}"]`)
    if (choice) choice.checked = true
    showKind(latest)
    draftNotice.textContent = FILE_FIELDS[latest]
      ? `${TEXT.restored} ${TEXT.filesNotKept}`
      : TEXT.restored
    draftNotice.hidden = false
  }

  function startOver(kind: SubmissionKind) {
    drafts.forget(kind)
    emptyFields(groupOf(kind))
    syncAnonymity()
    errors.clear()
    draftNotice.hidden = true
  }

  function showOutcome(kind: SubmissionKind, outcome: SubmissionOutcome) {
    // Each challenge is accepted once, whatever the answer was: the next send solves a fresh one.
    captcha.reset()
    if (outcome.type === 'accepted') {
      startOver(kind)
      fillReceipt(receipt, outcome.receipt)
      form.hidden = true
      receipt.hidden = false
      return receipt.focus()
    }
    if (outcome.type === 'unavailable') {
      return errors.show({ title: TEXT.unavailableTitle, message: TEXT.unavailable })
    }
    const wait = outcome.retryAfterSeconds
    const message = [outcome.message, wait ? TEXT.retryIn(Math.ceil(wait / 60)) : '', TEXT.textKept]
    errors.show({
      title: TEXT.refusedTitle,
      message: message.filter(Boolean).join(' '),
      errors: outcome.errors,
    })
  }

  async function send(event: SubmitEvent) {
    event.preventDefault()
    if (isBusy) return
    const kind = activeKind()
    const group = groupOf(kind)
    const files = readFiles(group)
    drafts.keep(kind)
    const fields = submissionFields({
      kind,
      values: readValues(group),
      idempotencyKey: drafts.idempotencyKeyOf(kind),
      website: honeypot.value,
      articleId,
      eventId,
    })
    const problems = validateSubmission({ kind, fields, files })
    if (problems.length > 0) return errors.show({ title: TEXT.invalidTitle, errors: problems })

    errors.clear()
    isBusy = true
    submit.setAttribute('aria-disabled', 'true')
    try {
      status.textContent = TEXT.checking
      const altcha = await captcha.solve()
      status.textContent = TEXT.sending
      const url = submissionEndpoint(cmsUrl, kind)
      const outcome: SubmissionOutcome = altcha
        ? await post(url, buildSubmissionFormData({ kind, fields, files, altcha }), files)
        : { type: 'unavailable' }
      status.textContent = ''
      showOutcome(kind, outcome)
    } finally {
      isBusy = false
      submit.removeAttribute('aria-disabled')
    }
  }

  form.addEventListener('submit', (event) => void send(event))
  // Text is kept as it is typed; boxes when they change.
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement
    const kind = kindOfField(target)
    if (kind && target.type !== 'checkbox' && target.type !== 'file') drafts.keep(kind)
  })
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    if (target.name === 'kind') return showKind(target.value as SubmissionKind)
    if (target.name === 'anonymous') syncAnonymity()
    const kind = kindOfField(target)
    if (kind && target.type === 'checkbox') drafts.keep(kind)
  })
  form.querySelector('[data-clear-draft]')!.addEventListener('click', () => {
    startOver(activeKind())
    status.textContent = TEXT.cleared
  })
  receipt.querySelector('[data-new-submission]')!.addEventListener('click', () => {
    receipt.hidden = true
    form.hidden = false
    status.textContent = ''
    groupOf(activeKind()).querySelector<HTMLElement>('input, textarea')?.focus()
  })

  restoreDrafts()
  const debateGroup = groups.get('debate')
  if (debateGroup) applyReplyTarget(debateGroup, window.location.search)
  form.hidden = false
  if (eventId && groups.has('registration')) void refreshPlaces(root, cmsUrl, eventId)
}
