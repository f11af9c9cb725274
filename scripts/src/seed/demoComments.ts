import type { DemoComment } from './demoTypes'

/** Readers' comments on the debate pieces: approved ones show on the site, the rest wait. */
export const demoComments: DemoComment[] = [
  {
    article: 'debatt-tillit',
    name: 'Annika på Försäkringskassan',
    text: 'Känner igen mig helt. Vi fick en workshop om tillit i våras, sedan kom tre nya rapporteringskrav.\nVem ska lita på vem, egentligen?',
    status: 'approved',
  },
  {
    article: 'debatt-tillit',
    name: 'Per Lindqvist',
    text: 'Håller inte med om att det är ledningsgruppens fel. Styrningen från departementet ser likadan ut som för tio år sedan.',
    status: 'approved',
  },
  {
    article: 'debatt-tillit',
    name: 'Mira',
    email: 'mira.handlaggare@example.se',
    text: 'Kan ni skriva mer om hur det ser ut på de myndigheter där reformen faktiskt har fungerat?',
    status: 'pending',
  },
  {
    article: 'replik-ledare',
    name: 'Gustav Ek',
    text: 'Bra replik. Ledarsidan glömmer att tillit också handlar om tid för att göra jobbet ordentligt.',
    status: 'approved',
  },
  {
    article: 'debatt-ai',
    name: 'Okänd',
    text: 'Köp billiga klockor här!!!',
    status: 'rejected',
  },
]
