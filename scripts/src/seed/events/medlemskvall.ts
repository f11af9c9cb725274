import type { DemoEvent } from '../demoTypes'

export const medlemskvall: DemoEvent = {
  key: 'medlemskvall',
  title: 'Medlemskväll: lönesamtalet – så förbereder du dig',
  summary:
    'En kväll för medlemmar om lönesamtalet: vad statistiken säger, vad avtalet ger och hur du argumenterar för din lön.',
  description: [
    {
      kind: 'p',
      text: 'Lönerevisionen är i gång på många myndigheter. Under kvällen går Mikael Lundholm igenom den nya lönestatistiken och en ombudsman berättar om vanliga misstag i lönesamtalet. Därefter övar vi i små grupper.',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: [
        '17.30 Smörgås och mingel',
        '18.00 Lönestatistiken i år',
        '18.30 Så går ett bra lönesamtal till',
        '19.00 Övning i grupper',
        '19.45 Avslutning',
      ],
    },
  ],
  practicalNotes:
    'Det bjuds på smörgås och kaffe. Ange eventuella önskemål om kost eller tillgänglighet i anmälan. Kvällen är kostnadsfri för medlemmar.',
  speakers: [
    { author: 'mlundholm', role: 'reporter' },
    { name: 'Sofia Rehn', role: 'ombudsman' },
  ],
  inDays: 35,
  startsAt: '17:30',
  minutes: 135,
  eventStatus: 'planned',
  attendance: 'onsite',
  venue: { name: 'Förbundshuset', room: 'Stora salen', address: 'Sveavägen 44, Stockholm' },
  registration: { mode: 'form', capacity: 40, closesDaysBefore: 2 },
  category: 'lon-och-avtal',
  related: ['lonerevision-forsenad', 'notis-lonestatistik', 'lonekartlaggning'],
}
