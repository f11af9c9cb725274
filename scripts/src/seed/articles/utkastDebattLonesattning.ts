import type { DemoArticle } from '../demoTypes'

export const utkastDebattLonesattning: DemoArticle = {
  key: 'utkast-debatt-lonesattning',
  title: 'Den individuella lönesättningen behöver en omstart',
  kicker: 'Debatt',
  type: 'debatt',
  category: 'debatt',
  authors: ['pekwall'],
  lead: 'Individuell lönesättning skulle belöna prestation och utveckling. I dag upplevs den av många som godtycklig. Det är dags för en omstart, skriver Per Ekwall.',
  body: [
    {
      kind: 'p',
      text: 'Tanken bakom den individuella lönesättningen i staten är god. Den som utvecklas och tar ansvar ska märka det i lönekuvertet. Men i medarbetarundersökning efter medarbetarundersökning svarar många att de inte förstår hur deras lön har satts.',
    },
    {
      kind: 'p',
      text: 'Ett system som inte uppfattas som rättvist förlorar sin legitimitet. Då motiverar det inte längre, det skapar i stället misstro mellan kollegor och mot chefer.',
    },
    { kind: 'h2', text: 'Tydliga kriterier och öppna samtal' },
    {
      kind: 'p',
      text: 'Jag föreslår att varje myndighet tar fram lönekriterier som är begripliga för alla medarbetare, och att chefer får utbildning i att föra lönesamtal. Kriterierna bör tas fram tillsammans med de fackliga organisationerna och utvärderas vartannat år.',
    },
    {
      kind: 'p',
      text: 'Individuell lönesättning kan fungera. Men bara om den bygger på öppenhet och förtroende, inte på magkänsla.',
    },
  ],
  daysAgo: 0,
  isDraft: true,
  hero: {
    alt: 'Illustration: ett lönekuvert med ett frågetecken i mitten',
    caption: 'Många förstår inte hur deras lön har satts.',
    photographer: 'Illustration: Redaktion',
  },
}
