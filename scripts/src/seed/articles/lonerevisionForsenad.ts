import type { DemoArticle } from '../demoTypes'

export const lonerevisionForsenad: DemoArticle = {
  key: 'lonerevision-forsenad',
  title: 'Lönerevisionen drar ut på tiden på flera myndigheter',
  kicker: 'Lönerevision',
  type: 'nyhet',
  category: 'lon-och-avtal',
  authors: ['mlundholm'],
  lead: 'På minst nio myndigheter har medarbetarna ännu inte fått sina nya löner, trots att avtalet började gälla för flera månader sedan. Förbundet kräver att processen snabbas upp.',
  body: [
    {
      kind: 'p',
      text: 'Enligt förbundets egen sammanställning är lönesamtalen fortfarande inte avslutade på nio myndigheter, bland dem två av statens största arbetsgivare. Förseningarna förklaras med allt från omorganisationer till byten av lönesystem.',
    },
    {
      kind: 'p',
      text: '– Det är inte rimligt att medlemmarna ska vänta i ett halvår på pengar de har rätt till. Retroaktiv lön i all ära, men förtroendet för processen tar skada, säger Ulrika Strand, förhandlingschef på förbundet.',
    },
    { kind: 'h2', text: 'Därför blir det försenat' },
    {
      kind: 'list',
      items: [
        'Omorganisationer som gör att chefer byts ut mitt i processen',
        'Byte av lönesystem eller HR-system',
        'Oenighet om fördelningen mellan olika yrkesgrupper',
        'Brist på tid för lönesamtal hos chefer med många medarbetare',
      ],
    },
    {
      kind: 'quote',
      text: '”Retroaktiv lön i all ära, men förtroendet för processen tar skada.” – Ulrika Strand, förhandlingschef',
    },
    {
      kind: 'p',
      text: 'Arbetsgivarverket uppger att man följer läget men att lönebildningen är en fråga för varje myndighet. Förbundet kommer att ta upp frågan vid nästa centrala avstämning mellan parterna.',
    },
  ],
  daysAgo: 5,
  hero: {
    alt: 'Illustration: en kalender med överkryssade veckor och ett myntstaplat diagram',
    caption: 'Många väntar fortfarande på årets lönebesked.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['notis-lonestatistik', 'ledare-avtal'],
}
