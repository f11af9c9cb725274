import type { DemoArticle } from '../demoTypes'

export const kronikaFikarummet: DemoArticle = {
  key: 'kronika-fikarummet',
  title: 'Fikarummet är myndighetens viktigaste mötesrum',
  kicker: 'Krönika',
  type: 'kronika',
  category: 'arbetsliv',
  authors: ['esjoberg'],
  lead: 'Inga protokoll, inga dagordningar, ingen ordförande. Ändå är det vid kaffebryggaren som de flesta problem faktiskt löses, skriver Eva Sjöberg.',
  body: [
    {
      kind: 'p',
      text: 'Jag arbetade i nästan tjugo år som handläggare, och om jag ska vara ärlig lärde jag mig mer vid kaffebryggaren än på alla utbildningsdagar tillsammans. Det var där någon berättade att det nya systemet inte räknade semesterdagar rätt. Det var där jag fick veta hur man skriver ett avslag som går att förstå.',
    },
    {
      kind: 'p',
      text: 'Nu läser jag att flera myndigheter bygger om sina kontor och drar ner på ytorna för pauser. Fikarummet blir en ”mötespunkt” med höga bord där ingen vill stå längre än det tar att dricka en espresso. Det går säkert att räkna hem i kvadratmeter.',
    },
    {
      kind: 'p',
      text: 'Men det som försvinner syns inte i någon kalkyl. Den nyanställda som vågar ställa sin dumma fråga. Den erfarna kollegan som märker att någon inte mår bra. Det informella samtalet, där man inte behöver boka tid eller skicka en kallelse.',
    },
    { kind: 'quote', text: '”Det som försvinner syns inte i någon kalkyl.”' },
    {
      kind: 'p',
      text: 'Så till alla chefer som planerar nya kontor: spara på konferensrummen i stället. Ge oss ett ordentligt bord, riktiga stolar och en kaffebryggare som inte kräver passerkort. Det är den bästa investeringen ni gör i år.',
    },
  ],
  daysAgo: 20,
  hero: {
    alt: 'Illustration: kaffekoppar runt ett runt bord sett ovanifrån, i rostbrunt och krämvitt',
    caption: 'Vid kaffebryggaren löses mycket som inget möte klarar.',
    photographer: 'Illustration: Redaktion',
  },
}
