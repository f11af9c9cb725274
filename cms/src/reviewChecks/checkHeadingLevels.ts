import { lexicalNodes, lexicalText } from './lexicalNodes'
import type { ReviewArticle } from './reviewArticle'
import type { ReviewFinding } from './reviewFinding'

/** The article template gives the headline level 1; the body's headings continue from it. */
const TITLE_LEVEL = 1

const quoted = (text: string) => `”${text.length > 60 ? `${text.slice(0, 60)}…` : text || '(tom)'}”`

/**
 * Headings in the body that skip a level (a level 4 right after a level 2) or repeat the
 * headline's level 1: screen reader users move through an article by its heading levels.
 */
export function checkHeadingLevels(article: ReviewArticle): ReviewFinding[] {
  const findings: ReviewFinding[] = []
  let previous = TITLE_LEVEL
  for (const node of lexicalNodes(article.body)) {
    if (node.type !== 'heading' || !/^h[1-6]$/.test(node.tag ?? '')) continue
    const level = Number(node.tag!.slice(1))
    const heading = quoted(lexicalText(node))
    if (level === TITLE_LEVEL) {
      findings.push({
        check: 'heading-levels',
        message: `Rubriken ${heading} i brödtexten har nivå 1, som bara artikelns rubrik ska ha. Använd nivå 2 för mellanrubriker.`,
      })
    } else if (level > previous + 1) {
      const skipped = Array.from(
        { length: level - previous - 1 },
        (_, index) => previous + 1 + index,
      )
      findings.push({
        check: 'heading-levels',
        message: `Rubriken ${heading} har nivå ${level} men kommer efter nivå ${previous}: ${skipped.length === 1 ? 'nivå' : 'nivåerna'} ${skipped.join(' och ')} hoppas över.`,
      })
    }
    previous = level
  }
  return findings
}
