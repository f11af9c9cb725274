import type { ReviewArticle } from './reviewArticle'
import type { ReviewFinding } from './reviewFinding'

/** An article without a lead shows only its headline on the front page and in search results. */
export function checkLead(article: ReviewArticle): ReviewFinding[] {
  if (article.lead?.trim()) return []
  return [
    {
      check: 'lead',
      message:
        'Ingress saknas. Utan ingress visar förstasidan och sökresultaten bara rubriken, och sökmotorerna får ingen beskrivning av artikeln.',
    },
  ]
}
