import { type LexicalNode, lexicalNodes, lexicalText } from './lexicalNodes'
import type { ReviewArticle } from './reviewArticle'
import type { ReviewFinding } from './reviewFinding'

/** Encrypted web links, mail and phone links, and the site's own pages (root-relative). */
const ACCEPTED = /^(?:https:\/\/|mailto:|tel:|#|\/(?!\/))/i

/** Where a body node links to, if it is a link: custom links, autolinks and embeds. */
function linkTarget(node: LexicalNode): string | null {
  const fields = node.fields ?? {}
  if (node.type === 'link' || node.type === 'autolink') {
    // An internal link points at another article: the site writes its path itself.
    if (fields.linkType === 'internal') return null
    return typeof fields.url === 'string' ? fields.url.trim() : ''
  }
  if (node.type === 'block' && fields.blockType === 'embed') {
    return typeof fields.url === 'string' ? fields.url.trim() : ''
  }
  return null
}

const shown = (url: string) => (url.length > 80 ? `${url.slice(0, 80)}…` : url)

/**
 * Links in the body that are not https: readers' browsers warn about http pages, and an
 * unencrypted page can be changed on the way. The site drops links it cannot make safe
 * (javascript:, data:), so those are named too.
 */
export function checkLinks(article: ReviewArticle): ReviewFinding[] {
  const findings: ReviewFinding[] = []
  for (const node of lexicalNodes(article.body)) {
    const target = linkTarget(node)
    if (target === null || ACCEPTED.test(target)) continue
    const text = lexicalText(node)
    const what = node.type === 'block' ? 'Inbäddningen' : `Länken ”${text || shown(target)}”`
    findings.push({
      check: 'insecure-link',
      message: target
        ? `${what} går till ${shown(target)}, som inte är https. Använd https:// om sidan finns så.`
        : `${what} saknar adress.`,
    })
  }
  return findings
}
