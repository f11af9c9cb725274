import type { DemoArticle } from '../demoTypes'

export const debattTillit: DemoArticle = {
  key: 'debatt-tillit',
  title: 'Tillitsreformen har fastnat i ledningsgruppen',
  kicker: 'Debatt',
  type: 'debatt',
  category: 'debatt',
  topic: 'tillitsreformen',
  authors: ['pekwall'],
  lead: 'Tillit har blivit ett modeord i statsförvaltningen, men i praktiken har styrningen på många håll blivit mer detaljerad, inte mindre. Det är dags att mäta reformen på riktigt, skriver utredaren Per Ekwall.',
  body: [
    {
      kind: 'p',
      text: 'Jag har i femton år arbetat med att analysera hur myndigheter styrs och organiseras. Få reformer har väckt så stora förhoppningar som tillitsreformen. Och få har fått så litet genomslag där det verkligen spelar roll: i mötet mellan medarbetaren och medborgaren.',
    },
    {
      kind: 'p',
      text: 'Problemet är inte att idén är fel. Problemet är att den har översatts till en ledningsfråga. Tillit har blivit något som diskuteras på ledningsdagar och formuleras i värdegrunder, medan uppföljningssystemen lever vidare som förut. I vissa fall har nya indikatorer tillkommit för att mäta just tilliten.',
    },
    { kind: 'h2', text: 'Mät det som spelar roll' },
    {
      kind: 'p',
      text: 'Om reformen ska få verklig effekt måste vi börja i andra änden. Hur stor del av arbetstiden går åt till rapportering? Hur många beslutsnivåer passerar ett ärende? Hur ofta får medarbetarna avvika från rutinen när situationen kräver det? Det är frågor som går att besvara, men som sällan ställs.',
    },
    {
      kind: 'quote',
      text: '”Tillit formuleras i värdegrunder, medan uppföljningssystemen lever vidare som förut.”',
    },
    {
      kind: 'p',
      text: 'Jag föreslår därför att varje myndighet årligen redovisar hur stor del av personalens tid som går till intern rapportering, och hur den andelen utvecklas över tid. Det skulle ge reformen något den hittills har saknat: ett mått på om den faktiskt fungerar.',
    },
  ],
  daysAgo: 35,
  hero: {
    alt: 'Illustration: ett sammanträdesbord sett uppifrån med tomma stolar och en stor klocka',
    caption: 'Tillitsarbetet har stannat i ledningsrummen, menar debattören.',
    photographer: 'Illustration: Redaktion',
  },
}
