import type { DemoArticle } from '../demoTypes'

export const replikLedare: DemoArticle = {
  key: 'replik-ledare',
  title: 'Replik: Tillit kräver mer än vackra ord från ledarsidan',
  kicker: 'Replik',
  type: 'replik',
  category: 'debatt',
  topic: 'tillitsreformen',
  authors: ['pekwall'],
  lead: 'Ledaren har rätt i att tillit inte kan beslutas fram. Men förbundet måste också fråga sig vilken roll facket självt spelar, skriver Per Ekwall i en replik.',
  body: [
    {
      kind: 'p',
      text: 'Jag delar i stort analysen i ledaren ”Styr med förtroende, inte med pekpinnar”. Tillitsreformen har på många håll stannat vid ord, och medarbetarna är de som bäst kan bedöma om den har nått fram.',
    },
    {
      kind: 'p',
      text: 'Men jag saknar en självkritisk reflektion. De fackliga organisationerna sitter med i de samverkansgrupper där verksamhetsplaner och uppföljningssystem diskuteras. Hur ofta har facket där krävt färre mätetal i stället för bättre?',
    },
    {
      kind: 'p',
      text: 'Om tilliten ska bli verklig behöver båda parter lämna sina invanda roller. Arbetsgivaren behöver släppa kontroll, men facket behöver också våga driva frågor om styrning och inte bara om villkor.',
    },
    { kind: 'quote', text: '”Hur ofta har facket krävt färre mätetal i stället för bättre?”' },
    {
      kind: 'p',
      text: 'Jag tar gärna emot ledarens uppmaning att låta medarbetarna utvärdera reformen. Låt oss börja med att göra det tillsammans.',
    },
  ],
  daysAgo: 28,
  hero: {
    alt: 'Illustration: två pratbubblor som möts i mitten, i olivgrönt och terrakotta',
    caption: 'Debattören efterlyser ett självkritiskt fack.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['ledare-myndighetsstyrning', 'debatt-tillit'],
}
