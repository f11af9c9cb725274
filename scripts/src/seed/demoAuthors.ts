import type { DemoAuthor } from './demoTypes'

export const demoAuthors: DemoAuthor[] = [
  {
    key: 'kberglund',
    name: 'Karin Berglund',
    role: 'Chefredaktör',
    bio: 'Karin Berglund är chefredaktör och ansvarig utgivare. Hon har tidigare arbetat som politisk reporter och skriver tidningens ledare.',
  },
  {
    key: 'jnyman',
    name: 'Johan Nyman',
    role: 'Reporter',
    bio: 'Johan Nyman bevakar myndigheter och socialförsäkringen. Han kom till tidningen från lokalradion i Sundsvall.',
  },
  {
    key: 'sahmadi',
    name: 'Sara Ahmadi',
    role: 'Reporter',
    bio: 'Sara Ahmadi skriver om digitalisering, AI och arbetsvillkor i staten. Hon arbetade som systemvetare innan hon blev journalist.',
  },
  {
    key: 'mlundholm',
    name: 'Mikael Lundholm',
    role: 'Reporter',
    bio: 'Mikael Lundholm bevakar arbetsmiljö, lön och avtal. Han har en bakgrund som skyddsombud och har skrivit för tidningen i tolv år.',
  },
  {
    key: 'esjoberg',
    name: 'Eva Sjöberg',
    role: 'Krönikör',
    bio: 'Eva Sjöberg är författare och före detta handläggare på en statlig myndighet. Hon skriver varannan vecka om livet i förvaltningen.',
  },
  {
    key: 'pekwall',
    name: 'Per Ekwall',
    role: 'Debattör, utredare på Statskontoret',
    bio: 'Per Ekwall har arbetat med myndighetsanalyser i femton år. Han skriver i egenskap av medlem och inte på uppdrag av sin arbetsgivare.',
  },
]
