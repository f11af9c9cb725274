import type { DemoArticle } from '../demoTypes'

export const utkastNotisLarm: DemoArticle = {
  key: 'utkast-notis-larm',
  title: 'Nytt larm ska skydda ensamarbetande inspektörer',
  kicker: 'Trafikverket',
  type: 'notis',
  category: 'arbetsmiljo',
  authors: ['mlundholm'],
  lead: 'Inspektörer som arbetar ensamma ute vid anläggningar ska få personliga larm med positionering.',
  body: [
    {
      kind: 'p',
      text: 'Beslutet fattades efter att skyddsombuden lyft frågan vid flera tillfällen. Larmen ska delas ut under våren och kopplas till en larmcentral som är bemannad dygnet runt.',
    },
  ],
  daysAgo: 0,
  isDraft: true,
  hero: {
    alt: 'Illustration: en liten larmknapp med radiovågor mot en skogssiluett',
    caption: 'Larmen kopplas till en bemannad larmcentral.',
    photographer: 'Illustration: Redaktion',
  },
}
