import type { DemoArticle } from '../demoTypes'

export const lonekartlaggning: DemoArticle = {
  key: 'lonekartlaggning',
  title: 'Osakliga löneskillnader finns kvar trots kartläggningar',
  kicker: 'Jämställda löner',
  type: 'reportage',
  category: 'lon-och-avtal',
  authors: ['mlundholm', 'sahmadi'],
  lead: 'Alla arbetsgivare är skyldiga att kartlägga lönerna varje år. Men när vi granskade ett urval av myndigheternas kartläggningar hittade vi brister i nästan hälften.',
  body: [
    {
      kind: 'p',
      text: 'Diskrimineringslagen kräver att arbetsgivare varje år kartlägger och analyserar lönerna för att upptäcka osakliga skillnader mellan kvinnor och män. Tidningen har begärt ut kartläggningarna från femton myndigheter av olika storlek.',
    },
    {
      kind: 'p',
      text: 'I sju av dem saknas en analys av skillnaderna mellan grupper med likvärdigt arbete, trots att det är själva kärnan i lagens krav. I flera fall konstateras skillnader utan att någon åtgärdsplan har upprättats.',
    },
    { kind: 'h2', text: 'Analysen blir en formalitet' },
    {
      kind: 'p',
      text: '– Kartläggningen blir ofta en övning i att fylla i en mall. Det är sällan någon frågar vad siffrorna faktiskt betyder, säger Hanna Ljung, lönespecialist och fackligt förtroendevald i Malmö.',
    },
    {
      kind: 'quote',
      text: '”Det är sällan någon frågar vad siffrorna faktiskt betyder.” – Hanna Ljung, lönespecialist',
    },
    {
      kind: 'p',
      text: 'Förbundet vill nu att de fackliga organisationerna involveras tidigare i arbetet och att resultaten redovisas öppet för medarbetarna. Först då, menar förbundet, blir kartläggningen ett verktyg och inte bara en pappersprodukt.',
    },
  ],
  daysAgo: 110,
  hero: {
    alt: 'Illustration: en våg i balans med staplar i två färger på vardera sida',
    caption: 'Sju av femton kartläggningar saknade en fullständig analys.',
    photographer: 'Tobias Wern',
  },
}
