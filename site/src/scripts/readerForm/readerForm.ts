import type { SubmissionKind, SubmissionReceipt } from '@redaktion/content-schemas/submissions'
import type { AltchaWidgetElement } from 'altcha/external'

import { formatDateTime } from '../../lib/format'
import {
  clearDraft,
  draftKey,
  loadDraft,
  saveDraft,
  type Draft,
} from '../../lib/submissions/drafts'
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
import { createErrorDisplay } from './errorDisplay'
import { emptyFields, readFiles, readValues, writeValues } from './formValues'
import { READER_FORM_TEXT as TEXT } from './readerFormText'

/** A send that has not been answered in this time is treated as not sent; the draft stays. */
const SEND_TIMEOUT_MS = 30_000

function storageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Wires one reader form: type choice, drafts, checks, captcha, sending and the receipt. */
export function setUpReaderForm(root: HTMLElement): void {
  const form = root.querySelector('form')!
  const cmsUrl = root.dataset.cmsUrl!
  const articleId = root.dataset.articleId ?? null
  const storage = storageOrNull()
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
  const keys = new Map<SubmissionKind, string>()
  let isBusy = false

  const activeKind = () =>
    form.querySelector<HTMLInputElement>(
      'input[name="kind"]:checked, input[name="kind"][type="hidden"]',
    )!.value as SubmissionKind
  const groupOf = (kind: SubmissionKind) => groups.get(kind)!
  const keyOf = (kind: SubmissionKind) => draftKey(kind, articleId)
  const idempotencyKeyOf = (kind: SubmissionKind) => {
    if (!keys.has(kind)) keys.set(kind, crypto.randomUUID())
    return keys.get(kind)!
  }

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

  function keepDraft(kind: SubmissionKind) {
    const draft: Draft = {
      idempotencyKey: idempotencyKeyOf(kind),
      values: readValues(groupOf(kind)),
      savedAt: new Date().toISOString(),
    }
    saveDraft(storage, keyOf(kind), draft)
  }

  function restoreDrafts() {
    const restored = [...groups.keys()]
      .map((kind) => ({ kind, draft: loadDraft(storage, keyOf(kind)) }))
      .filter((entry): entry is { kind: SubmissionKind; draft: Draft } => entry.draft !== null)
      .sort((a, b) => b.draft.savedAt.localeCompare(a.draft.savedAt))
    for (const { kind, draft } of restored) {
      writeValues(groupOf(kind), draft.values)
      keys.set(kind, draft.idempotencyKey)
    }
    const latest = restored[0]
    if (!latest) return
    const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${latest.kind}"]`)
    if (radio && radio.type === 'radio') radio.checked = true
    showKind(latest.kind)
    syncAnonymity()
    draftNotice.textContent = FILE_FIELDS[latest.kind]
      ? `${TEXT.restored} ${TEXT.filesNotKept}`
      : TEXT.restored
    draftNotice.hidden = false
  }

  async function post(kind: SubmissionKind, body: FormData): Promise<SubmissionOutcome> {
    try {
      const response = await fetch(submissionEndpoint(cmsUrl, kind), {
        method: 'POST',
        body,
        credentials: 'omit',
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      })
      return await readSubmissionResponse(response)
    } catch {
      return { type: 'unavailable' }
    }
  }

  function showReceipt(kind: SubmissionKind, accepted: SubmissionReceipt) {
    clearDraft(storage, keyOf(kind))
    keys.delete(kind)
    emptyFields(groupOf(kind))
    syncAnonymity()
    draftNotice.hidden = true
    receipt.querySelector('[data-receipt-message]')!.textContent = accepted.message
    receipt.querySelector('[data-receipt-reference]')!.textContent = accepted.reference
    const time = document.createElement('time')
    time.dateTime = accepted.receivedAt
    time.textContent = formatDateTime(accepted.receivedAt)
    receipt.querySelector('[data-receipt-time]')!.replaceChildren(time)
    form.hidden = true
    receipt.hidden = false
    receipt.focus()
  }

  function showOutcome(kind: SubmissionKind, outcome: SubmissionOutcome) {
    // Each challenge is accepted once, whatever the answer was: the next send solves a fresh one.
    captcha.reset()
    if (outcome.type === 'accepted') return showReceipt(kind, outcome.receipt)
    if (outcome.type === 'unavailable') {
      return errors.show({ title: TEXT.unavailableTitle, message: TEXT.unavailable })
    }
    const wait = outcome.retryAfterSeconds
    const message = [
      outcome.message,
      wait ? TEXT.retryIn(Math.ceil(wait / 60)) : null,
      TEXT.textKept,
    ].filter(Boolean)
    errors.show({ title: TEXT.refusedTitle, message: message.join(' '), errors: outcome.errors })
  }

  async function send(event: SubmitEvent) {
    event.preventDefault()
    if (isBusy) return
    const kind = activeKind()
    const group = groupOf(kind)
    const files = readFiles(group)
    keepDraft(kind)
    const fields = submissionFields({
      kind,
      values: readValues(group),
      idempotencyKey: idempotencyKeyOf(kind),
      website: honeypot.value,
      articleId,
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
      const outcome: SubmissionOutcome = altcha
        ? await post(kind, buildSubmissionFormData({ kind, fields, files, altcha }))
        : { type: 'unavailable' }
      status.textContent = ''
      showOutcome(kind, outcome)
    } finally {
      isBusy = false
      submit.removeAttribute('aria-disabled')
    }
  }

  function clearForm() {
    const kind = activeKind()
    emptyFields(groupOf(kind))
    syncAnonymity()
    clearDraft(storage, keyOf(kind))
    keys.delete(kind)
    errors.clear()
    draftNotice.hidden = true
    status.textContent = TEXT.cleared
  }

  form.addEventListener('submit', (event) => void send(event))
  // Text is kept as it is typed; boxes and the type choice when they change.
  const kindOfField = (target: HTMLInputElement) =>
    target.closest<HTMLElement>('[data-kind-fields]')?.dataset.kindFields as
      SubmissionKind | undefined
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement
    const kind = kindOfField(target)
    if (kind && target.type !== 'checkbox' && target.type !== 'file') keepDraft(kind)
  })
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    if (target.name === 'kind') return showKind(target.value as SubmissionKind)
    if (target.name === 'anonymous') syncAnonymity()
    const kind = kindOfField(target)
    if (kind && target.type === 'checkbox') keepDraft(kind)
  })
  form.querySelector('[data-clear-draft]')!.addEventListener('click', clearForm)
  receipt.querySelector('[data-new-submission]')!.addEventListener('click', () => {
    receipt.hidden = true
    form.hidden = false
    status.textContent = ''
    groupOf(activeKind()).querySelector<HTMLElement>('input, textarea')?.focus()
  })

  syncAnonymity()
  restoreDrafts()
}
