import type { DemoEvent } from '../demoTypes'

export const frukostLokalisering: DemoEvent = {
  key: 'frukost-lokalisering',
  title: 'Frukostmöte: när myndigheten flyttar – vad händer med jobben?',
  summary: 'Frukostmötet om omlokaliseringarna är inställt. Vi återkommer med ett nytt datum.',
  description: [
    {
      kind: 'p',
      text: 'Frukostmötet är inställt eftersom två av de medverkande har fått förhinder. Vi ber om ursäkt och återkommer med ett nytt datum. Du som har anmält dig får besked med e-post.',
    },
    {
      kind: 'p',
      text: 'Mötet skulle ha handlat om tidningens granskning av myndighetsflyttarna: vad de kostade, hur många som följde med och vilken kunskap som gick förlorad.',
    },
  ],
  speakers: [{ author: 'jnyman', role: 'reporter' }],
  inDays: 14,
  startsAt: '08:00',
  minutes: 75,
  eventStatus: 'cancelled',
  attendance: 'onsite',
  venue: { name: 'Förbundshuset', room: 'Lilla salen', address: 'Sveavägen 44, Stockholm' },
  registration: {
    mode: 'contact',
    contactName: 'Johan Nyman',
    contactEmail: 'johan.nyman@redaktion.example',
  },
  category: 'myndigheter',
  topic: 'myndigheter-flyttar',
  related: ['flytt-kostnader', 'flytt-kompetens'],
}
