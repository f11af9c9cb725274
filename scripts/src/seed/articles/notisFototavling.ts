import type { DemoArticle } from '../demoTypes'

export const notisFototavling: DemoArticle = {
  key: 'notis-fototavling',
  title: 'Vinnarna i medlemmarnas fototävling är utsedda',
  kicker: 'Fototävling',
  type: 'notis',
  category: 'kultur-och-fritid',
  authors: ['jnyman'],
  lead: 'Årets tema var ”Min arbetsdag” och lockade över 300 bidrag från medlemmar i hela landet.',
  body: [
    {
      kind: 'p',
      text: 'Förstapriset gick till en bild av en fältinventerare i morgondimma vid en myr i Jämtland. Juryn lyfte fram bildens stillhet och hur den fångar ett arbete som sällan syns.',
    },
    {
      kind: 'p',
      text: 'Samtliga vinnarbilder visas i nästa nummer av tidningen och på en utställning i förbundets lokaler under våren.',
    },
  ],
  daysAgo: 90,
  hero: {
    alt: 'Illustration: en kamera i platt stil framför ett dimmigt landskap i gråblått',
    caption: 'Över 300 bidrag skickades in till tävlingen.',
    photographer: 'Illustration: Redaktion',
  },
}
