import type { DemoEvent } from '../demoTypes'

export const tillitA2: DemoEvent = {
  key: 'tillit-a2',
  sessionCode: 'A2.',
  title: 'Färre mål, större ansvar: när regleringsbrevet blir kortare',
  summary:
    'Tre myndighetschefer om vad som händer när uppdragen blir färre och friheten större – och om vem som tar smällen när något går fel.',
  description: [
    {
      kind: 'p',
      text: 'Flera myndigheter har fått kortare regleringsbrev med färre återrapporteringskrav. Passet samlar chefer som har arbetat på det nya sättet i två år. Vad gjorde de med tiden som frigjordes, och hur har medarbetarnas handlingsutrymme förändrats?',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: [
        '10.30 Inledning: Karin Berglund, chefredaktör',
        '10.40 Panelsamtal med tre myndighetschefer',
        '11.15 Frågor från publiken',
      ],
    },
  ],
  practicalNotes: 'Passet hålls på svenska och teckenspråkstolkas.',
  speakers: [
    { author: 'kberglund', role: 'moderator' },
    { name: 'Anders Wik', role: 'generaldirektör, Statens servicecenter för lokalt stöd' },
    { name: 'Maria Ekdahl', role: 'överdirektör på en tillsynsmyndighet' },
  ],
  inDays: 21,
  startsAt: '10:30',
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
  related: ['tillit-domstol'],
}
