import type { DemoArticle } from '../demoTypes'

export const slutreplikFlytt: DemoArticle = {
  key: 'slutreplik-flytt',
  title: 'Slutreplik: En längre uppföljning – ja, men inte en blankare check',
  kicker: 'Slutreplik',
  type: 'slutreplik',
  category: 'debatt',
  topic: 'myndigheter-flyttar',
  authors: ['pekwall'],
  repliesTo: 'replik-flytt',
  lead: 'Eva Sjöberg har rätt i att vinsterna tar tid att visa sig. Men det gör inte kostnaderna mindre verkliga, skriver Per Ekwall i en slutreplik.',
  body: [
    {
      kind: 'p',
      text: 'Jag tackar Eva Sjöberg för en klok replik. Vi är överens om mer än det kan verka: längre tidsplaner, bättre stöd och en uppföljning som inte slutar efter första året.',
    },
    {
      kind: 'p',
      text: 'Men en tioårig uppföljning får inte bli en ursäkt för att fatta beslutet utan underlag. Den som beslutar om en flytt ska redan från början redovisa både vad den kostar och vad den väntas ge, och sedan stå för utfallet.',
    },
    {
      kind: 'p',
      text: 'Då kan vi om tio år avgöra vem av oss som hade rätt. Jag hoppas att det blir Eva.',
    },
  ],
  daysAgo: 108,
  hero: {
    alt: 'Illustration: två pratbubblor som möts över en karta över Sverige',
    caption: 'Debatten om myndighetsflyttarna avslutas här.',
    photographer: 'Illustration: Redaktion',
  },
}
