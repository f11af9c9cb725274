import axeCore, { type AxeResults, type RuleObject } from 'axe-core'
import svLocale from 'axe-core/locales/sv.json'
import type { Window } from 'happy-dom'

import type { ReviewFinding } from './reviewFinding'

/**
 * Rules that need the laid-out, styled page (colours, sizes, overlap, scrolling, media queries).
 * A DOM without layout or the site's stylesheets would guess them wrong, so they are off here:
 * the site's own browser tests check the template for them in Chromium.
 */
export const LAYOUT_RULES = [
  'color-contrast',
  'color-contrast-enhanced',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'css-orientation-lock',
] as const

// Compiled once; each call binds a fresh axe to the given window (axe reads its globals from it).
const bindAxe = new Function('window', 'module', 'define', axeCore.source) as (
  window: unknown,
  module: undefined,
  define: undefined,
) => void

const DISABLED: RuleObject = Object.fromEntries(LAYOUT_RULES.map((id) => [id, { enabled: false }]))
const MAX_PLACES = 3

const snippet = (html: string) => (html.length > 120 ? `${html.slice(0, 120)}…` : html)

/**
 * Every axe-core violation in the rendered article (the page's `<article>`; the template around
 * it is the site's, not the journalist's), with axe's Swedish texts.
 */
export async function checkAccessibility(window: Window): Promise<ReviewFinding[]> {
  bindAxe(window, undefined, undefined)
  const axe = (window as unknown as { axe: typeof axeCore }).axe
  axe.configure({ locale: svLocale as unknown as axeCore.Locale })
  const document = window.document as unknown as Document
  const scope = document.querySelector('article') ?? document.documentElement
  const results: AxeResults = await axe.run(scope, { resultTypes: ['violations'], rules: DISABLED })
  return results.violations.map((violation) => {
    const places = violation.nodes.slice(0, MAX_PLACES).map((node) => snippet(node.html))
    const more = violation.nodes.length - places.length
    return {
      check: 'accessibility',
      message: `${violation.help} (${violation.nodes.length} ${violation.nodes.length === 1 ? 'ställe' : 'ställen'}: ${places.join(', ')}${more > 0 ? ` och ${more} till` : ''})`,
      helpUrl: violation.helpUrl,
    } satisfies ReviewFinding
  })
}
