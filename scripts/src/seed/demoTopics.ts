import type { DemoTopic } from './demoTypes'

export const demoTopics: DemoTopic[] = [
  {
    slug: 'tillitsreformen',
    title: 'På djupet: Tillitsreformen',
    description:
      'Vad blev det av löftet om mer tillit och mindre detaljstyrning? Vi följer arbetet på golvet, i ledningsgrupperna och i debatten.',
  },
  {
    slug: 'ai-i-forvaltningen',
    title: 'Serie: AI i förvaltningen',
    description:
      'Språkmodeller, chattrobotar och automatiserade beslut flyttar in på myndigheterna. Vi granskar vad det betyder för medarbetarna och för rättssäkerheten.',
  },
  {
    slug: 'myndigheter-flyttar',
    title: 'Granskning: När myndigheterna flyttar',
    description:
      'Omlokaliseringar ska stärka hela landet, men vad händer med kompetensen och med människorna som berörs? En granskning i flera delar.',
  },
]
