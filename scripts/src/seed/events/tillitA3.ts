import type { DemoEvent } from '../demoTypes'

export const tillitA3: DemoEvent = {
  key: 'tillit-a3',
  sessionCode: 'A3.',
  title: 'Vad kostar misstron? Kontrollens pris i offentlig sektor',
  summary:
    'Forskare från Malmö universitet presenterar en ny studie av hur mycket arbetstid som går till uppföljning och kontroll i kommuner och myndigheter.',
  description: [
    {
      kind: 'p',
      text: 'Hur stor del av en socialsekreterares eller en handläggares vecka går till att dokumentera för andras skull? Studien bygger på tidsdagböcker från drygt 600 anställda i kommuner, regioner och statliga myndigheter. Efter presentationen kommenterar utredningens sekreterare resultaten.',
    },
    {
      kind: 'p',
      text: 'Passet är en del av seminariedagen Tillit i styrningen och vänder sig till alla som arbetar med styrning och uppföljning.',
    },
    { kind: 'h2', text: 'Program' },
    {
      kind: 'list',
      items: ['14.00 Studien presenteras', '14.25 Kommentar från utredningen', '14.35 Frågor'],
    },
  ],
  practicalNotes: 'Det bjuds på fika. Begränsat antal platser, först till kvarn.',
  speakers: [
    { name: 'Ingrid Sahlén', role: 'ordförande och docent i nationalekonomi' },
    { name: 'Tomas Berg', role: 'huvudsekreterare i utredningen' },
    { author: 'mlundholm', role: 'samtalsledare' },
  ],
  organisers: 'Ett samarrangemang mellan utredningen och Malmö universitet.',
  inDays: 21,
  startsAt: '14:00',
  minutes: 45,
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
  related: ['debatt-tillit', 'replik-ledare'],
}
