import type { DemoArticle } from '../demoTypes'

export const distansRegler: DemoArticle = {
  key: 'distans-regler',
  title: 'Distansarbetet har kommit för att stanna – men vem bestämmer?',
  kicker: 'Distansarbete',
  type: 'reportage',
  category: 'arbetsliv',
  authors: ['sahmadi'],
  lead: 'På en del myndigheter får medarbetarna jobba hemma tre dagar i veckan, på andra krävs närvaro varje dag. Skillnaderna skapar frustration och har blivit ett konkurrensmedel i rekryteringen.',
  body: [
    {
      kind: 'p',
      text: 'När Elin Sandberg bytte jobb i höstas var det inte lönen som avgjorde. Det var att hennes nya arbetsgivare lät henne arbeta hemifrån två dagar i veckan. De dagarna sparar hon nästan tre timmars pendling mellan Uppsala och Stockholm.',
    },
    {
      kind: 'p',
      text: '– Jag hinner hämta på förskolan utan att stressa, och jag får faktiskt mer gjort när jag sitter ifred, säger hon.',
    },
    { kind: 'h2', text: 'Stora skillnader mellan arbetsgivarna' },
    {
      kind: 'p',
      text: 'Tidningens genomgång av ett tjugotal myndigheters riktlinjer visar stora skillnader. Vissa har inga tak alls, medan andra kräver att medarbetarna är på kontoret minst fyra dagar av fem. Ofta motiveras kraven med behovet av kunskapsöverföring och gemenskap.',
    },
    {
      kind: 'quote',
      text: '”Det som fungerar för en utredare fungerar inte nödvändigtvis för den som har publik service.” – Henrik Malm, HR-chef',
    },
    {
      kind: 'p',
      text: 'Henrik Malm är HR-chef på en mellanstor myndighet i Stockholm. Han menar att det är svårt att ha samma regler för alla, och att det viktiga är att besluten fattas nära verksamheten.',
    },
    {
      kind: 'p',
      text: 'Fackliga företrädare efterlyser däremot tydligare ramar. De pekar på att frågor om arbetsmiljö, försäkringar och utrustning i hemmet ofta är oreglerade, och att det skapar otrygghet för både medarbetare och chefer.',
    },
  ],
  daysAgo: 60,
  hero: {
    alt: 'Illustration: en bärbar dator på ett köksbord vid ett fönster, i mjuka blå toner',
    caption: 'Reglerna för hemarbete skiljer sig kraftigt mellan myndigheterna.',
    photographer: 'Linnea Holm',
  },
}
