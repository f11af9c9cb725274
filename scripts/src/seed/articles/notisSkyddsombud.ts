import type { DemoArticle } from '../demoTypes'

export const notisSkyddsombud: DemoArticle = {
  key: 'notis-skyddsombud',
  title: 'Rekordmånga skyddsombud utbildade i år',
  kicker: 'Skyddsombud',
  type: 'notis',
  category: 'arbetsmiljo',
  authors: ['mlundholm'],
  lead: 'Förbundet har utbildat fler skyddsombud än någonsin tidigare under ett enskilt år.',
  body: [
    {
      kind: 'p',
      text: 'Sammanlagt har drygt 600 nya skyddsombud gått grundutbildningen, de flesta via de nya digitala kurserna. Intresset har varit särskilt stort bland medlemmar på myndigheter som genomgår omorganisationer.',
    },
  ],
  daysAgo: 33,
  hero: {
    alt: 'Illustration: en skyddshjälm och en anteckningsbok i gult och svart',
    caption: 'Över 600 nya skyddsombud har utbildats.',
    photographer: 'Illustration: Redaktion',
  },
}
