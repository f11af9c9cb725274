import { loadPageFeedback } from './pageFeedback/loadPageFeedback'
import { loadReaderForms } from './readerForm/loadReaderForms'
import { highlightSearchedWords } from '../lib/searchHighlight'
import { setUpShareLinks } from './share/shareLinks'

/**
 * Wires what the page has of the reader form, the reply box, the feedback widget and the share
 * links, and marks the searched words on a page opened from a search result (here: a script of
 * its own, inlined with its CSP hash, made the article's first load 133 bytes larger).
 */
export function loadIslands(): void {
  loadReaderForms()
  // Only /tipsa/svar/ has the reply box: its loader stays out of every other page's first load.
  if (document.querySelector('[data-reply-box]'))
    void import('./replyBox/loadReplyBox').then(({ loadReplyBox }) => loadReplyBox())
  loadPageFeedback()
  setUpShareLinks()
  void highlightSearchedWords()
}
