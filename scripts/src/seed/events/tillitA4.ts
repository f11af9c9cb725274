import type { DemoEvent } from '../demoTypes'

export const tillitA4: DemoEvent = {
  key: 'tillit-a4',
  sessionCode: 'A4.',
  title: 'Chefen i mitten: handlingsutrymme uppifrån och ner',
  summary:
    'Seminariedagens sista pass handlar om mellancheferna som ska omsätta tillit i praktiken. Följ det på plats eller digitalt.',
  description: [
    {
      kind: 'p',
      text: 'Mellanchefer beskriver ofta hur de pressas mellan ledningens krav på uppföljning och medarbetarnas behov av utrymme. I passet berättar två chefer om hur de har gjort – och Mikael Lundholm sammanfattar vad tidningens granskning av chefernas arbetsmiljö visade.',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: ['15.15 Två chefer berättar', '15.45 Samtal och frågor', '16.15 Dagen avslutas'],
    },
  ],
  speakers: [
    { author: 'mlundholm', role: 'reporter' },
    { name: 'Nadia Karimi', role: 'enhetschef på Försäkringskassan' },
  ],
  inDays: 21,
  startsAt: '15:15',
  minutes: 60,
  eventStatus: 'planned',
  attendance: 'mixed',
  venue: { name: 'Folkan', room: 'Salong 1', address: 'Möllevångsgatan 14, Malmö' },
  joinUrl: 'https://mote.redaktion.example/tillit-a4',
  registration: {
    mode: 'contact',
    contactName: 'Lena Holm',
    contactEmail: 'seminarier@redaktion.example',
  },
  category: 'arbetsmiljo',
  topic: 'tillitsreformen',
  related: ['stress-chefer'],
}
