/** A mailto link that opens the reader's own mail program with the page's title and address. */
export function shareMailto({ url, title }: { url: string; title: string }): string {
  // RFC 6068: header values percent-encoded, spaces as %20 (not +), which encodeURIComponent does.
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`
}
