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
 * rendered HTML: advice in Swedish, never a blocker. Without HTML (no preview could be
 * rendered) the page-level checks say they did not run.
 */
export async function reviewArticleChecks({
  article,
  html,
}: {
  article: ReviewArticle
  html: string | null
}): Promise<ReviewFinding[]> {
  const findings = [
    ...checkLead(article),
    ...checkHero(article),
    ...checkHeadingLevels(article),
    ...checkLinks(article),
  ]
  if (html === null) {
    findings.push({
      check: 'not-checked',
      message:
        'Förhandsvisningen kunde inte renderas, så sidtitel, beskrivning och tillgänglighet (axe) är inte kontrollerade.',
    })
    return findings
  }
  const page = openRenderedPage(html)
  try {
    findings.push(...checkSeo(page.window.document as unknown as Document))
    findings.push(...(await checkAccessibility(page.window)))
  } finally {
    await page.close()
  }
  return findings
}
