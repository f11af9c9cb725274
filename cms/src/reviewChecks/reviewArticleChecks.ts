import { checkAccessibility } from './checkAccessibility'
import { checkHeadingLevels } from './checkHeadingLevels'
import { checkHero } from './checkHero'
import { checkLead } from './checkLead'
import { checkLinks } from './checkLinks'
import { checkSeo } from './checkSeo'
import { openRenderedPage } from './renderedPage'
import type { ReviewArticle } from './reviewArticle'
import type { ReviewFinding } from './reviewFinding'

/**
 * What an editor would send back before publishing, from the draft (depth 1) and the preview's
 * rendered page: advice in Swedish, never a blocker. Without a page (no preview could be
 * rendered) the page-level checks say they did not run, and why.
 */
export async function reviewArticleChecks({
  article,
  page,
}: {
  article: ReviewArticle
  page: { html: string } | { message: string }
}): Promise<ReviewFinding[]> {
  const findings = [
    ...checkLead(article),
    ...checkHero(article),
    ...checkHeadingLevels(article),
    ...checkLinks(article),
  ]
  if (!('html' in page)) {
    findings.push({
      check: 'not-checked',
      message: `Sidtitel, beskrivning och tillgänglighet (axe) är inte kontrollerade: ${page.message}`,
    })
    return findings
  }
  const rendered = openRenderedPage(page.html)
  try {
    findings.push(...checkSeo(rendered.window.document as unknown as Document))
    findings.push(...(await checkAccessibility(rendered.window)))
  } finally {
    await rendered.close()
  }
  return findings
}
