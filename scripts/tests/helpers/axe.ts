import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** The rules every browser test holds pages to: WCAG 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe-core's WCAG 2.1 A/AA findings on the page as it stands (only inside the `include`
 * selectors when given), one `rule: targets` line per rule, so a failure says where.
 */
export async function axeViolations(
  page: Page,
  { include = [] }: { include?: string[] } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  for (const selector of include) builder = builder.include(selector)
  const results = await builder.analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}
