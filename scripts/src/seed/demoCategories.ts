import type { DemoCategory } from './demoTypes'

export const demoCategories: DemoCategory[] = [
  {
    slug: 'arbetsliv',
    title: 'Arbetsliv',
    description:
      'Vardagen på jobbet, karriär, distansarbete och villkoren för dig som arbetar i staten.',
  },
  {
    slug: 'myndigheter',
    title: 'Myndigheter',
    description:
      'Nyheter och granskningar om hur myndigheterna styrs, organiseras och klarar sitt uppdrag.',
  },
  {
    slug: 'lon-och-avtal',
    title: 'Lön och avtal',
    description:
      'Lönerevisioner, kollektivavtal, pension och allt annat som rör ersättningen för ditt arbete.',
  },
  {
    slug: 'arbetsmiljo',
    title: 'Arbetsmiljö',
    description: 'Hot, stress, kontorsmiljöer och arbetet för en hälsosam och säker arbetsplats.',
  },
  {
    slug: 'digitalisering',
    title: 'Digitalisering',
    description:
      'Hur nya system, automatisering och AI förändrar arbetet i den offentliga förvaltningen.',
  },
  {
    slug: 'debatt',
    title: 'Debatt',
    description: 'Debattartiklar och repliker från medlemmar, forskare och andra som vill påverka.',
  },
  {
    slug: 'kultur-och-fritid',
    title: 'Kultur och fritid',
    description: 'Körer, bokcirklar, idrott och livet utanför arbetstid bland statligt anställda.',
  },
]
