import type { DemoPageFeedback } from './demoTypes'

/** Readers' answers to "Hjälpte informationen på sidan dig?", so Sidfeedback has a ranking. */
export const demoPageFeedback: DemoPageFeedback[] = [
  { on: { event: 'medlemskvall' }, daysAgo: 1, answer: 'yes' },
  {
    on: { event: 'medlemskvall' },
    daysAgo: 2,
    answer: 'no',
    text: 'Det framgår inte om man måste vara medlem för att komma.',
  },
  { on: { event: 'lunch-ai' }, daysAgo: 3, answer: 'yes' },
  {
    on: { event: 'lunch-ai' },
    daysAgo: 4,
    answer: 'no',
    text: 'Vilket mötesverktyg används? Min myndighet blockerar vissa.',
  },
  { on: { article: 'pension-tjanstledighet' }, daysAgo: 2, answer: 'yes' },
  { on: { article: 'pension-tjanstledighet' }, daysAgo: 5, answer: 'yes' },
  {
    on: { article: 'pension-tjanstledighet' },
    daysAgo: 6,
    answer: 'no',
    text: 'Jag saknar ett räkneexempel för den som är tjänstledig på deltid.',
  },
  {
    on: { article: 'distans-regler' },
    daysAgo: 8,
    answer: 'no',
    text: 'Vad gäller om arbetsgivaren ändrar reglerna mitt i året?',
  },
  { on: { article: 'distans-regler' }, daysAgo: 9, answer: 'yes' },
]
