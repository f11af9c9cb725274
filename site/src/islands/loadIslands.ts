import { loadPageFeedback } from './pageFeedback/loadPageFeedback'
import { loadReaderForms } from './readerForm/loadReaderForms'
import { loadReplyBox } from './replyBox/loadReplyBox'
import { setUpShareLinks } from './share/shareLinks'

/** Wires what the page has of the reader form, the reply box, the feedback widget and the share links. */
export function loadIslands(): void {
  loadReaderForms()
  loadReplyBox()
  loadPageFeedback()
  setUpShareLinks()
}
