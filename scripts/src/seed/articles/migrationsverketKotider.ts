import type { DemoArticle } from '../demoTypes'

export const migrationsverketKotider: DemoArticle = {
  key: 'migrationsverket-kotider',
  title: 'Kortare väntetider på Migrationsverket – men sjukfrånvaron stiger',
  kicker: 'Migrationsverket',
  type: 'nyhet',
  category: 'myndigheter',
  authors: ['jnyman'],
  lead: 'Handläggningstiderna för arbetstillstånd har kortats med flera veckor. Samtidigt ökar korttidsfrånvaron bland medarbetarna på de enheter som har gjort störst framsteg.',
  body: [
    {
      kind: 'p',
      text: 'Den genomsnittliga handläggningstiden för förstagångsansökningar om arbetstillstånd har minskat från fyra till knappt tre månader under det senaste halvåret. Det framgår av myndighetens egen uppföljning. Förbättringen förklaras bland annat med nya arbetssätt och extra resurser till de största enheterna.',
    },
    {
      kind: 'p',
      text: 'Men på flera av de enheter som har ökat takten mest har också korttidssjukfrånvaron stigit. På en enhet i Norrköping har den nästan fördubblats på ett år, enligt uppgifter från skyddsombuden.',
    },
    { kind: 'h2', text: 'Tempot har skruvats upp' },
    {
      kind: 'p',
      text: '– Det är klart att det är roligt att kunna ge besked snabbare. Men vi har inte fått fler kollegor, vi har bara fått springa fortare, säger Daniel Öberg, handläggare och skyddsombud.',
    },
    {
      kind: 'quote',
      text: '”Vi har inte fått fler kollegor, vi har bara fått springa fortare.” – Daniel Öberg, skyddsombud',
    },
    {
      kind: 'p',
      text: 'Skyddsombuden har begärt en riskbedömning enligt arbetsmiljölagen. Arbetsgivaren har enligt dem lovat att återkomma före sommaren.',
    },
    {
      kind: 'p',
      text: 'Migrationsverkets presstjänst skriver i ett mejl att myndigheten följer sjukfrånvaron noga och att den fortfarande ligger under genomsnittet för staten som helhet.',
    },
  ],
  daysAgo: 2,
  hero: {
    alt: 'Illustration: ett timglas byggt av geometriska former i orange och mörkblått',
    caption: 'Väntetiderna har kortats, men skyddsombuden larmar om tempot.',
    photographer: 'Illustration: Redaktion',
  },
}
