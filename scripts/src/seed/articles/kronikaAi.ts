import type { DemoArticle } from '../demoTypes'

export const kronikaAi: DemoArticle = {
  key: 'kronika-ai',
  title: 'Min nya kollega är en språkmodell',
  kicker: 'Krönika',
  type: 'kronika',
  category: 'digitalisering',
  topic: 'ai-i-forvaltningen',
  authors: ['esjoberg'],
  lead: 'Den skriver snabbare än jag, klagar aldrig och tycks veta allt om allt. Ändå har jag svårt att lita på den, skriver Eva Sjöberg.',
  body: [
    {
      kind: 'p',
      text: 'Min väninna, som fortfarande arbetar på den myndighet där vi en gång var kollegor, berättade häromveckan att hon har fått en ny medarbetare. Den bor i datorn, har ett namn som slutar på versalt A och skriver utkast till beslut på några sekunder.',
    },
    {
      kind: 'p',
      text: '– Det är fantastiskt, sa hon. Och sedan, efter en paus: Fast jag läser allt den skriver två gånger. Ibland tre.',
    },
    {
      kind: 'p',
      text: 'Där någonstans ligger kärnan. En handläggare är inte bara någon som producerar text. Det är någon som står för det som står i texten, som kan förklara varför och som kan ändra sig när nya uppgifter kommer fram. Det går inte att delegera till en maskin, hur välformulerad den än är.',
    },
    {
      kind: 'quote',
      text: '”En handläggare är inte bara någon som producerar text. Det är någon som står för den.”',
    },
    {
      kind: 'p',
      text: 'Jag är inte emot tekniken. Jag hade gärna sluppit skriva samma standardformulering tusen gånger. Men jag önskar att de som beslutar om nya verktyg talade lika mycket om ansvar som om effektivitet. Annars riskerar vi en förvaltning där ingen riktigt vet vem som har bestämt.',
    },
  ],
  daysAgo: 55,
  hero: {
    alt: 'Illustration: två skrivbord bredvid varandra, det ena med en människa och det andra med en glödande skärm',
    caption: 'Den nya kollegan skriver snabbt men kan inte stå för sina texter.',
    photographer: 'Illustration: Redaktion',
  },
}
