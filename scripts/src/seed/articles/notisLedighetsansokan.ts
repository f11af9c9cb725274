import type { DemoArticle } from '../demoTypes'

export const notisLedighetsansokan: DemoArticle = {
  key: 'notis-ledighetsansokan',
  title: 'Fler myndigheter ansluter till gemensam e-tjänst för ledighet',
  kicker: 'E-tjänster',
  type: 'notis',
  category: 'digitalisering',
  authors: ['sahmadi'],
  lead: 'Ytterligare ett tiotal myndigheter ansluter i höst till en gemensam e-tjänst för att ansöka om semester och annan ledighet.',
  body: [
    {
      kind: 'p',
      text: 'Tjänsten ersätter flera äldre system och ska göra det enklare för både medarbetare och chefer. Förbundet välkomnar förändringen men påminner om att medarbetarna ska få utbildning innan systemen byts ut.',
    },
  ],
  daysAgo: 210,
  hero: {
    alt: 'Illustration: en kalenderikon med en solsymbol och en bock',
    caption: 'E-tjänsten ersätter flera äldre system.',
    photographer: 'Illustration: Redaktion',
  },
}
