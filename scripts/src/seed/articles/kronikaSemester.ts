import type { DemoArticle } from '../demoTypes'

export const kronikaSemester: DemoArticle = {
  key: 'kronika-semester',
  title: 'Semestern är ingen belöning',
  kicker: 'Krönika',
  type: 'kronika',
  category: 'kultur-och-fritid',
  authors: ['esjoberg'],
  lead: 'Vi pratar om ledighet som något man ska förtjäna. Det är dags att sluta med det, skriver Eva Sjöberg.',
  body: [
    {
      kind: 'p',
      text: 'Varje år i juni hör jag samma sak: ”Nu har jag verkligen förtjänat lite ledigt.” Som om semestern vore en bonus för den som har slitit tillräckligt hårt, och inte en rättighet som finns där för att vi ska orka arbeta resten av året.',
    },
    {
      kind: 'p',
      text: 'När jag själv var handläggare tog jag alltid med mig jobbtelefonen till landet. Jag kollade mejlen ”bara lite” varje morgon. Det tog mig flera år att förstå att det inte gjorde mig till en bättre kollega, bara till en tröttare.',
    },
    {
      kind: 'quote',
      text: '”Semestern är ingen bonus för den som har slitit tillräckligt hårt.”',
    },
    {
      kind: 'p',
      text: 'Jag önskar att fler arbetsplatser pratade om semester som en del av arbetsmiljön. Att chefer uppmuntrade till riktig ledighet och själva föregick med gott exempel. Att det var fult att skicka mejl i juli, inte fult att låta bli att svara.',
    },
    {
      kind: 'p',
      text: 'Så i år: lägg ifrån dig telefonen. Läs en bok som inte har något med jobbet att göra. Låt myndigheten klara sig utan dig i fyra veckor. Den gör det, jag lovar.',
    },
  ],
  daysAgo: 250,
  hero: {
    alt: 'Illustration: en hängmatta mellan två björkar och en avstängd telefon i gräset',
    caption: 'Semestern är en del av arbetsmiljön, menar krönikören.',
    photographer: 'Illustration: Redaktion',
  },
}
