import type { DemoArticle } from '../demoTypes'

export const driftstorningLonesystem: DemoArticle = {
  key: 'driftstorning-lonesystem',
  title: 'Driftstörning försenade lönebesked för tusentals statsanställda',
  kicker: 'Statens servicecenter',
  type: 'nyhet',
  category: 'digitalisering',
  authors: ['jnyman'],
  lead: 'En störning i ett gemensamt lönesystem gjorde att flera tusen medarbetare på olika myndigheter fick vänta i flera dagar på sina lönespecifikationer. Själva utbetalningarna påverkades inte.',
  body: [
    {
      kind: 'p',
      text: 'Störningen uppstod i samband med en planerad uppgradering och drabbade främst myndigheter som använder den gemensamma lönetjänsten. Felet åtgärdades inom fyra dagar, men under tiden kunde medarbetarna inte se sina lönespecifikationer digitalt.',
    },
    {
      kind: 'p',
      text: '– Pengarna kom in på kontot som vanligt, men många blev oroliga när specifikationen inte gick att öppna. Vi fick mängder av frågor, säger Anders Fors, lönehandläggare på en av de berörda myndigheterna.',
    },
    { kind: 'h2', text: 'Sårbart med gemensamma system' },
    {
      kind: 'p',
      text: 'Händelsen har väckt frågor om sårbarheten när allt fler myndigheter samlar sina administrativa system hos en gemensam leverantör. Fördelarna är lägre kostnader och enhetliga rutiner, men ett enskilt fel får snabbt stor spridning.',
    },
    {
      kind: 'quote',
      text: '”Pengarna kom in på kontot som vanligt, men många blev oroliga.” – Anders Fors, lönehandläggare',
    },
    {
      kind: 'p',
      text: 'Statens servicecenter har beklagat störningen och uppger att rutinerna för uppgraderingar ses över.',
    },
  ],
  daysAgo: 180,
  hero: {
    alt: 'Illustration: en serverhall i stiliserade block med en blinkande varningssymbol',
    caption: 'Felet åtgärdades inom fyra dagar.',
    photographer: 'Illustration: Redaktion',
  },
}
