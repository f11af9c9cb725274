import type { DemoArticle } from '../demoTypes'

export const flyttPendling: DemoArticle = {
  key: 'flytt-pendling',
  title: 'Pendlarna som inte ville flytta med jobbet',
  kicker: 'Gävle',
  type: 'reportage',
  category: 'arbetsliv',
  topic: 'myndigheter-flyttar',
  authors: ['sahmadi'],
  lead: 'När myndigheten flyttade sitt huvudkontor valde en stor del av personalen att pendla i stället för att flytta. Två år senare har många gett upp.',
  body: [
    {
      kind: 'p',
      text: 'Tåget från Stockholm mot Gävle går 06.12. I vagn tre sitter samma ansikten varje tisdag och torsdag. De flesta har öppnat datorn innan tåget ens har lämnat perrongen.',
    },
    {
      kind: 'p',
      text: '– Vi kallar oss pendlarklubben. Det låter gemytligt, men egentligen är det en överlevnadsstrategi, säger Lotta Eriksson, som har arbetat som jurist på myndigheten i elva år.',
    },
    { kind: 'h2', text: 'När stödet tog slut' },
    {
      kind: 'p',
      text: 'Vid flytten erbjöds personalen ett pendlingsstöd under en övergångsperiod. När stödet upphörde började fler söka sig till andra arbetsgivare. Enligt de fackliga företrädarna har drygt hälften av dem som pendlade vid flytten nu slutat.',
    },
    {
      kind: 'quote',
      text: '”Det låter gemytligt, men egentligen är det en överlevnadsstrategi.” – Lotta Eriksson, jurist',
    },
    {
      kind: 'p',
      text: 'För myndigheten har det inneburit en omfattande nyrekrytering. Ledningen framhåller att det har gått bra att hitta ny personal i regionen, men medger att det tar tid att bygga upp samma erfarenhet.',
    },
  ],
  daysAgo: 125,
  hero: {
    alt: 'Illustration: ett tåg i rörelse tecknat med horisontella linjer i gryningsfärger',
    caption: 'Morgontåget har blivit en förlängning av kontoret.',
    photographer: 'Maja Forsell',
  },
}
