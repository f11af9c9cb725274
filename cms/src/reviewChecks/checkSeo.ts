import type { ReviewFinding } from './reviewFinding'

/**
 * Google cuts titles at about 600 px in its results, which is 55–60 characters of ordinary
 * text, and descriptions at about 920 px on a computer (150–160 characters; less on phones).
 * The limits are the upper ends: past them the text is cut with "…" for most readers.
 */
export const SEO_TITLE_MAX = 60
export const SEO_DESCRIPTION_MAX = 155

/**
 * The title and description search engines get, read from the rendered page (the SEO fields
 * or, where they are empty, the headline and the lead, with the site's name after the title).
 */
export function checkSeo(document: Document): ReviewFinding[] {
  const findings: ReviewFinding[] = []
  const title = document.querySelector('title')?.textContent?.trim() ?? ''
  const description =
    document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? ''
  if (title.length > SEO_TITLE_MAX) {
    findings.push({
      check: 'seo-title',
      message: `Sidtiteln ”${title}” är ${title.length} tecken. Sökmotorerna visar ungefär ${SEO_TITLE_MAX}; skriv en kortare sidtitel under SEO.`,
    })
  }
  if (description.length > SEO_DESCRIPTION_MAX) {
    findings.push({
      check: 'seo-description',
      message: `Beskrivningen för sökmotorerna är ${description.length} tecken. De visar ungefär ${SEO_DESCRIPTION_MAX}, resten klipps bort; skriv en kortare beskrivning under SEO (annars används ingressen).`,
    })
  }
  return findings
}
