import './withoutEval'

import { setUpReaderForm } from './readerForm'

export function setUpReaderForms(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-reader-form]')) {
    setUpReaderForm(root)
  }
}
