import type { DemoArticle } from '../demoTypes'

export const flyttKostnader: DemoArticle = {
  key: 'flytt-kostnader',
  title: 'Omlokaliseringarnas verkliga kostnader redovisas sällan',
  kicker: 'Granskning',
  type: 'nyhet',
  category: 'myndigheter',
  topic: 'myndigheter-flyttar',
  authors: ['jnyman', 'sahmadi'],
  lead: 'När myndigheter flyttar redovisas kostnaderna för lokaler och flyttfirmor. Men förlusten av kompetens och produktivitet syns nästan aldrig i kalkylerna, visar tidningens granskning.',
  body: [
    {
      kind: 'p',
      text: 'Tidningen har gått igenom de ekonomiska redovisningarna från tio myndigheter som helt eller delvis har omlokaliserats under de senaste åren. I samtliga fall redovisas direkta kostnader för lokaler, resor och flytt. Men bara två av myndigheterna har försökt uppskatta värdet av den kompetens som gick förlorad.',
    },
    {
      kind: 'p',
      text: '– Det är som att räkna på ett husbygge och glömma grunden. De stora kostnaderna uppstår när erfarna medarbetare slutar och verksamheten tappar fart i flera år, säger Lena Wik, nationalekonom som har forskat om statlig lokalisering.',
    },
    { kind: 'h2', text: 'Det här saknas i kalkylerna' },
    {
      kind: 'list',
      items: [
        'Kostnader för rekrytering och introduktion av ny personal',
        'Produktionsbortfall under upplärningstiden',
        'Konsultkostnader för att täcka kunskapsluckor',
        'Effekter på servicen till medborgare och företag',
      ],
    },
    {
      kind: 'quote',
      text: '”De stora kostnaderna uppstår när erfarna medarbetare slutar.” – Lena Wik, nationalekonom',
    },
    {
      kind: 'p',
      text: 'Förbundet kräver att regeringen inför krav på fullständiga konsekvensanalyser innan beslut om omlokalisering fattas. Analyserna bör enligt förbundet tas fram i samverkan med de fackliga organisationerna.',
    },
  ],
  daysAgo: 115,
  hero: {
    alt: 'Illustration: en miniräknare och en tumstock i platta färger på mörkblå botten',
    caption: 'Kompetensförlusterna syns sällan i kalkylerna.',
    photographer: 'Illustration: Redaktion',
  },
}
