import type { DemoArticle } from '../demoTypes'

export const aktivitetsbaseratKontor: DemoArticle = {
  key: 'aktivitetsbaserat-kontor',
  title: 'Aktivitetsbaserade kontor ger mer buller och mindre ro',
  kicker: 'Kontorsmiljö',
  type: 'nyhet',
  category: 'arbetsmiljo',
  topic: 'myndigheter-flyttar',
  authors: ['sahmadi'],
  lead: 'När myndigheter flyttar till nya lokaler blir det ofta aktivitetsbaserade kontor. En ny studie visar att många medarbetare upplever sämre koncentration och fler störningar.',
  body: [
    {
      kind: 'p',
      text: 'Arbetsmiljöforskare har följt sex myndigheter före och efter en flytt till aktivitetsbaserade kontor. Resultaten visar att andelen som upplever störande ljud nästan fördubblades, och att färre uppger att de kan koncentrera sig på sina arbetsuppgifter.',
    },
    {
      kind: 'p',
      text: '– Det är inte konceptet i sig som är problemet. Det är när man inför det för att spara yta utan att först fråga vilket arbete som ska utföras, säger Therese Alm, forskare och en av författarna bakom studien.',
    },
    { kind: 'h2', text: 'Flytten blir ett tillfälle att spara' },
    {
      kind: 'p',
      text: 'I samband med en omlokalisering eller ett nytt hyresavtal ser många myndigheter en möjlighet att minska sina lokalkostnader. Men studien visar att besparingarna sällan vägs mot effekterna på arbetsmiljö och produktivitet.',
    },
    {
      kind: 'quote',
      text: '”Det är inte konceptet i sig som är problemet.” – Therese Alm, forskare',
    },
    { kind: 'h2', text: 'Forskarnas råd' },
    {
      kind: 'list',
      items: [
        'Kartlägg arbetsuppgifterna innan kontoret utformas',
        'Se till att det finns tillräckligt många tysta rum',
        'Följ upp arbetsmiljön ett år efter flytten',
      ],
    },
  ],
  daysAgo: 140,
  hero: {
    alt: 'Illustration: öppet kontorslandskap med tomma skrivbord och ljudvågor i luften',
    caption: 'Andelen som störs av ljud nästan fördubblades efter flytten.',
    photographer: 'Maja Forsell',
  },
}
