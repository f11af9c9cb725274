import type { DemoArticle } from '../demoTypes'

export const ledareFlytt: DemoArticle = {
  key: 'ledare-flytt',
  title: 'Flytta gärna – men gör det ordentligt',
  kicker: 'Ledare',
  type: 'ledare',
  category: 'myndigheter',
  topic: 'myndigheter-flyttar',
  authors: ['kberglund'],
  lead: 'Statliga jobb i hela landet är en rimlig ambition. Men den får inte genomföras på bekostnad av dem som i dag bär verksamheten.',
  body: [
    {
      kind: 'p',
      text: 'Vår granskning av omlokaliseringarna visar ett mönster som borde oroa alla som bryr sig om en fungerande stat. Besluten fattas snabbt, konsekvensanalyserna är tunna och kostnaderna för förlorad kompetens redovisas nästan aldrig.',
    },
    {
      kind: 'p',
      text: 'Det betyder inte att myndigheter ska stå still. Det finns goda skäl att sprida statliga arbetsplatser över landet, och många av de kontor som har öppnats på mindre orter fungerar i dag väl. Men det kräver tid, planering och respekt för de människor som berörs.',
    },
    {
      kind: 'quote',
      text: '”Den som har byggt upp en verksamhet under tjugo år förtjänar mer än ett flyttbidrag.”',
    },
    {
      kind: 'p',
      text: 'Den som har byggt upp en verksamhet under tjugo år förtjänar mer än ett flyttbidrag och ett datum i kalendern. Hon eller han förtjänar en verklig dialog om hur kunskapen kan föras vidare, om möjligheten att arbeta på distans och om ett omställningsstöd värt namnet.',
    },
    {
      kind: 'p',
      text: 'Vi uppmanar regeringen att innan nästa flyttbeslut fatta ett annat: att varje omlokalisering ska föregås av en ordentlig konsekvensanalys, framtagen tillsammans med de fackliga organisationerna.',
    },
  ],
  daysAgo: 112,
  hero: {
    alt: 'Illustration: en pil som pekar norrut över en förenklad Sverigekarta',
    caption: 'Omlokaliseringar kräver tid och planering.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['flytt-kostnader', 'debatt-flytt'],
}
