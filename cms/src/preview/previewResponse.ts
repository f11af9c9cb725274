import { escapeHtml } from './escapeHtml'
import { LIVE_REFRESH_SCRIPT, LIVE_REFRESH_SCRIPT_HASH } from './liveRefreshScript'

/**
 * Who looks at a preview: staff (in the admin's live-preview pane, so framed by the CMS itself,
 * with the live-refresh script) or a source with a fact-check link (never framed, no script).
 */
export type PreviewAudience = 'staff' | 'factCheck'

/**
 * A preview is an HTML page on the CMS's origin, so its policy is its own (next.config.mjs
 * leaves these routes alone): the page's CSS, fonts and images from the site only, no script
 * but the live-refresh one, nothing sent anywhere, framed by the admin only.
 */
export function previewPolicy(audience: PreviewAudience, siteOrigin: string): string {
  const isStaff = audience === 'staff'
  return [
    "default-src 'none'",
    `script-src ${isStaff ? LIVE_REFRESH_SCRIPT_HASH : "'none'"}`,
    // Astro inlines small stylesheets; the strip has its own <style>.
    `style-src ${siteOrigin} 'unsafe-inline'`,
    `img-src ${siteOrigin} 'self' data:`,
    `font-src ${siteOrigin}`,
    `media-src ${siteOrigin}`,
    `connect-src ${isStaff ? "'self'" : "'none'"}`,
    `base-uri ${siteOrigin}`,
    "form-action 'none'",
    `frame-ancestors ${isStaff ? "'self'" : "'none'"}`,
  ].join('; ')
}

/** The headers of every preview answer, error pages included. */
export function previewHeaders(audience: PreviewAudience, siteOrigin: string): HeadersInit {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
    'Content-Security-Policy': previewPolicy(audience, siteOrigin),
    'X-Frame-Options': audience === 'staff' ? 'SAMEORIGIN' : 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // A fact-check link's token is in its URL: no request for the page's assets may carry it.
    'Referrer-Policy': 'no-referrer',
  }
}

export function previewPageResponse({
  html,
  audience,
  siteOrigin,
}: {
  html: string
  audience: PreviewAudience
  siteOrigin: string
}): Response {
  return new Response(html, { status: 200, headers: previewHeaders(audience, siteOrigin) })
}

/**
 * Why there is no preview, as a small Swedish page (a preview is opened as a page). Staff's
 * carries the live-refresh script too: the pane shows the preview once the next save renders.
 */
export function previewErrorResponse({
  status,
  title,
  message,
  link,
  audience,
  siteOrigin,
}: {
  status: number
  title: string
  message: string
  link?: { href: string; text: string }
  audience: PreviewAudience
  siteOrigin: string
}): Response {
  const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}h1{font-size:1.4rem}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${link ? `<p><a href="${escapeHtml(link.href)}" target="_top">${escapeHtml(link.text)}</a></p>` : ''}
${audience === 'staff' ? `<script>${LIVE_REFRESH_SCRIPT}</script>` : ''}
</body>
</html>
`
  return new Response(html, { status, headers: previewHeaders(audience, siteOrigin) })
}
