/**
 * "Skriv en replik" opens the debate form with `?replik=<article id>&rubrik=<title>`, both
 * written by the article's static page: the piece is sent with `repliesTo`, and the reader sees
 * what it answers. The CMS checks the id when the piece arrives.
 */
export function applyReplyTarget(group: HTMLElement, search: string): void {
  const query = new URLSearchParams(search)
  const id = query.get('replik')?.trim()
  const input = group.querySelector<HTMLInputElement>('input[name="repliesTo"]')
  const note = group.querySelector<HTMLElement>('[data-replies-to-note]')
  const title = group.querySelector<HTMLElement>('[data-replies-to-title]')
  if (!input || !note || !title) return
  input.value = id ?? ''
  title.textContent = query.get('rubrik')?.trim() || 'en publicerad debattartikel'
  note.hidden = !id
}
