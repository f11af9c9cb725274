import type { DemoArticle } from '../demoTypes'

export const debattAi: DemoArticle = {
  key: 'debatt-ai',
  title: 'Inför AI-ombud på varje myndighet',
  kicker: 'Debatt',
  type: 'debatt',
  category: 'debatt',
  topic: 'ai-i-forvaltningen',
  authors: ['pekwall'],
  lead: 'Myndigheternas användning av AI växer snabbare än förmågan att granska den. Medarbetarna behöver en egen företrädare i frågan, på samma sätt som skyddsombuden i arbetsmiljöarbetet, skriver Per Ekwall.',
  body: [
    {
      kind: 'p',
      text: 'När skyddsombuden fick sin roll i lagstiftningen var det ett genombrott. Medarbetarna fick en egen röst med rätt att ställa krav, få information och i värsta fall stoppa farligt arbete. Jag menar att vi står inför en liknande situation när det gäller artificiell intelligens.',
    },
    {
      kind: 'p',
      text: 'I dag införs AI-verktyg i handläggning, kundtjänst och analys, ofta som pilotprojekt som sedan blir permanenta. Besluten fattas av IT-avdelningar och ledningsgrupper. De som ska använda verktygen får sällan insyn i hur de fungerar eller vilka risker som har bedömts.',
    },
    { kind: 'h2', text: 'Ett ombud med befogenheter' },
    {
      kind: 'p',
      text: 'Ett AI-ombud skulle vara en utsedd medarbetare med rätt att ta del av riskbedömningar, delta när nya system utformas och lyfta frågor om rättssäkerhet och arbetsmiljö till ledningen. Rollen kan kopplas till det befintliga samverkanssystemet och kräver ingen ny lagstiftning för att komma i gång.',
    },
    {
      kind: 'list',
      items: [
        'Rätt till information om alla AI-system som påverkar arbetet',
        'Rätt att delta i risk- och konsekvensanalyser',
        'Utbildning som bekostas av arbetsgivaren',
      ],
    },
    {
      kind: 'p',
      text: 'Tekniken kommer att förändra förvaltningen, det är oundvikligt. Men om förändringen ska bli bra måste de som kan verksamheten bäst vara med från början, inte informeras i efterhand.',
    },
  ],
  daysAgo: 65,
  hero: {
    alt: 'Illustration: en namnskylt med texten ombud bredvid ett stiliserat kretskort',
    caption: 'Debattören vill ge medarbetarna insyn i AI-besluten.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['ai-riktlinjer', 'kronika-ai'],
}
