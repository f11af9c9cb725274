import type { DemoEvent } from '../demoTypes'

export const arbetsmiljoDagen: DemoEvent = {
  key: 'arbetsmiljo-dagen',
  title: 'Arbetsmiljön i staten: hot, ensamarbete och stress',
  summary:
    'Ett halvdagsseminarium om de arbetsmiljörisker som ökar snabbast i staten. Se presentationen och filmen från seminariet.',
  description: [
    {
      kind: 'p',
      text: 'Hot mot anställda på anstalter och myndighetskontor, inspektörer som arbetar ensamma och chefer som inte hinner återhämta sig: tidningens granskningar har visat en arbetsmiljö under press. Seminariet samlade skyddsombud, forskare och arbetsgivare.',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: [
        '13.00 Granskningarna i sammandrag',
        '13.30 Forskningen om hot och våld i offentlig sektor',
        '14.15 Paus',
        '14.30 Panel: vad gör arbetsgivarna?',
        '15.30 Slut',
      ],
    },
  ],
  practicalNotes: 'Det bjöds på fika. Presentationen och filmen finns nedan.',
  speakers: [
    { author: 'mlundholm', role: 'reporter' },
    { name: 'Karl Öberg', role: 'professor i arbetsvetenskap' },
    { name: 'Elin Forsberg', role: 'huvudskyddsombud i Kriminalvården' },
  ],
  inDays: -40,
  startsAt: '13:00',
  minutes: 150,
  eventStatus: 'completed',
  attendance: 'onsite',
  venue: { name: 'Kulturhuset', room: 'Hörsalen', address: 'Sergels torg 3, Stockholm' },
  presentation: {
    title: 'Presentation',
    slides: [
      {
        heading: 'Arbetsmiljön i staten: hot, ensamarbete och stress',
        points: [
          'Halvdagsseminarium för medlemmar och skyddsombud',
          'Presentation av tidningens granskningar',
        ],
      },
      {
        heading: 'Hoten ökar',
        points: [
          'Fler anmälda hot mot personal på anstalter och häkten',
          'Hälften av de tillfrågade skyddsombuden har varit med om ett hot det senaste året',
          'Få hot polisanmäls',
        ],
      },
      {
        heading: 'Ensamarbete',
        points: [
          'Inspektörer och handläggare möter ofta allmänheten ensamma',
          'Larm och rutiner skiljer sig mycket mellan myndigheter',
          'Skyddsombuden vill ha en gemensam lägsta nivå',
        ],
      },
      {
        heading: 'Vad kan arbetsgivaren göra?',
        points: [
          'Riskbedöm varje arbetsmoment där man möter allmänheten',
          'Följ upp varje incident, också de som inte anmäls',
          'Ge chefer tid för arbetsmiljöarbetet',
        ],
      },
    ],
  },
  video: {
    url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    title: 'Film från seminariet: Arbetsmiljön i staten',
  },
  registration: { mode: 'none' },
  category: 'arbetsmiljo',
  related: ['kriminalvarden-hot', 'notis-skyddsombud', 'stress-chefer'],
}
