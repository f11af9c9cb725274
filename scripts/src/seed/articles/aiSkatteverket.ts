import type { DemoArticle } from '../demoTypes'

export const aiSkatteverket: DemoArticle = {
  key: 'ai-skatteverket',
  title: 'Skatteverket testar AI-stöd i granskningen av deklarationer',
  kicker: 'Skatteverket',
  type: 'nyhet',
  category: 'digitalisering',
  topic: 'ai-i-forvaltningen',
  authors: ['sahmadi'],
  lead: 'Ett nytt AI-verktyg ska hjälpa handläggarna att hitta avvikelser i deklarationerna. Medarbetarna är positiva men vill veta vem som bär ansvaret när maskinen gör fel.',
  body: [
    {
      kind: 'p',
      text: 'I ett pilotprojekt på två skattekontor får handläggarna stöd av ett AI-verktyg som markerar deklarationer med ovanliga mönster. Verktyget fattar inga beslut på egen hand, utan föreslår vilka ärenden som bör granskas närmare.',
    },
    {
      kind: 'p',
      text: '– Det sparar tid, det ska jag inte sticka under stol med. Men jag vill förstå varför systemet flaggar ett ärende, annars blir jag bara en stämpel på maskinens förslag, säger Oskar Lindahl, skattehandläggare som deltar i projektet.',
    },
    { kind: 'h2', text: 'Vem bär ansvaret?' },
    {
      kind: 'p',
      text: 'Fackliga företrädare har begärt förhandling om hur verktyget påverkar arbetsuppgifterna. De vill också att det klargörs hur ansvaret fördelas om ett felaktigt beslut fattas efter en rekommendation från systemet.',
    },
    {
      kind: 'quote',
      text: '”Annars blir jag bara en stämpel på maskinens förslag.” – Oskar Lindahl, skattehandläggare',
    },
    {
      kind: 'p',
      text: 'Skatteverket uppger att projektet ska utvärderas efter ett år och att medarbetarnas erfarenheter kommer att väga tungt när myndigheten beslutar om verktyget ska införas i större skala.',
    },
  ],
  daysAgo: 1,
  hero: {
    alt: 'Illustration: ett förstoringsglas över rader av siffror med ett neuralt nätverk i bakgrunden',
    caption: 'AI-verktyget föreslår vilka deklarationer som bör granskas.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['ai-riktlinjer', 'debatt-ai'],
}
