import type { DemoArticle } from '../demoTypes'

export const scbIntervjuare: DemoArticle = {
  key: 'scb-intervjuare',
  title: 'SCB söker fler intervjuare till arbetskraftsundersökningen',
  kicker: 'SCB',
  type: 'notis',
  category: 'myndigheter',
  authors: ['jnyman'],
  lead: 'Statistikmyndigheten rekryterar ett trettiotal nya intervjuare, främst i norra Sverige.',
  body: [
    {
      kind: 'p',
      text: 'Tjänsterna är på deltid och arbetet sker till största delen hemifrån via telefon. Enligt SCB har svarsfrekvensen i undersökningarna sjunkit under flera år, vilket gör det allt viktigare med erfarna intervjuare som kan motivera människor att delta.',
    },
  ],
  daysAgo: 2,
  hero: {
    alt: 'Illustration: stapeldiagram i pastellfärger med en telefonsymbol',
    caption: 'Intervjuarna arbetar främst hemifrån.',
    photographer: 'Illustration: Redaktion',
  },
}
