import type { DemoArticle } from '../demoTypes'

export const aiRiktlinjer: DemoArticle = {
  key: 'ai-riktlinjer',
  title: 'Få myndigheter har riktlinjer för generativ AI',
  kicker: 'Kartläggning',
  type: 'nyhet',
  category: 'digitalisering',
  topic: 'ai-i-forvaltningen',
  authors: ['sahmadi', 'jnyman'],
  lead: 'Medarbetare använder redan AI-verktyg i arbetet, men bara var fjärde myndighet i vår kartläggning har tydliga regler för hur det får gå till.',
  body: [
    {
      kind: 'p',
      text: 'Tidningen har ställt frågor till 40 statliga myndigheter om hur de hanterar generativ AI. Av de 32 som svarade har åtta antagit riktlinjer som gäller alla medarbetare. Ytterligare tolv uppger att arbete pågår.',
    },
    {
      kind: 'p',
      text: 'Samtidigt visar förbundets medlemsundersökning att var tredje medlem någon gång har använt ett AI-verktyg för att skriva, sammanfatta eller översätta text i tjänsten. De flesta gör det utan att veta om det är tillåtet.',
    },
    { kind: 'h2', text: 'Risk för läckor' },
    {
      kind: 'p',
      text: 'Experter varnar för att uppgifter som omfattas av sekretess kan hamna hos utländska molntjänster om medarbetare klistrar in text i öppna verktyg. I värsta fall kan det innebära ett brott mot tystnadsplikten.',
    },
    {
      kind: 'quote',
      text: '”Det är orimligt att lägga ansvaret på den enskilda medarbetaren när myndigheten inte har sagt vad som gäller.” – Ulrika Strand, förhandlingschef',
    },
    {
      kind: 'p',
      text: 'Förbundet kräver att varje myndighet tar fram riktlinjer i samverkan med medarbetarna, och att utbildning erbjuds innan nya verktyg införs.',
    },
  ],
  daysAgo: 75,
  hero: {
    alt: 'Illustration: en regelbok som öppnas och släpper ut ljusa pixlar',
    caption: 'Bara åtta av 32 myndigheter har antagit riktlinjer.',
    photographer: 'Illustration: Redaktion',
  },
}
