import type { DemoArticle } from '../demoTypes'

export const polisenCivilanstallda: DemoArticle = {
  key: 'polisen-civilanstallda',
  title: 'Civilanställda inom polisen: ”Vi glöms bort när resurserna fördelas”',
  kicker: 'Polismyndigheten',
  type: 'nyhet',
  category: 'arbetsmiljo',
  authors: ['jnyman'],
  lead: 'När polisen växer riktas nästan alla satsningar mot poliser i yttre tjänst. Civila utredare och analytiker beskriver en ökande arbetsbörda utan motsvarande stöd.',
  body: [
    {
      kind: 'p',
      text: 'Civilanställda utgör omkring en tredjedel av Polismyndighetens personal och arbetar bland annat som utredare, analytiker, forensiker och administratörer. I en ny enkät från förbundet uppger sex av tio att arbetsbelastningen har ökat markant det senaste året.',
    },
    {
      kind: 'p',
      text: '– Vi ser hur det satsas på fler poliser i yttre tjänst, och det är bra. Men alla ärenden de tar in ska också utredas, och där har vi inte blivit fler i samma takt, säger Nadia Rahimi, civil utredare i Malmö.',
    },
    { kind: 'h2', text: 'Tunga bilder och lite stöd' },
    {
      kind: 'p',
      text: 'Många civilanställda arbetar med grovt våldsmaterial eller bilder på övergrepp mot barn. Flera vittnar om att det stöd som finns för poliser efter påfrestande uppdrag inte alltid erbjuds dem.',
    },
    {
      kind: 'quote',
      text: '”Alla ärenden ska också utredas, och där har vi inte blivit fler.” – Nadia Rahimi, civil utredare',
    },
    {
      kind: 'p',
      text: 'Polismyndigheten skriver i en kommentar att myndigheten har samma arbetsmiljöansvar för alla anställda och att rutinerna för stödsamtal nu ses över.',
    },
  ],
  daysAgo: 0,
  hero: {
    alt: 'Illustration: en skrivbordslampa som lyser över högar av pärmar i mörkblått',
    caption: 'De civila utredarna beskriver en växande arbetsbörda.',
    photographer: 'Illustration: Redaktion',
  },
}
