import type { DemoArticle } from '../demoTypes'

export const debattFlytt: DemoArticle = {
  key: 'debatt-flytt',
  title: 'Myndighetsflyttar kostar mer än de smakar',
  kicker: 'Debatt',
  type: 'debatt',
  category: 'debatt',
  topic: 'myndigheter-flyttar',
  authors: ['pekwall'],
  lead: 'Att flytta statliga jobb från Stockholm kan vara ett viktigt regionalpolitiskt verktyg. Men utan ärliga kalkyler riskerar vi att betala med förlorad kompetens och sämre service, skriver Per Ekwall.',
  body: [
    {
      kind: 'p',
      text: 'Jag är för en stat som finns i hela landet. Men de omlokaliseringar jag har följt de senaste åren har ofta genomförts med en brådska som varken gynnar myndigheten, medarbetarna eller de orter som ska ta emot jobben.',
    },
    {
      kind: 'p',
      text: 'Mönstret är tydligt. En stor del av personalen följer inte med. Kompetens som har byggts upp under decennier försvinner på några månader. Verksamheten tappar i kvalitet under flera år medan nya medarbetare rekryteras och lärs upp. Kostnaderna för detta redovisas sällan fullt ut.',
    },
    { kind: 'h2', text: 'Tre krav inför nästa flytt' },
    {
      kind: 'list',
      items: [
        'En fullständig konsekvensanalys som inkluderar kompetensförluster',
        'En realistisk tidsplan på minst tre år',
        'Ett förstärkt omställningsstöd för de medarbetare som berörs',
      ],
    },
    {
      kind: 'quote',
      text: '”Kompetens som har byggts upp under decennier försvinner på några månader.”',
    },
    {
      kind: 'p',
      text: 'Det handlar inte om att stoppa utflyttningarna. Det handlar om att genomföra dem på ett sätt som stärker staten i stället för att försvaga den.',
    },
  ],
  daysAgo: 120,
  debateClosed: true,
  hero: {
    alt: 'Illustration: en våg där flyttkartonger väger upp en hög med böcker',
    caption: 'Kompetensförlusterna måste in i kalkylen, menar debattören.',
    photographer: 'Illustration: Redaktion',
  },
}
