import type { DemoArticle } from '../demoTypes'

export const kronofogdenTelefonkon: DemoArticle = {
  key: 'kronofogden-telefonkon',
  title: 'En dag i telefonkön hos Kronofogden',
  kicker: 'Kronofogden',
  type: 'reportage',
  category: 'myndigheter',
  authors: ['sahmadi'],
  lead: 'Varje dag ringer tusentals människor med skulder till Kronofogden. Vi följde kundtjänsten under ett arbetspass där samtalen handlar om allt från betalningsplaner till ren förtvivlan.',
  body: [
    {
      kind: 'p',
      text: 'Klockan är strax efter åtta när Amira Hassan tar dagens första samtal. En man i femtioårsåldern har fått beslut om utmätning av sin lön och förstår inte varför. Hon förklarar lugnt, steg för steg, vad beslutet innebär och vilka möjligheter han har.',
    },
    {
      kind: 'p',
      text: '– Många skäms när de ringer. Det första jag försöker göra är att ta bort skammen, så att vi kan prata om vad som faktiskt går att göra, säger hon.',
    },
    { kind: 'h2', text: 'Samtal som sätter spår' },
    {
      kind: 'p',
      text: 'De flesta samtal är korta och handlar om praktiska frågor. Men några gånger i veckan möter medarbetarna människor i akut kris. Då finns en rutin för att koppla vidare till socialtjänsten eller till sjukvården.',
    },
    {
      kind: 'quote',
      text: '”Man lär sig att lägga på luren och ta nästa samtal. Men vissa röster följer med hem.” – Amira Hassan, kundtjänst',
    },
    {
      kind: 'p',
      text: 'Efter ett svårt samtal har medarbetarna rätt att ta en kort paus innan de loggar in i kön igen. Gruppchefen Jonas Wikström berättar att rutinen infördes efter önskemål från personalen själv, och att den har minskat sjukskrivningarna i gruppen.',
    },
    { kind: 'h2', text: 'Kundtjänsten i korthet' },
    {
      kind: 'list',
      items: [
        'Omkring 4 000 samtal en vanlig vardag',
        'Den vanligaste frågan gäller utmätning av lön',
        'Efter svåra samtal finns rätt till en återhämtningspaus',
      ],
    },
  ],
  daysAgo: 45,
  hero: {
    alt: 'Illustration: ett headset format av mjuka linjer i grönt och beige',
    caption: 'Kundtjänsten tar emot tusentals samtal om dagen.',
    photographer: 'Linnea Holm',
  },
}
