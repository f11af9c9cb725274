// Only `/tipsa/svar/` has the box; there its code (captcha, schemas, sending) is fetched at once.
import { loadFormStyles } from '../readerForm/loadReaderForms'

const LOADING = 'Svarslådan laddas …'
const LOAD_FAILED =
  'Svarslådan kunde inte laddas. Kontrollera din anslutning och ladda om sidan för att försöka igen.'

async function setUp(root: HTMLElement): Promise<void> {
  const note = root.querySelector<HTMLElement>('[data-loading-note]')!
  note.textContent = LOADING
  note.hidden = false
  try {
    const [{ setUpReplyBox }] = await Promise.all([import('./replyBox'), loadFormStyles()])
    setUpReplyBox(root)
    note.hidden = true
  } catch {
    note.textContent = LOAD_FAILED
  }
}

export function loadReplyBox(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-reply-box]')) void setUp(root)
}
