import type { DemoArticle } from '../demoTypes'

export const pensionTjanstledighet: DemoArticle = {
  key: 'pension-tjanstledighet',
  title: 'Tjänstledig? Så påverkas din tjänstepension',
  kicker: 'Pension',
  type: 'nyhet',
  category: 'lon-och-avtal',
  authors: ['jnyman'],
  lead: 'Den som är tjänstledig för studier eller för att pröva ett annat jobb kan gå miste om pensionsavsättningar. Många upptäcker det först när pensionsbeskedet kommer.',
  body: [
    {
      kind: 'p',
      text: 'Under tjänstledighet utan lön betalar arbetsgivaren normalt inte in någon premie till tjänstepensionen. För den som är ledig i flera år kan det bli en märkbar skillnad i den framtida pensionen.',
    },
    {
      kind: 'p',
      text: '– Vi får många frågor från medlemmar som har varit lediga för att pröva ett annat jobb och sedan blir förvånade över att det saknas inbetalningar. Det går att undvika med lite planering, säger Magnus Tell, pensionsrådgivare på förbundet.',
    },
    { kind: 'h2', text: 'Tre saker att tänka på' },
    {
      kind: 'list',
      items: [
        'Kontrollera vilka ledigheter som ger pensionsavsättningar och vilka som inte gör det',
        'Undersök om den nya arbetsgivaren har kollektivavtal med tjänstepension',
        'Spara själv eller förhandla om kompensation vid längre ledigheter',
      ],
    },
    {
      kind: 'quote',
      text: '”Det går att undvika med lite planering.” – Magnus Tell, pensionsrådgivare',
    },
    {
      kind: 'p',
      text: 'Reglerna för olika typer av ledighet skiljer sig åt, och i vissa fall räknas även föräldraledighet in. Den som är osäker kan vända sig till förbundets rådgivning för att få en genomgång av sin egen situation.',
    },
  ],
  daysAgo: 200,
  hero: {
    alt: 'Illustration: en spargris i geometrisk stil med ett timglas bredvid',
    caption: 'Långa ledigheter kan ge luckor i pensionen.',
    photographer: 'Illustration: Redaktion',
  },
}
