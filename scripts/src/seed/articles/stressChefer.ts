import type { DemoArticle } from '../demoTypes'

export const stressChefer: DemoArticle = {
  key: 'stress-chefer',
  title: 'Mellancheferna som håller ihop staten',
  kicker: 'Chefsliv',
  type: 'reportage',
  category: 'arbetsmiljo',
  topic: 'tillitsreformen',
  authors: ['sahmadi'],
  lead: 'De ska leda med tillit, leverera enligt mål, hantera omorganisationer och ha tid för varje medarbetare. Vi har talat med mellanchefer som beskriver ett uppdrag på gränsen till det omöjliga.',
  body: [
    {
      kind: 'p',
      text: 'Jessica Wallin har 32 medarbetare. Hon ska ha medarbetarsamtal och lönesamtal med var och en, följa upp sjukfrånvaro, rekrytera, svara på remisser och dessutom sitta med i tre projektgrupper. Det mesta av det egentliga ledarskapet, säger hon, sker mellan sju och åtta på morgonen innan mötena börjar.',
    },
    {
      kind: 'p',
      text: '– Jag tror på tanken om tillit. Men jag har inte tid att lära känna mina medarbetare tillräckligt för att veta vad de behöver. Då är det lätt att falla tillbaka på kontroll.',
    },
    { kind: 'h2', text: 'För många medarbetare per chef' },
    {
      kind: 'p',
      text: 'Forskningen om chefers arbetsmiljö pekar på att kontrollspannet, alltså antalet medarbetare per chef, har stor betydelse. I många statliga verksamheter ligger det långt över de nivåer som brukar anses rimliga.',
    },
    {
      kind: 'quote',
      text: '”Jag tror på tanken om tillit. Men jag har inte tid att lära känna mina medarbetare.” – Jessica Wallin, enhetschef',
    },
    {
      kind: 'p',
      text: 'Flera av cheferna vi har talat med efterlyser mer stöd från HR och färre administrativa uppgifter. Några har fått sina enheter delade, något som de menar har gjort stor skillnad både för dem själva och för medarbetarna.',
    },
  ],
  daysAgo: 95,
  hero: {
    alt: 'Illustration: en figur som balanserar många bollar i luften, i korallrött och grått',
    caption: 'Många chefer har över trettio medarbetare.',
    photographer: 'Linnea Holm',
  },
}
