import type { DemoArticle } from '../demoTypes'

export const fkHandlaggare: DemoArticle = {
  key: 'fk-handlaggare',
  title: 'Handläggare på Försäkringskassan: ”Vi hinner inte göra rätt från början”',
  kicker: 'Försäkringskassan',
  type: 'nyhet',
  category: 'myndigheter',
  authors: ['jnyman'],
  lead: 'Var tredje handläggare inom sjukpenningen uppger att de regelbundet fattar beslut utan att ha hunnit läsa in sig på ärendet. Det visar en ny medlemsenkät som tidningen har tagit del av.',
  body: [
    {
      kind: 'p',
      text: 'Enkäten besvarades av 1 020 handläggare inom sjukpenning, aktivitetsersättning och bostadstillägg. Av dem uppger 34 procent att de flera gånger i månaden avslutar ärenden trots att de själva bedömer att underlaget är otillräckligt. Nästan hälften säger att antalet ärenden per person har ökat det senaste året.',
    },
    {
      kind: 'p',
      text: '– Vi vill göra ett bra jobb, men vi hinner inte göra rätt från början. Då blir det omprövningar och överklaganden i stället, och det tar ännu mer tid, säger Maria Holmgren, handläggare i Göteborg och lokalt fackligt förtroendevald.',
    },
    { kind: 'h2', text: 'Det här visar enkäten' },
    {
      kind: 'list',
      items: [
        '34 procent avslutar ärenden med otillräckligt underlag flera gånger i månaden',
        '47 procent uppger att ärendemängden har ökat det senaste året',
        'Sex av tio har funderat på att byta arbetsgivare',
      ],
    },
    {
      kind: 'p',
      text: 'Enligt de svarande har varje handläggare i genomsnitt omkring 150 pågående ärenden, jämfört med runt 110 för två år sedan. Samtidigt har flera erfarna kollegor slutat, och nyanställda behöver upp till ett år innan de klarar en full ärendemängd. I fritextsvaren beskriver många att de har slutat ta lunch för att hinna med.',
    },
    {
      kind: 'quote',
      text: '”Det är inte bristande vilja. Det är matematik. Timmarna räcker helt enkelt inte till.” – Maria Holmgren, handläggare',
    },
    { kind: 'h2', text: 'Myndigheten: ”Vi tar signalerna på allvar”' },
    {
      kind: 'p',
      text: 'Försäkringskassans ledning skriver i en kommentar till tidningen att myndigheten känner igen bilden av en ansträngd situation och att ett arbete pågår för att se över hur ärendena fördelas. Man pekar också på att nya digitala stöd ska minska tiden för administration.',
    },
  ],
  daysAgo: 1,
  hero: {
    alt: 'Illustration: höga staplar av dokumentmappar i blått och grått mot en ljus bakgrund',
    caption: 'Ärendemängden per handläggare har ökat med en tredjedel på två år, enligt enkäten.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['ai-chatbot-fk', 'stress-chefer'],
}
