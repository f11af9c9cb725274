import { describe, expect, it } from 'vitest'

import { assemblePreviewPage, previewStrip, removePreviewAdditions } from './previewPage'

const PAGE = `<!doctype html>
<html lang="sv">
  <head data-x="1">
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/_astro/site.css" />
  </head>
  <body class="article">
    <h1>Rubriken</h1>
  </body>
</html>
`
const SAVED = new Date('2026-12-02T13:02:11.000Z')
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()

describe('assemblePreviewPage', () => {
  const page = assemblePreviewPage({
    html: PAGE,
    siteOrigin: 'http://localhost:4321',
    strip: { savedAt: SAVED, editUrl: 'http://cms.test/admin/collections/articles/a1', now: SAVED },
    script: 'void 0',
  })!

  it('puts the base, noindex and strip into the page and nothing else', () => {
    expect(page).toContain(
      '<head data-x="1"><!--redaktion-preview--><base href="http://localhost:4321/"><meta name="robots" content="noindex, nofollow">',
    )
    expect(page).toMatch(
      /<body class="article"><!--redaktion-preview--><div id="redaktion-preview-strip"/,
    )
    expect(page).toContain('<script>void 0</script><!--/redaktion-preview-->')
    expect(removePreviewAdditions(page)).toBe(PAGE)
  })

  it('says when the draft was last saved, in Stockholm time, and links back to the editor', () => {
    const strip = /<div id="redaktion-preview-strip"[\s\S]*?<\/div>/.exec(page)![0]
    expect(textOf(strip)).toBe(
      'Förhandsvisning – inte publicerad · senast sparad 14:02:11 · Tillbaka till redigeringen',
    )
    expect(strip).toContain('href="http://cms.test/admin/collections/articles/a1" target="_top"')
  })

  it('refuses HTML without a head or a body', () => {
    const strip = { savedAt: SAVED }
    expect(assemblePreviewPage({ html: '<p>x</p>', siteOrigin: 'http://s', strip })).toBeNull()
    expect(
      assemblePreviewPage({ html: '<body></body><head></head>', siteOrigin: 'http://s', strip }),
    ).toBeNull()
  })
})

describe('previewStrip', () => {
  it('for a fact check: says so and until when, with no way into the admin', () => {
    const strip = previewStrip({
      savedAt: SAVED,
      expiresAt: new Date('2026-12-04T13:00:00.000Z'),
      now: SAVED,
    })
    expect(textOf(strip)).toBe(
      'Förhandsvisning för faktagranskning – inte publicerad · senast sparad 14:02:11 · länken gäller till 4 december 14:00:00',
    )
    expect(strip).not.toContain('<a ')
  })

  it('lists the renderer’s notes as text', () => {
    const strip = previewStrip({ savedAt: SAVED, notes: ['Ingen slug <än>'], now: SAVED })
    expect(strip).toContain('<li>Ingen slug &lt;än&gt;</li>')
  })
})

describe("the site's own meta policy", () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; base-uri 'self'">`
  const withPolicy = PAGE.replace(
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    ${meta}`,
  )
  const page = assemblePreviewPage({
    html: withPolicy,
    siteOrigin: 'http://localhost:4321',
    strip: { savedAt: SAVED, now: SAVED },
  })!

  it('is inert in the preview (its self would be the CMS), and only there', () => {
    expect(page).toContain(
      `<!--redaktion-preview--><template><!--/redaktion-preview-->${meta}<!--redaktion-preview--></template><!--/redaktion-preview-->`,
    )
    const live = page.replace(/<template>[\s\S]*?<\/template>/g, '')
    expect(live).not.toMatch(/http-equiv/i)
    expect(removePreviewAdditions(page)).toBe(withPolicy)
  })
})
