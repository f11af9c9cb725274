import type { DemoArticle } from '../demoTypes'

export const replikFlytt: DemoArticle = {
  key: 'replik-flytt',
  title: 'Replik: Räkna också med vad staten vinner på att flytta',
  kicker: 'Replik',
  type: 'replik',
  category: 'debatt',
  topic: 'myndigheter-flyttar',
  authors: ['esjoberg'],
  repliesTo: 'debatt-flytt',
  lead: 'Per Ekwall vill ha ärliga kalkyler inför myndighetsflyttar. Det vill jag också – men då måste vinsterna stå i samma kalkyl som kostnaderna, skriver Eva Sjöberg.',
  body: [
    {
      kind: 'p',
      text: 'Per Ekwall beskriver kompetensförlusterna vid en flytt väl, och jag känner igen mig. Jag var själv handläggare på en myndighet som flyttade, och de första åren var tunga.',
    },
    {
      kind: 'p',
      text: 'Men hans kalkyl har bara en sida. Myndigheter på mindre orter har ofta lägre personalomsättning, kortare pendlingstider och en närhet till dem de är till för. Det syns inte det första året, men väl efter fem.',
    },
    {
      kind: 'quote',
      text: '”Om vi bara räknar det vi förlorar kommer varje flytt att se ut som ett misslyckande.”',
    },
    {
      kind: 'p',
      text: 'Jag håller med om längre tidsplaner och ett bättre omställningsstöd. Men låt uppföljningen sträcka sig över tio år, inte två, innan vi dömer ut flyttarna.',
    },
  ],
  daysAgo: 114,
  hero: {
    alt: 'Illustration: en våg i jämvikt med ett kontorshus på ena sidan och en skog på den andra',
    caption: 'Vinsterna syns ofta först efter flera år, menar repliken.',
    photographer: 'Illustration: Redaktion',
  },
}
