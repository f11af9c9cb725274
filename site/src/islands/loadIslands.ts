import { loadPageFeedback } from './pageFeedback/loadPageFeedback'
import { loadReaderForms } from './readerForm/loadReaderForms'
import { setUpShareLinks } from './share/shareLinks'

/** Wires what the page has of the reader form, the feedback widget and the share links. */
export function loadIslands(): void {
  loadReaderForms()
  loadPageFeedback()
  setUpShareLinks()
}
