import type { DemoArticle } from '../demoTypes'

export const seniorerJobbarKvar: DemoArticle = {
  key: 'seniorer-jobbar-kvar',
  title: 'De vill fortsätta jobba efter 69',
  kicker: 'Trafikverket',
  type: 'reportage',
  category: 'arbetsliv',
  authors: ['mlundholm'],
  lead: 'Allt fler statligt anställda vill arbeta längre än vad de har rätt till. Vi har träffat en senior som förhandlat fram en förlängning – och en som fick nej.',
  body: [
    {
      kind: 'p',
      text: 'Göran Blom fyllde 70 i våras och går fortfarande till kontoret på Trafikverket i Borlänge tre dagar i veckan. Han arbetar med broinspektioner och har en kunskap om äldre konstruktioner som få yngre kollegor har.',
    },
    {
      kind: 'p',
      text: '– Jag sa till min chef att jag gärna stannar så länge jag gör nytta. Vi kom överens om ett år i taget, och nu har vi förlängt två gånger, säger han.',
    },
    { kind: 'h2', text: 'Ingen rätt att stanna' },
    {
      kind: 'p',
      text: 'Lagen ger anställda rätt att vara kvar till 69 års ålder. Därefter krävs en överenskommelse med arbetsgivaren, och den kan se mycket olika ut. Ofta handlar det om visstidsanställningar på deltid.',
    },
    {
      kind: 'quote',
      text: '”Kunskapen om de gamla broarna finns inte i något system. Den finns i huvudet på folk som jag.” – Göran Blom',
    },
    {
      kind: 'p',
      text: 'Birgitta Nord, tidigare utredare i Göteborg, fick däremot nej när hon ville fortsätta. Arbetsgivaren hänvisade till en pågående omorganisation. Hon säger att hon hade önskat ett tydligare resonemang om varför hennes erfarenhet inte behövdes.',
    },
    {
      kind: 'p',
      text: 'Förbundets jurister rekommenderar att den som vill arbeta längre tar upp frågan i god tid, gärna vid medarbetarsamtalet ett par år innan.',
    },
  ],
  daysAgo: 150,
  hero: {
    alt: 'Illustration: en bro i enkla linjer över ett vattendrag i grönt och guld',
    caption: 'Erfarenheten av äldre broar är svår att ersätta.',
    photographer: 'Henrik Dahl',
  },
}
