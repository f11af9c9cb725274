import type { DemoArticle } from '../demoTypes'

export const utkastAiUpphandling: DemoArticle = {
  key: 'utkast-ai-upphandling',
  title: 'Myndigheterna köper AI – men vem granskar leverantörerna?',
  kicker: 'Upphandling',
  type: 'reportage',
  category: 'digitalisering',
  topic: 'ai-i-forvaltningen',
  authors: ['sahmadi'],
  lead: 'Allt fler myndigheter upphandlar AI-tjänster. Men kompetensen att ställa krav och granska leverantörerna saknas ofta, visar tidningens genomgång.',
  body: [
    {
      kind: 'p',
      text: 'Under det senaste året har minst femton statliga myndigheter tecknat avtal om tjänster som bygger på artificiell intelligens. Avtalen gäller allt från textanalys till automatisk sortering av inkommande post.',
    },
    {
      kind: 'p',
      text: '– Vi har upphandlare som är experter på att köpa kontorsmöbler och konsulttimmar. Men att bedöma en språkmodell kräver helt andra kunskaper, säger Viktor Ekman, upphandlingsspecialist.',
    },
    { kind: 'h2', text: 'Kraven blir vaga' },
    {
      kind: 'p',
      text: 'I flera av de förfrågningsunderlag som tidningen har tagit del av saknas krav på insyn i hur modellerna har tränats och var data lagras. Det gör det svårt att i efterhand kontrollera att tjänsten följer dataskyddsreglerna.',
    },
    {
      kind: 'quote',
      text: '”Att bedöma en språkmodell kräver helt andra kunskaper.” – Viktor Ekman',
    },
    {
      kind: 'p',
      text: 'Flera av de myndigheter vi har kontaktat uppger att de samarbetar med andra myndigheter för att dela kunskap om upphandling av AI.',
    },
  ],
  daysAgo: 1,
  isDraft: true,
  hero: {
    alt: 'Illustration: en kundvagn fylld med glödande kuber i cyan och magenta',
    caption: 'Kraven i upphandlingarna är ofta vaga.',
    photographer: 'Illustration: Redaktion',
  },
}
