import type { DemoArticle } from '../demoTypes'

export const notisLonestatistik: DemoArticle = {
  key: 'notis-lonestatistik',
  title: 'Ny statistik: lönerna i staten ökade med 3,4 procent',
  kicker: 'Lönestatistik',
  type: 'notis',
  category: 'lon-och-avtal',
  authors: ['mlundholm'],
  lead: 'Den genomsnittliga löneökningen för statligt anställda landade på 3,4 procent under det senaste året, enligt ny statistik från arbetsgivarsidan.',
  body: [
    {
      kind: 'p',
      text: 'Ökningen är något högre än det centrala avtalets nivå. Störst var ökningarna inom IT och juridik, där konkurrensen om arbetskraften är hård. Lägst ökade lönerna för administratörer och assistenter.',
    },
  ],
  daysAgo: 14,
  hero: {
    alt: 'Illustration: en uppåtgående kurva i grönt över ett rutat papper',
    caption: 'Störst ökning inom IT och juridik.',
    photographer: 'Illustration: Redaktion',
  },
}
