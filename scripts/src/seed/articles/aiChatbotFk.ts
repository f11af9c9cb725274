import type { DemoArticle } from '../demoTypes'

export const aiChatbotFk: DemoArticle = {
  key: 'ai-chatbot-fk',
  title: 'Chattroboten som aldrig går hem',
  kicker: 'Försäkringskassan',
  type: 'reportage',
  category: 'digitalisering',
  topic: 'ai-i-forvaltningen',
  authors: ['sahmadi'],
  lead: 'En digital assistent svarar nu på de vanligaste frågorna om föräldrapenning. För kundtjänstens medarbetare har det inneburit färre enkla samtal – och fler svåra.',
  body: [
    {
      kind: 'p',
      text: 'Det är mitt i natten när en pappa i Västerås loggar in för att ta reda på hur det fungerar att spara föräldradagar. Svaret kommer på några sekunder. Frågan når aldrig en människa, och det är precis meningen.',
    },
    {
      kind: 'p',
      text: 'Den digitala assistenten hanterar i dag en stor del av de allmänna frågor som tidigare gick till telefon. För kundtjänsten har det förändrat arbetet i grunden.',
    },
    { kind: 'h2', text: 'Kvar blir de svåra samtalen' },
    {
      kind: 'p',
      text: '– Förr kunde jag ta tio enkla samtal i rad och sedan ett svårt. Nu är nästan alla samtal svåra. Det är människor som har fått avslag, som inte förstår beslutet eller som befinner sig i kris, säger Rebecka Holm, kundtjänstmedarbetare i Luleå.',
    },
    { kind: 'quote', text: '”Nu är nästan alla samtal svåra.” – Rebecka Holm, kundtjänst' },
    {
      kind: 'p',
      text: 'Forskare som har studerat automatisering i offentlig sektor beskriver fenomenet som att de enkla uppgifterna försvinner medan arbetsbördan koncentreras. Det ställer nya krav på återhämtning och kompetensutveckling.',
    },
    { kind: 'h2', text: 'Så fungerar assistenten' },
    {
      kind: 'list',
      items: [
        'Svarar på allmänna frågor dygnet runt',
        'Lämnar inga besked om enskilda ärenden',
        'Kopplar vidare till en handläggare vid behov',
      ],
    },
  ],
  daysAgo: 40,
  hero: {
    alt: 'Illustration: pratbubblor i olika storlekar som svävar över en mobilskärm',
    caption: 'Den digitala assistenten tar de enkla frågorna.',
    photographer: 'Tobias Wern',
  },
}
