import type { ReviewArticle } from './reviewArticle'
import type { ReviewFinding } from './reviewFinding'

/**
 * The hero image as readers get it: an alt text for those who do not see it, a caption (the
 * article's own or the image's) and the photographer's credit under it.
 */
export function checkHero(article: ReviewArticle): ReviewFinding[] {
  const image = article.hero?.image
  if (!image) return []
  if (typeof image !== 'object') {
    return [
      {
        check: 'not-checked',
        message:
          'Huvudbilden kunde inte läsas, så dess alternativtext och bildtext är inte kontrollerade.',
      },
    ]
  }
  const findings: ReviewFinding[] = []
  if (!image.alt?.trim()) {
    findings.push({
      check: 'hero-alt',
      message:
        'Huvudbilden saknar alternativtext. Den som använder skärmläsare får då inte veta vad bilden visar; skriv den i bildarkivet.',
    })
  }
  if (!article.hero?.caption?.trim() && !image.caption?.trim()) {
    findings.push({
      check: 'hero-caption',
      message: 'Huvudbilden saknar bildtext, både i artikeln och i bildarkivet.',
    })
  }
  if (!image.photographer?.trim()) {
    findings.push({
      check: 'hero-photographer',
      message: 'Huvudbilden saknar fotograf. Ange vem som tagit bilden i bildarkivet.',
    })
  }
  return findings
}
