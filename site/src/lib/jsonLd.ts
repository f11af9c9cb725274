import { PUBLISHER, SITE_TITLE } from '../consts'
import type { SiteArticle } from './cms'
import { articlePath, authorPath } from './paths'

/** schema.org NewsArticle for an article page, with its corrections. */
export function newsArticleJsonLd(article: SiteArticle, siteUrl: URL, imageUrl: string | null) {
  const url = new URL(articlePath(article.slug), siteUrl).href
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead ?? undefined,
    url,
    mainEntityOfPage: url,
    inLanguage: 'sv-SE',
    articleSection: article.category.title,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    image: imageUrl ? [imageUrl] : undefined,
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: new URL(authorPath(author.slug), siteUrl).href,
    })),
    publisher: {
      '@type': 'Organization',
      name: PUBLISHER,
      url: siteUrl.href,
      alternateName: SITE_TITLE,
    },
    correction: article.corrections.length
      ? article.corrections.map((correction) => ({
          '@type': 'CorrectionComment',
          text: correction.notice,
          datePublished: correction.noticePublishedAt,
        }))
      : undefined,
  }
}

/** JSON for a <script type="application/ld+json">, safe against a closing tag in the data. */
export const jsonLdScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')
