import type { DemoArticle } from '../demoTypes'

export const ledareMyndighetsstyrning: DemoArticle = {
  key: 'ledare-myndighetsstyrning',
  title: 'Styr med förtroende, inte med pekpinnar',
  kicker: 'Ledare',
  type: 'ledare',
  category: 'myndigheter',
  topic: 'tillitsreformen',
  authors: ['kberglund'],
  lead: 'Tillitsreformen lovade mindre detaljstyrning och mer utrymme för medarbetarnas kunnande. På många håll har löftet ersatts av gamla mätetal i ny förpackning.',
  body: [
    {
      kind: 'p',
      text: 'När regeringen för några år sedan lyfte fram tillit som styrprincip var det många av våra medlemmar som drog en lättnadens suck. Äntligen skulle professionen få ta plats. Äntligen skulle den som möter medborgaren få använda sitt omdöme i stället för att fylla i ytterligare en blankett.',
    },
    {
      kind: 'p',
      text: 'I dag är bilden splittrad. I vår rundringning till förtroendevalda beskriver några en verklig förändring, med färre rapporter och mer dialog. Men fler berättar om samma gamla produktionsmål, nu med ordet tillit i rubriken på presentationen.',
    },
    {
      kind: 'p',
      text: 'Det är inte så konstigt. Tillit kan inte beslutas fram i ett regleringsbrev. Den byggs i vardagen, när en chef avstår från att kontrollera och i stället frågar vad medarbetaren behöver. Det kräver chefer som själva har mandat, och det kräver att myndigheternas ledningar vågar släppa en del av kontrollen.',
    },
    { kind: 'quote', text: '”Tillit kan inte beslutas fram i ett regleringsbrev.”' },
    {
      kind: 'p',
      text: 'Tillitsbaserad styrning kräver också resurser. En handläggare med 150 ärenden på bordet har inte tid att utöva sitt omdöme, hur stort förtroende ledningen än säger sig ha. Utan en rimlig arbetsbelastning blir tillit ett tomt ord.',
    },
    {
      kind: 'p',
      text: 'Därför borde nästa steg vara enkelt: låt medarbetarna själva vara med och utvärdera reformen. De vet bäst om den har nått fram.',
    },
  ],
  daysAgo: 30,
  hero: {
    alt: 'Illustration: två händer i enkla former som möts över ett rutnät',
    caption: 'Tillit byggs i vardagen, inte i styrdokumenten.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['debatt-tillit', 'stress-chefer'],
}
