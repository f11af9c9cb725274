import { articleTypeOptions, type ArticleType } from '@redaktion/content-schemas/options'
import type { TypeStatement } from '@redaktion/content-schemas/payload-types'

/** The statement of each article type that has one, trimmed; an empty text means none. */
export type TypeStatements = Partial<Record<ArticleType, string>>

export function typeStatementsOf(global: TypeStatement | null | undefined): TypeStatements {
  const statements: TypeStatements = {}
  for (const { value } of articleTypeOptions) {
    const text = global?.[value]?.trim()
    if (text) statements[value] = text
  }
  return statements
}

/** The paragraphs of an article type's statement (an editor's blank lines divide them). */
export function typeStatementParagraphs(
  statements: TypeStatements,
  type: string | null | undefined,
): string[] {
  const text = type ? statements[type as ArticleType] : undefined
  return text ? text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()) : []
}

/** An article type's label ("Reportage"), or "Artikel" for a type the site does not know. */
export function articleTypeLabel(type: string | null | undefined): string {
  return articleTypeOptions.find((option) => option.value === type)?.label ?? 'Artikel'
}
