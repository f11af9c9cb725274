import type { DemoArticle } from '../demoTypes'

export const kulturStafetten: DemoArticle = {
  key: 'kultur-stafetten',
  title: 'Myndighetsstafetten lockar rekordmånga lag',
  kicker: 'Stockholm',
  type: 'nyhet',
  category: 'kultur-och-fritid',
  authors: ['mlundholm'],
  lead: 'Över 400 lag från ett sextiotal myndigheter har anmält sig till årets stafett på Djurgården. Det är fler än någonsin tidigare.',
  body: [
    {
      kind: 'p',
      text: 'Stafetten arrangeras av flera personalföreningar tillsammans och har blivit en tradition på många arbetsplatser. Varje lag består av fem löpare som springer fem kilometer var.',
    },
    {
      kind: 'p',
      text: '– Det är inte tiderna som är det viktiga. Det är att man tränar tillsammans under våren och får en anledning att lära känna kollegor, säger Fredrik Ahl, en av arrangörerna.',
    },
    { kind: 'h2', text: 'Kamp om vandringspriset' },
    {
      kind: 'p',
      text: 'Vandringspriset för snabbaste lag har de senaste tre åren gått till samma arbetsplats. I år har flera utmanare tränat intervaller sedan februari, och arrangörerna räknar med en jämn uppgörelse.',
    },
    {
      kind: 'quote',
      text: '”Det är inte tiderna som är det viktiga.” – Fredrik Ahl, arrangör',
    },
    {
      kind: 'p',
      text: 'Loppet avslutas med gemensam picknick på gräsmattan vid målområdet. Anmälan är stängd, men den som vill heja är välkommen.',
    },
  ],
  daysAgo: 365,
  hero: {
    alt: 'Illustration: en stafettpinne som skickas mellan två händer i rörelse',
    caption: 'Över 400 lag springer årets stafett.',
    photographer: 'Maja Forsell',
  },
}
