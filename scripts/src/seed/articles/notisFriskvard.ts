import type { DemoArticle } from '../demoTypes'

export const notisFriskvard: DemoArticle = {
  key: 'notis-friskvard',
  title: 'Trafikverket höjer friskvårdsbidraget',
  kicker: 'Trafikverket',
  type: 'notis',
  category: 'arbetsliv',
  authors: ['mlundholm'],
  lead: 'Medarbetarna på Trafikverket får från och med nästa månad upp till 4 000 kronor om året i friskvårdsbidrag.',
  body: [
    {
      kind: 'p',
      text: 'Höjningen är ett resultat av samtal mellan arbetsgivaren och de lokala fackliga organisationerna. Bidraget kan bland annat användas till gymkort, simhall och massage.',
    },
    {
      kind: 'p',
      text: 'De fackliga företrädarna välkomnar beslutet men påpekar att den viktigaste friskvården fortfarande är en rimlig arbetsbelastning.',
    },
  ],
  daysAgo: 2,
  hero: {
    alt: 'Illustration: ett par löparskor i neonfärger på en grå bakgrund',
    caption: 'Bidraget kan användas till bland annat gym och simhall.',
    photographer: 'Illustration: Redaktion',
  },
}
