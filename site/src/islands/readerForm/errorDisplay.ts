import type { FieldError } from '@redaktion/content-schemas/submissions'

import { fieldIds } from '../../lib/submissions/fieldIds'

/** What the summary at the top of the form says; the field errors become links to the fields. */
export interface Problem {
  title: string
  message?: string
  errors?: FieldError[]
}

/**
 * Shows problems twice, as the GOV.UK pattern does: beside each field (described by it, marked
 * invalid) and in a summary at the top that takes the focus, so keyboard and screen-reader users
 * learn what is wrong at once and can jump to each field.
 */
export function createErrorDisplay(form: HTMLFormElement, idPrefix: string) {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!
  const title = summary.querySelector<HTMLElement>('[data-error-title]')!
  const message = summary.querySelector<HTMLElement>('[data-error-message]')!
  const list = summary.querySelector<HTMLUListElement>('[data-error-list]')!
  const marked = new Set<HTMLElement>()

  /** The element a field's error belongs to, and the one focused to fix it. */
  function locate(field: string) {
    const ids = fieldIds(idPrefix, field)
    const error = form.querySelector<HTMLElement>(`#${CSS.escape(ids.error)}`)
    const control = form.querySelector<HTMLElement>(`#${CSS.escape(ids.control)}`)
    if (!error || !control || control.closest(':disabled, [hidden]')) return null
    // The captcha's own checkbox lives inside the widget.
    const focusTarget =
      field === 'altcha' ? control.querySelector<HTMLElement>('input[type="checkbox"]') : control
    return { ids, error, control, focusTarget: focusTarget ?? control }
  }

  function markField(fieldError: FieldError) {
    const found = locate(fieldError.field)
    if (!found) return null
    found.error.textContent = fieldError.message
    found.error.hidden = false
    // The captcha's wrapper is no form control; its message stands beside the widget.
    if (!found.control.matches('input, textarea')) return found
    const describedBy = found.control.getAttribute('aria-describedby') ?? ''
    found.control.dataset.describedBy = describedBy
    found.control.setAttribute('aria-describedby', `${describedBy} ${found.ids.error}`.trim())
    found.control.setAttribute('aria-invalid', 'true')
    marked.add(found.control)
    return found
  }

  function summaryItem(fieldError: FieldError, target: HTMLElement | null): HTMLLIElement {
    const item = document.createElement('li')
    if (!target) {
      item.textContent = fieldError.message
      return item
    }
    const link = document.createElement('a')
    link.href = `#${target.id || fieldIds(idPrefix, fieldError.field).control}`
    link.textContent = fieldError.message
    link.addEventListener('click', (event) => {
      event.preventDefault()
      target.focus()
      target.closest('.field')?.scrollIntoView({ block: 'start' })
    })
    item.append(link)
    return item
  }

  function clear() {
    summary.hidden = true
    list.replaceChildren()
    for (const control of marked) {
      control.removeAttribute('aria-invalid')
      const original = control.dataset.describedBy
      if (original) control.setAttribute('aria-describedby', original)
      else control.removeAttribute('aria-describedby')
      delete control.dataset.describedBy
    }
    marked.clear()
    for (const error of form.querySelectorAll<HTMLElement>('.field-error')) {
      error.hidden = true
      error.textContent = ''
    }
  }

  function show(problem: Problem) {
    clear()
    title.textContent = problem.title
    message.textContent = problem.message ?? ''
    message.hidden = !problem.message
    const located = (problem.errors ?? []).map((error) => ({ error, found: markField(error) }))
    // The summary lists problems in the order of the fields on the page.
    located.sort((a, b) =>
      a.found && b.found
        ? a.found.control.compareDocumentPosition(b.found.control) &
          Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1
        : Number(Boolean(a.found)) - Number(Boolean(b.found)),
    )
    list.replaceChildren(
      ...located.map(({ error, found }) => summaryItem(error, found?.focusTarget ?? null)),
    )
    list.hidden = located.length === 0
    summary.hidden = false
    summary.focus()
  }

  return { show, clear }
}
