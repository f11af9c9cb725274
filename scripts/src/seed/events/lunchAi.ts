import type { DemoEvent } from '../demoTypes'

export const lunchAi: DemoEvent = {
  key: 'lunch-ai',
  title: 'Digitalt lunchseminarium: AI-stöd i handläggningen – vem bär ansvaret?',
  summary:
    'När ett AI-stöd föreslår ett beslut, vems är beslutet? Ett digitalt lunchseminarium om ansvar, rättssäkerhet och arbetsmiljö.',
  description: [
    {
      kind: 'p',
      text: 'Allt fler myndigheter prövar AI-stöd som sorterar ärenden, sammanfattar underlag eller föreslår beslut. Sara Ahmadi har granskat hur myndigheterna fördelar ansvaret mellan system och handläggare. Hon samtalar med en förvaltningsrättsjurist och ett huvudskyddsombud.',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: [
        '12.00 Granskningen i korthet',
        '12.15 Samtal om ansvar och rättssäkerhet',
        '12.40 Frågor i chatten',
      ],
    },
  ],
  practicalNotes:
    'Länken till mötet skickas också med e-post dagen före. Ställ frågor i chatten under seminariet.',
  speakers: [
    { author: 'sahmadi', role: 'reporter' },
    { name: 'Jonas Lindqvist', role: 'docent i förvaltningsrätt' },
    { name: 'Amira Haddad', role: 'huvudskyddsombud' },
  ],
  inDays: 9,
  startsAt: '12:00',
  minutes: 50,
  eventStatus: 'planned',
  attendance: 'online',
  joinUrl: 'https://mote.redaktion.example/lunch-ai',
  registration: { mode: 'url', url: 'https://anmalan.redaktion.example/lunch-ai' },
  category: 'digitalisering',
  topic: 'ai-i-forvaltningen',
  related: ['ai-riktlinjer', 'ai-chatbot-fk'],
}
