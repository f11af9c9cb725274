import type { DemoArticle } from '../demoTypes'

export const ledareAvtal: DemoArticle = {
  key: 'ledare-avtal',
  title: 'Ett avtal är början, inte slutet',
  kicker: 'Ledare',
  type: 'ledare',
  category: 'lon-och-avtal',
  authors: ['kberglund'],
  lead: 'De centrala parterna har gjort sitt. Nu avgörs värdet av det nya avtalet på varje enskild arbetsplats.',
  body: [
    {
      kind: 'p',
      text: 'Det är lätt att tro att löneavtalet är klart när de centrala parterna har skrivit under. Rubrikerna handlar om procentsatser och avtalsperioder, och sedan blir det tyst. Men för den enskilda medarbetaren har arbetet bara börjat.',
    },
    {
      kind: 'p',
      text: 'Det är i lönesamtalet med chefen som avtalet får sitt verkliga innehåll. Där ska prestation och utveckling synliggöras, och där ska den som har tagit på sig mer ansvar få det erkänt. Det kräver förberedelser från båda håll och chefer som har tid och mandat att föra ett riktigt samtal.',
    },
    {
      kind: 'p',
      text: 'Alltför ofta hör vi om lönesamtal som tar tio minuter och där siffran redan är bestämd. Det är inte den lokala lönebildning som statens avtal bygger på. Det är en administrativ procedur med ett mänskligt ansikte.',
    },
    { kind: 'quote', text: '”Det är i lönesamtalet som avtalet får sitt verkliga innehåll.”' },
    {
      kind: 'p',
      text: 'Vi uppmanar därför alla medlemmar att förbereda sig, att begära underlag och att använda förbundets stöd. Och vi uppmanar myndigheternas ledningar att ge sina chefer förutsättningar att göra lönesamtalet till årets viktigaste samtal.',
    },
  ],
  daysAgo: 70,
  hero: {
    alt: 'Illustration: en reservoarpenna över ett dokument med abstrakta textrader',
    caption: 'Avtalet får sitt innehåll i lönesamtalet.',
    photographer: 'Illustration: Redaktion',
  },
}
