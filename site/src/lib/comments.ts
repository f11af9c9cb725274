/** "0 kommentarer", "1 kommentar", "12 kommentarer". */
export const commentCountText = (count: number): string =>
  `${count} ${count === 1 ? 'kommentar' : 'kommentarer'}`

/**
 * A comment's text as the paragraphs the reader typed: blank lines part them, single line
 * breaks stay inside one. The text is plain: the page escapes it, no markup is ever read.
 */
export function commentParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
}
