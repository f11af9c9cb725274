import { escapeHtml } from './escapeHtml'
import { stockholmTime } from './stockholmTime'

/**
 * Everything the CMS adds to the page the publisher rendered sits between these two comments,
 * in two places (the head and the top of the body). Removing them (`removePreviewAdditions`)
 * gives back the publisher's HTML byte for byte: the published page's markup.
 */
export const PREVIEW_ADDITION_START = '<!--redaktion-preview-->'
export const PREVIEW_ADDITION_END = '<!--/redaktion-preview-->'

const ADDITIONS = new RegExp(`${PREVIEW_ADDITION_START}[\\s\\S]*?${PREVIEW_ADDITION_END}`, 'g')
const HEAD_TAG = /<head(?:\s[^>]*)?>/i
const BODY_TAG = /<body(?:\s[^>]*)?>/i
/** Astro's own policy (`csp:` in site/astro.config): its `'self'` would be the CMS here. */
const META_POLICY = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi

export interface StripContent {
  savedAt: Date
  /** Staff previews link back to the article in the admin; fact-check links do not. */
  editUrl?: string
  /** A fact-check link says until when it works. */
  expiresAt?: Date
  /** What the renderer filled in for a draft (Swedish), shown to staff. */
  notes?: string[]
  now?: Date
}

const STRIP_STYLE = `#redaktion-preview-strip{position:fixed;inset:auto 0 0 0;z-index:2147483647;margin:0;padding:.5rem 1rem;background:#7a1f00;color:#fff;font:600 15px/1.4 system-ui,sans-serif;box-shadow:0 -2px 8px rgb(0 0 0/.3)}#redaktion-preview-strip p,#redaktion-preview-strip ul{margin:0}#redaktion-preview-strip ul{padding-left:1.2rem;font-weight:400}#redaktion-preview-strip a{color:#fff;text-decoration:underline}body{padding-bottom:4rem}`

/** The strip's markup: "Förhandsvisning – inte publicerad · senast sparad 14:02:11". */
export function previewStrip({
  savedAt,
  editUrl,
  expiresAt,
  notes = [],
  now,
}: StripContent): string {
  const title = expiresAt
    ? 'Förhandsvisning för faktagranskning – inte publicerad'
    : 'Förhandsvisning – inte publicerad'
  const parts = [
    `<strong>${title}</strong>`,
    `senast sparad <time datetime="${savedAt.toISOString()}">${stockholmTime(savedAt, now)}</time>`,
    ...(expiresAt
      ? [
          `länken gäller till <time datetime="${expiresAt.toISOString()}">${stockholmTime(expiresAt, now)}</time>`,
        ]
      : []),
    ...(editUrl
      ? [`<a href="${escapeHtml(editUrl)}" target="_top">Tillbaka till redigeringen</a>`]
      : []),
  ]
  const noteList = notes.length
    ? `<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
    : ''
  return `<div id="redaktion-preview-strip" role="status"><p>${parts.join(' · ')}</p>${noteList}</div>`
}

/**
 * The publisher's page with the preview's additions: in the head a `<base>` so the page's
 * root-relative CSS, fonts and images load from the site, `noindex` and the strip's style; at
 * the top of the body the strip (and, for staff, the live-refresh script); the site's own
 * `<meta>` policy is disarmed (disarmMetaPolicies). Inserted by position
 * rather than through an HTML parser, which would reserialise (and so change) the markup.
 * `null` when the HTML has no head or body to put them in.
 */
export function assemblePreviewPage({
  html,
  siteOrigin,
  strip,
  script,
}: {
  html: string
  siteOrigin: string
  strip: StripContent
  script?: string
}): string | null {
  const head = HEAD_TAG.exec(html)
  const body = BODY_TAG.exec(html)
  if (!head || !body || body.index < head.index) return null
  const headAddition = wrap(
    `<base href="${escapeHtml(siteOrigin)}/"><meta name="robots" content="noindex, nofollow"><style>${STRIP_STYLE}</style>`,
  )
  const bodyAddition = wrap(`${previewStrip(strip)}${script ? `<script>${script}</script>` : ''}`)
  const afterHead = head.index + head[0].length
  const afterBody = body.index + body[0].length
  return [
    html.slice(0, afterHead),
    headAddition,
    disarmMetaPolicies(html.slice(afterHead, body.index)),
    html.slice(body.index, afterBody),
    bodyAddition,
    html.slice(afterBody),
  ].join('')
}

/**
 * The site's page carries its policy in a `<meta http-equiv>` too. Served from the CMS, that
 * policy's `'self'` is the CMS's origin, so it would block the site's stylesheets, fonts and
 * images (and the `<base>`) whatever the answer's header says. Each such tag goes into an inert
 * `<template>` (whose content the browser parses but never applies), added as two delimited
 * additions around the untouched tag, so removing the additions restores it byte for byte. The
 * preview's header policy (previewResponse.ts) is then the page's only one.
 */
const disarmMetaPolicies = (head: string): string =>
  head.replace(META_POLICY, (tag) => `${wrap('<template>')}${tag}${wrap('</template>')}`)

/** The page without the preview's additions: what the publisher rendered. */
export const removePreviewAdditions = (html: string): string => html.replace(ADDITIONS, '')

const wrap = (markup: string) => `${PREVIEW_ADDITION_START}${markup}${PREVIEW_ADDITION_END}`
