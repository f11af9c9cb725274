import type { DemoArticle } from '../demoTypes'

export const afKontorStanger: DemoArticle = {
  key: 'af-kontor-stanger',
  title: 'Arbetsförmedlingen stänger tolv lokalkontor',
  kicker: 'Arbetsförmedlingen',
  type: 'nyhet',
  category: 'arbetsliv',
  topic: 'myndigheter-flyttar',
  authors: ['jnyman'],
  lead: 'Tolv lokalkontor, de flesta på mindre orter, ska stängas under nästa år. Omkring 140 medarbetare berörs och erbjuds arbete på andra orter eller på distans.',
  body: [
    {
      kind: 'p',
      text: 'Beskedet lämnades till de fackliga organisationerna vid en informationsträff på måndagsmorgonen. Enligt Arbetsförmedlingen ska de arbetssökande på de berörda orterna i stället få service via digitala möten, telefon och gemensamma servicekontor som drivs tillsammans med andra myndigheter.',
    },
    {
      kind: 'p',
      text: '– Vi förstår de ekonomiska skälen, men vi är oroliga för de arbetssökande som inte klarar de digitala kanalerna. Det är ofta de som står längst från arbetsmarknaden, säger Sofia Lindgren, ordförande i den lokala fackklubben.',
    },
    { kind: 'h2', text: 'Orter i inlandet drabbas hårdast' },
    {
      kind: 'p',
      text: 'Stängningarna gäller främst kontor i inlandet och i mindre kommuner i Mellansverige. En fullständig lista ska presenteras när förhandlingarna enligt medbestämmandelagen är avslutade.',
    },
    {
      kind: 'quote',
      text: '”Det är ofta de som står längst från arbetsmarknaden som drabbas först.” – Sofia Lindgren',
    },
    { kind: 'h2', text: 'Vad händer nu?' },
    {
      kind: 'list',
      items: [
        'Förhandlingar enligt MBL inleds under de kommande veckorna',
        'Berörda medarbetare ska få individuella samtal före årsskiftet',
        'Kontoren stängs successivt under nästa år',
      ],
    },
  ],
  daysAgo: 0,
  hero: {
    alt: 'Illustration: en dörr med en nyckel i varma gula toner och skuggor i lila',
    caption: 'Omkring 140 medarbetare berörs av stängningarna.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['flytt-pendling'],
}
