import type { DemoArticle } from '../demoTypes'

export const utkastTillitEnkat: DemoArticle = {
  key: 'utkast-tillit-enkat',
  title: 'Enkät: Var tredje chef vet inte hur myndigheten arbetar med tillit',
  kicker: 'Tillitsreformen',
  type: 'nyhet',
  category: 'myndigheter',
  topic: 'tillitsreformen',
  authors: ['jnyman'],
  lead: 'I en ny enkät uppger var tredje chef i staten att de inte har fått någon information om hur den egna myndigheten arbetar med tillitsbaserad styrning.',
  body: [
    {
      kind: 'p',
      text: 'Enkäten besvarades av drygt 800 chefer på olika nivåer i statsförvaltningen. Av dem uppger 31 procent att de inte känner till hur deras myndighet arbetar med tillitsfrågor, och nästan hälften säger att arbetet inte har påverkat deras vardag.',
    },
    {
      kind: 'p',
      text: '– Det är anmärkningsvärt. Cheferna är ju de som ska bära reformen ut i verksamheten, säger Camilla Ros, organisationsforskare.',
    },
    { kind: 'h2', text: 'Stora skillnader mellan chefsnivåerna' },
    {
      kind: 'p',
      text: 'Högre chefer är betydligt mer insatta än chefer i första linjen. Bland avdelningschefer känner nio av tio till arbetet, bland gruppchefer bara hälften.',
    },
    {
      kind: 'quote',
      text: '”Cheferna är ju de som ska bära reformen ut i verksamheten.” – Camilla Ros',
    },
  ],
  daysAgo: 0,
  isDraft: true,
  hero: {
    alt: 'Illustration: en pyramid av stiliserade figurer där de nedersta är nedtonade',
    caption: 'Chefer i första linjen är minst insatta i tillitsarbetet.',
    photographer: 'Illustration: Redaktion',
  },
}
