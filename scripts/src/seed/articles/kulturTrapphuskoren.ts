import type { DemoArticle } from '../demoTypes'

export const kulturTrapphuskoren: DemoArticle = {
  key: 'kultur-trapphuskoren',
  title: 'Kören som övar i trapphuset',
  kicker: 'Skatteverket',
  type: 'reportage',
  category: 'kultur-och-fritid',
  authors: ['jnyman'],
  lead: 'Varje onsdag efter arbetstid samlas ett tjugotal medarbetare i ett trapphus i Solna. Akustiken är fantastisk, säger körledaren, och kollegorna på våningarna intill har slutat klaga.',
  body: [
    {
      kind: 'p',
      text: 'Det började med att några kollegor sjöng på en avtackning för sex år sedan. I dag har kören tjugotvå medlemmar, en egen repertoar och ett par konserter om året. Repetitionerna sker i ett av husets trapphus, där ljudet studsar mellan betongväggarna på ett sätt som inget konferensrum kan matcha.',
    },
    {
      kind: 'p',
      text: '– Första gången vi sjöng här fick jag gåshud. Det låter som i en katedral, säger Marianne Dahl, körledare och till vardags skattehandläggare.',
    },
    { kind: 'h2', text: 'Ett andrum mitt i veckan' },
    {
      kind: 'p',
      text: 'För många av medlemmarna är kören ett sätt att träffa kollegor från andra avdelningar. Här möts jurister, IT-tekniker och handläggare som annars aldrig skulle ha korsat varandras vägar.',
    },
    { kind: 'quote', text: '”Det låter som i en katedral.” – Marianne Dahl, körledare' },
    {
      kind: 'p',
      text: 'Kören får ett mindre bidrag från personalföreningen till noter och en årlig julkonsert i entréhallen. Inför sommaren planeras ett samarbete med körer från två andra myndigheter i närheten.',
    },
  ],
  daysAgo: 160,
  hero: {
    alt: 'Illustration: ett spiraltrapphus sett underifrån med noter som svävar uppåt',
    caption: 'Trapphusets akustik lockar körsångarna varje onsdag.',
    photographer: 'Linnea Holm',
  },
}
