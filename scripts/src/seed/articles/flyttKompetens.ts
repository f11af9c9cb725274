import type { DemoArticle } from '../demoTypes'

export const flyttKompetens: DemoArticle = {
  key: 'flytt-kompetens',
  title: 'När myndigheten flyttade stannade kunskapen kvar i Stockholm',
  kicker: 'Östersund',
  type: 'reportage',
  category: 'myndigheter',
  topic: 'myndigheter-flyttar',
  authors: ['jnyman'],
  lead: 'Av de drygt hundra medarbetare som erbjöds att flytta med till Östersund tackade färre än tjugo ja. Två år senare brottas myndigheten fortfarande med följderna.',
  body: [
    {
      kind: 'p',
      text: 'Det nya kontoret har utsikt över Storsjön, och de som arbetar där i dag är på det stora hela nöjda. Men bakom den ljusa fasaden finns en historia om förlorad kompetens, långa upplärningstider och ärenden som blev liggande.',
    },
    {
      kind: 'p',
      text: '– Vi var tre personer som kunde det gamla regelverket på djupet. Ingen av oss flyttade. Det tog över ett år innan de nya kollegorna var självgående, säger en tidigare medarbetare som i dag arbetar på en annan myndighet i Stockholm.',
    },
    { kind: 'h2', text: 'Ärendena blev liggande' },
    {
      kind: 'p',
      text: 'Enligt myndighetens årsredovisningar ökade handläggningstiderna kraftigt under de två första åren efter flytten. Samtidigt steg kostnaderna för de konsulter som anlitades för att täcka kunskapsluckorna.',
    },
    {
      kind: 'quote',
      text: '”Det tog över ett år innan de nya kollegorna var självgående.” – tidigare medarbetare',
    },
    {
      kind: 'p',
      text: 'Den nuvarande ledningen beskriver flytten som en investering på lång sikt. Rekryteringen i regionen har gått bättre än väntat, och personalomsättningen är i dag lägre än den var i Stockholm.',
    },
    { kind: 'h2', text: 'Flytten i siffror' },
    {
      kind: 'list',
      items: [
        'Drygt 100 medarbetare berördes av beslutet',
        'Färre än 20 flyttade med till Östersund',
        'Handläggningstiderna ökade med i genomsnitt fem månader',
        'Personalomsättningen har minskat sedan flytten',
      ],
    },
  ],
  daysAgo: 130,
  hero: {
    alt: 'Illustration: flyttkartonger i isometrisk stil framför ett stiliserat fjällandskap',
    caption: 'Färre än var femte medarbetare följde med när myndigheten flyttade norrut.',
    photographer: 'Tobias Wern',
  },
  related: ['flytt-pendling', 'flytt-kostnader'],
}
