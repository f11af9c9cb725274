import type { FieldValues } from '../../lib/submissions/submissionFields'

type Control = HTMLInputElement | HTMLTextAreaElement

const isCheckbox = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && control.type === 'checkbox'

function controlsOf(group: HTMLElement): Control[] {
  return [...group.querySelectorAll<Control>('input[name], textarea[name]')].filter(
    (control) => control.type !== 'file',
  )
}

/** What the reader has entered in one kind's fields; switched-off fields count as not given. */
export function readValues(group: HTMLElement): FieldValues {
  const values: FieldValues = {}
  for (const control of controlsOf(group)) {
    if (control.matches(':disabled')) continue
    values[control.name] = isCheckbox(control) ? control.checked : control.value
  }
  return values
}

export function writeValues(group: HTMLElement, values: FieldValues): void {
  for (const control of controlsOf(group)) {
    const value = values[control.name]
    if (isCheckbox(control)) control.checked = value === true
    else if (typeof value === 'string') control.value = value
  }
}

export function readFiles(group: HTMLElement): File[] {
  const input = group.querySelector<HTMLInputElement>('input[type="file"]')
  return input?.files ? [...input.files] : []
}

export function emptyFields(group: HTMLElement): void {
  for (const control of controlsOf(group)) {
    if (isCheckbox(control)) control.checked = false
    else control.value = ''
  }
  const fileInput = group.querySelector<HTMLInputElement>('input[type="file"]')
  if (fileInput) fileInput.value = ''
}
