import type { DemoArticle } from '../demoTypes'

export const lantmaterietForrattningar: DemoArticle = {
  key: 'lantmateriet-forrattningar',
  title: 'Kön till Lantmäteriets förrättningar växer igen',
  kicker: 'Lantmäteriet',
  type: 'nyhet',
  category: 'myndigheter',
  authors: ['jnyman'],
  lead: 'Efter några år av minskande väntetider ökar nu kön för fastighetsbildning. Lantmätarna vittnar om svårigheter att rekrytera och om ärenden som blir allt mer komplexa.',
  body: [
    {
      kind: 'p',
      text: 'Den som vill stycka av en tomt eller ändra en fastighetsgräns får i dag räkna med en väntetid på i snitt tretton månader, enligt myndighetens senaste verksamhetsuppföljning. I vissa län är väntan ännu längre, medan enkla ärenden i storstäderna kan gå betydligt snabbare.',
    },
    { kind: 'h2', text: 'Svårt att behålla lantmätarna' },
    {
      kind: 'p',
      text: 'Bristen på utbildade lantmätare är en av huvudförklaringarna. Många går till privata konsultbolag eller kommunala lantmäterimyndigheter, där lönerna ofta är högre.',
    },
    {
      kind: 'p',
      text: '– Vi har kollegor som har lärts upp i flera år och sedan försvinner till en konsultfirma för tiotusen kronor mer i månaden. Det går inte att konkurrera med lojalitet, säger Karin Fält, förrättningslantmätare i Umeå.',
    },
    {
      kind: 'quote',
      text: '”Det går inte att konkurrera med lojalitet.” – Karin Fält, lantmätare',
    },
    {
      kind: 'p',
      text: 'Lantmäteriet uppger att man satsar på fler traineeplatser och ett utökat samarbete med högskolorna. Målet är att väntetiderna ska börja minska igen inom två år.',
    },
  ],
  daysAgo: 88,
  hero: {
    alt: 'Illustration: abstrakt karta med gränslinjer i gult och grått',
    caption: 'Väntetiden för en förrättning är i snitt tretton månader.',
    photographer: 'Tobias Wern',
  },
}
