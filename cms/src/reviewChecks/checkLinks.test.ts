import { describe, expect, it } from 'vitest'

import { checkLinks } from './checkLinks'
import { body, embed, internalLink, link, paragraph } from './testing/lexicalBody'

describe('checkLinks', () => {
  it('finds body links and embeds that are not https', () => {
    const findings = checkLinks({
      title: 'Rubrik',
      body: body(
        paragraph('Läs ', link('http://myndigheten.example/rapport', 'rapporten'), '.'),
        paragraph(link('javascript:alert(1)', 'klicka')),
        paragraph(link('//cdn.example/fil.pdf', 'filen')),
        embed('http://video.example/klipp'),
      ),
    })
    expect(findings.map((finding) => finding.check)).toEqual([
      'insecure-link',
      'insecure-link',
      'insecure-link',
      'insecure-link',
    ])
    expect(findings[0]!.message).toBe(
      'Länken ”rapporten” går till http://myndigheten.example/rapport, som inte är https. Använd https:// om sidan finns så.',
    )
    expect(findings[3]!.message).toMatch(/^Inbäddningen går till http:\/\/video\.example/)
  })

  it('accepts https, mail, phone, the site’s own pages and links to other articles', () => {
    const findings = checkLinks({
      title: 'Rubrik',
      body: body(
        paragraph(link('https://www.regeringen.se/', 'regeringen')),
        paragraph(link('mailto:redaktionen@example.se', 'mejla oss')),
        paragraph(link('tel:+46101234567', 'ring')),
        paragraph(link('/artikel/en-annan/', 'en annan artikel')),
        paragraph(internalLink('a2', 'en intern länk')),
        embed('https://video.example/klipp'),
      ),
    })
    expect(findings).toEqual([])
  })
})
