import type { DemoEvent } from '../demoTypes'

// The seminar day "Tillit i styrningen": four sessions (A1–A4) in one day at Folkan.
export const tillitA1: DemoEvent = {
  key: 'tillit-a1',
  sessionCode: 'A1.',
  title: 'Tillit i styrningen: var står reformen i dag?',
  summary:
    'Seminariedagen inleds med en genomgång av vad tillitsreformen har förändrat på myndigheterna – och vad som har stannat på papperet.',
  description: [
    {
      kind: 'p',
      text: 'Det har gått flera år sedan regeringen lovade en styrning som bygger mer på förtroende och mindre på detaljerad uppföljning. Hur ser det ut i vardagen för handläggare, inspektörer och chefer? Tidningens reporter Johan Nyman presenterar svaren från en rundfrågning bland medlemmar på tjugo myndigheter.',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: [
        '9.00 Välkommen och kaffe',
        '9.15 Rundfrågningen: vad medlemmarna svarar',
        '9.40 Samtal med publiken',
        '10.00 Slut, paus före pass A2',
      ],
    },
  ],
  practicalNotes:
    'Det bjuds på fika från klockan 8.30. Lokalen är tillgänglig med rullstol och har hörslinga.',
  speakers: [
    { author: 'jnyman', role: 'reporter' },
    { name: 'Helena Strand', role: 'förbundsordförande' },
  ],
  inDays: 21,
  startsAt: '09:00',
  minutes: 60,
  eventStatus: 'planned',
  attendance: 'onsite',
  venue: { name: 'Folkan', room: 'Salong 1', address: 'Möllevångsgatan 14, Malmö' },
  registration: {
    mode: 'contact',
    contactName: 'Lena Holm',
    contactEmail: 'seminarier@redaktion.example',
  },
  category: 'myndigheter',
  topic: 'tillitsreformen',
  related: ['debatt-tillit', 'ledare-myndighetsstyrning'],
}
