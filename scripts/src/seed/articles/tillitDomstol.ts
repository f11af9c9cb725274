import type { DemoArticle } from '../demoTypes'

export const tillitDomstol: DemoArticle = {
  key: 'tillit-domstol',
  title: 'Domstolshandläggare får fatta fler beslut på egen hand',
  kicker: 'Domstolsverket',
  type: 'nyhet',
  category: 'myndigheter',
  topic: 'tillitsreformen',
  authors: ['jnyman'],
  lead: 'Ett nytt arbetssätt på flera tingsrätter ger domstolshandläggarna större ansvar för de enklare besluten. Medarbetarna beskriver det som tillit i praktiken.',
  body: [
    {
      kind: 'p',
      text: 'Sedan i höstas får domstolshandläggarna på fem tingsrätter själva fatta vissa processuella beslut som tidigare krävde en domare. Det gäller bland annat förelägganden och enklare frågor om anstånd. Försöket samordnas av Domstolsverket.',
    },
    {
      kind: 'p',
      text: '– För första gången på länge känns det som att någon litar på vår kompetens. Vi har ju gjort förarbetet i alla år, nu får vi också ta ansvar för beslutet, säger Emma Nordin, domstolshandläggare i Jönköping.',
    },
    { kind: 'h2', text: 'Mer tid för domarna' },
    {
      kind: 'p',
      text: 'Enligt en första utvärdering har handläggningstiden för de berörda besluten minskat, och domarna har fått mer tid för huvudförhandlingar. Samtidigt har behovet av internutbildning ökat, och flera tingsrätter har infört regelbundna genomgångar av fattade beslut.',
    },
    {
      kind: 'quote',
      text: '”För första gången på länge känns det som att någon litar på vår kompetens.” – Emma Nordin',
    },
    {
      kind: 'p',
      text: 'Förbundet ser positivt på försöket men vill att det utökade ansvaret också syns i lönen. Frågan väntas tas upp i nästa lönerevision.',
    },
  ],
  daysAgo: 4,
  hero: {
    alt: 'Illustration: en stiliserad domarklubba omgiven av cirklar i djupröd och sand',
    caption: 'Domstolshandläggarna tar nu fler beslut själva.',
    photographer: 'Maja Forsell',
  },
}
