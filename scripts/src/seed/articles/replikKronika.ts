import type { DemoArticle } from '../demoTypes'

export const replikKronika: DemoArticle = {
  key: 'replik-kronika',
  title: 'Replik: Ett bättre fikarum räcker inte',
  kicker: 'Replik',
  type: 'replik',
  category: 'debatt',
  authors: ['pekwall'],
  lead: 'Eva Sjöberg har rätt i att de informella mötena är viktiga. Men problemet med de nya kontoren är större än var kaffebryggaren står, skriver Per Ekwall.',
  body: [
    {
      kind: 'p',
      text: 'Det var med igenkänning jag läste Eva Sjöbergs krönika om fikarummet. Många av de bästa idéer jag har varit med om föddes i ett pausrum, inte i ett konferensrum.',
    },
    {
      kind: 'p',
      text: 'Men jag tror att krönikan gör problemet för litet. När myndigheterna bygger om sina lokaler handlar det sällan bara om pausytor. Det handlar om en förändrad syn på arbetsplatsen, där kontoret ses som en kostnad att minimera snarare än som en resurs för samarbete.',
    },
    {
      kind: 'p',
      text: 'Om vi ska ta tillvara det informella lärandet måste det finnas med i planeringen från början. Lokalförsörjningen borde beslutas med samma noggrannhet som IT-strategin, och medarbetarna måste få vara med och utforma miljön.',
    },
    {
      kind: 'quote',
      text: '”Kontoret ses som en kostnad att minimera snarare än som en resurs för samarbete.”',
    },
    {
      kind: 'p',
      text: 'Så visst, ge oss en riktig kaffebryggare. Men ge oss också ett kontor som är byggt för det arbete vi faktiskt utför.',
    },
  ],
  daysAgo: 18,
  hero: {
    alt: 'Illustration: en kaffebryggare framför en ritning av en kontorsplanlösning',
    caption: 'Lokalerna borde planeras för samarbete, menar debattören.',
    photographer: 'Illustration: Redaktion',
  },
  related: ['kronika-fikarummet', 'aktivitetsbaserat-kontor'],
}
