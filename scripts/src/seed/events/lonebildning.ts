import type { DemoEvent } from '../demoTypes'

export const lonebildning: DemoEvent = {
  key: 'lonebildning',
  title: 'Samtal om lönebildningen i staten',
  summary:
    'Seminariet om den statliga lönebildningen är flyttat två veckor framåt. Samma plats och samma tid på dagen.',
  description: [
    {
      kind: 'p',
      text: 'Seminariet är flyttat eftersom avtalsförhandlingarna har dragit ut på tiden. Det nya datumet ger de medverkande möjlighet att kommentera det färdiga avtalet. Anmälan gäller det nya datumet.',
    },
    {
      kind: 'p',
      text: 'Karin Berglund samtalar med en förhandlare från arbetsgivarsidan och en från facket om individuell lönesättning, lönespridning och vad avtalet betyder för den som är ny i staten.',
    },
  ],
  practicalNotes: 'Det bjuds på kaffe och kaka.',
  speakers: [
    { author: 'kberglund', role: 'chefredaktör, samtalsledare' },
    { name: 'Peter Sandberg', role: 'förhandlingschef' },
    { name: 'Lina Åkesson', role: 'förhandlare' },
  ],
  inDays: 28,
  startsAt: '15:00',
  minutes: 90,
  eventStatus: 'rescheduled',
  previousInDays: 12,
  attendance: 'onsite',
  venue: { name: 'Förbundshuset', room: 'Stora salen', address: 'Sveavägen 44, Stockholm' },
  registration: {
    mode: 'contact',
    contactName: 'Lena Holm',
    contactEmail: 'seminarier@redaktion.example',
  },
  category: 'lon-och-avtal',
  related: ['ledare-avtal', 'lonerevision-forsenad'],
}
