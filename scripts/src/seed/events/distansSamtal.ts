import type { DemoEvent } from '../demoTypes'

export const distansSamtal: DemoEvent = {
  key: 'distans-samtal',
  title: 'Distansarbete efter pandemin: vem bestämmer var vi jobbar?',
  summary:
    'Ett digitalt samtal om distansarbete, riktlinjer och arbetsmiljö i staten, med medlemmarnas frågor.',
  description: [
    {
      kind: 'p',
      text: 'Myndigheterna har valt olika vägar för distansarbetet. Några kräver tre dagar på kontoret, andra låter arbetsgruppen bestämma. Per Ekwall och Eva Sjöberg samtalade om vad som fungerar och vad forskningen säger.',
    },
  ],
  speakers: [
    { author: 'pekwall', role: 'utredare' },
    { author: 'esjoberg', role: 'krönikör' },
  ],
  inDays: -200,
  startsAt: '12:00',
  minutes: 60,
  eventStatus: 'completed',
  attendance: 'online',
  joinUrl: 'https://mote.redaktion.example/distans',
  registration: { mode: 'none' },
  category: 'arbetsliv',
  related: ['distans-regler', 'aktivitetsbaserat-kontor'],
}
