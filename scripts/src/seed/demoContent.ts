// Demoinnehåll för Redaktion. All text är påhittad: personer, citat och händelser är fiktiva.
// Verkliga myndighetsnamn förekommer endast som miljöer och vinjetter.

export type DemoBlock =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }

export type ArticleType =
  'nyhet' | 'reportage' | 'debatt' | 'kronika' | 'ledare' | 'replik' | 'notis'

export interface DemoCategory {
  slug: string
  title: string
  description: string
}
export interface DemoTopic {
  slug: string
  title: string
  description: string
}
export interface DemoAuthor {
  key: string
  name: string
  role: string
  bio: string
}
export interface DemoArticle {
  key: string // unique short id, e.g. 'fk-handlaggare'
  title: string
  kicker: string // vinjett, usually an agency or place name
  type: ArticleType
  category: string // a DemoCategory slug
  topic?: string // a DemoTopic slug
  authors: string[] // DemoAuthor keys (1-2)
  lead: string // ingress, 1-3 sentences
  body: DemoBlock[]
  daysAgo: number // how many days before "now" it was published (0-400)
  isDraft?: boolean // true = never published draft
  hero: { alt: string; caption: string; photographer: string }
  related?: string[] // keys of other articles (manual related articles), optional
}
export interface DemoTip {
  message: string
  name?: string
  contact?: string
  article?: string
  status: 'new' | 'in-progress' | 'closed'
  assignToJournalist?: boolean
}
export interface DemoCorrectionReport {
  article: string
  whatIsWrong: string
  whatIsRight: string
  source?: string
  contact?: string
  status: 'new' | 'reviewing' | 'corrected' | 'rejected'
  notice?: string
}
export interface DemoDebateSubmission {
  title: string
  text: string
  authorName: string
  signature: string
  email: string
  phone: string
  consentToEditing: true
  status: 'received' | 'reviewing' | 'accepted' | 'declined' | 'published'
}

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

export const demoTopics: DemoTopic[] = [
  {
    slug: 'tillitsreformen',
    title: 'På djupet: Tillitsreformen',
    description:
      'Vad blev det av löftet om mer tillit och mindre detaljstyrning? Vi följer arbetet på golvet, i ledningsgrupperna och i debatten.',
  },
  {
    slug: 'ai-i-forvaltningen',
    title: 'Serie: AI i förvaltningen',
    description:
      'Språkmodeller, chattrobotar och automatiserade beslut flyttar in på myndigheterna. Vi granskar vad det betyder för medarbetarna och för rättssäkerheten.',
  },
  {
    slug: 'myndigheter-flyttar',
    title: 'Granskning: När myndigheterna flyttar',
    description:
      'Omlokaliseringar ska stärka hela landet, men vad händer med kompetensen och med människorna som berörs? En granskning i flera delar.',
  },
]

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

export const demoArticles: DemoArticle[] = [
  // Myndigheter
  {
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
  },
  {
    key: 'migrationsverket-kotider',
    title: 'Kortare väntetider på Migrationsverket – men sjukfrånvaron stiger',
    kicker: 'Migrationsverket',
    type: 'nyhet',
    category: 'myndigheter',
    authors: ['jnyman'],
    lead: 'Handläggningstiderna för arbetstillstånd har kortats med flera veckor. Samtidigt ökar korttidsfrånvaron bland medarbetarna på de enheter som har gjort störst framsteg.',
    body: [
      {
        kind: 'p',
        text: 'Den genomsnittliga handläggningstiden för förstagångsansökningar om arbetstillstånd har minskat från fyra till knappt tre månader under det senaste halvåret. Det framgår av myndighetens egen uppföljning. Förbättringen förklaras bland annat med nya arbetssätt och extra resurser till de största enheterna.',
      },
      {
        kind: 'p',
        text: 'Men på flera av de enheter som har ökat takten mest har också korttidssjukfrånvaron stigit. På en enhet i Norrköping har den nästan fördubblats på ett år, enligt uppgifter från skyddsombuden.',
      },
      { kind: 'h2', text: 'Tempot har skruvats upp' },
      {
        kind: 'p',
        text: '– Det är klart att det är roligt att kunna ge besked snabbare. Men vi har inte fått fler kollegor, vi har bara fått springa fortare, säger Daniel Öberg, handläggare och skyddsombud.',
      },
      {
        kind: 'quote',
        text: '”Vi har inte fått fler kollegor, vi har bara fått springa fortare.” – Daniel Öberg, skyddsombud',
      },
      {
        kind: 'p',
        text: 'Skyddsombuden har begärt en riskbedömning enligt arbetsmiljölagen. Arbetsgivaren har enligt dem lovat att återkomma före sommaren.',
      },
      {
        kind: 'p',
        text: 'Migrationsverkets presstjänst skriver i ett mejl att myndigheten följer sjukfrånvaron noga och att den fortfarande ligger under genomsnittet för staten som helhet.',
      },
    ],
    daysAgo: 2,
    hero: {
      alt: 'Illustration: ett timglas byggt av geometriska former i orange och mörkblått',
      caption: 'Väntetiderna har kortats, men skyddsombuden larmar om tempot.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'kronofogden-telefonkon',
    title: 'En dag i telefonkön hos Kronofogden',
    kicker: 'Kronofogden',
    type: 'reportage',
    category: 'myndigheter',
    authors: ['sahmadi'],
    lead: 'Varje dag ringer tusentals människor med skulder till Kronofogden. Vi följde kundtjänsten under ett arbetspass där samtalen handlar om allt från betalningsplaner till ren förtvivlan.',
    body: [
      {
        kind: 'p',
        text: 'Klockan är strax efter åtta när Amira Hassan tar dagens första samtal. En man i femtioårsåldern har fått beslut om utmätning av sin lön och förstår inte varför. Hon förklarar lugnt, steg för steg, vad beslutet innebär och vilka möjligheter han har.',
      },
      {
        kind: 'p',
        text: '– Många skäms när de ringer. Det första jag försöker göra är att ta bort skammen, så att vi kan prata om vad som faktiskt går att göra, säger hon.',
      },
      { kind: 'h2', text: 'Samtal som sätter spår' },
      {
        kind: 'p',
        text: 'De flesta samtal är korta och handlar om praktiska frågor. Men några gånger i veckan möter medarbetarna människor i akut kris. Då finns en rutin för att koppla vidare till socialtjänsten eller till sjukvården.',
      },
      {
        kind: 'quote',
        text: '”Man lär sig att lägga på luren och ta nästa samtal. Men vissa röster följer med hem.” – Amira Hassan, kundtjänst',
      },
      {
        kind: 'p',
        text: 'Efter ett svårt samtal har medarbetarna rätt att ta en kort paus innan de loggar in i kön igen. Gruppchefen Jonas Wikström berättar att rutinen infördes efter önskemål från personalen själv, och att den har minskat sjukskrivningarna i gruppen.',
      },
      { kind: 'h2', text: 'Kundtjänsten i korthet' },
      {
        kind: 'list',
        items: [
          'Omkring 4 000 samtal en vanlig vardag',
          'Den vanligaste frågan gäller utmätning av lön',
          'Efter svåra samtal finns rätt till en återhämtningspaus',
        ],
      },
    ],
    daysAgo: 45,
    hero: {
      alt: 'Illustration: ett headset format av mjuka linjer i grönt och beige',
      caption: 'Kundtjänsten tar emot tusentals samtal om dagen.',
      photographer: 'Linnea Holm',
    },
  },
  {
    key: 'lantmateriet-forrattningar',
    title: 'Kön till Lantmäteriets förrättningar växer igen',
    kicker: 'Lantmäteriet',
    type: 'nyhet',
    category: 'myndigheter',
    authors: ['jnyman'],
    lead: 'Efter några år av minskande väntetider ökar nu kön för fastighetsbildning. Lantmätarna vittnar om svårigheter att rekrytera och om ärenden som blir allt mer komplexa.',
    body: [
      {
        kind: 'p',
        text: 'Den som vill stycka av en tomt eller ändra en fastighetsgräns får i dag räkna med en väntetid på i snitt tretton månader, enligt myndighetens senaste verksamhetsuppföljning. I vissa län är väntan ännu längre, medan enkla ärenden i storstäderna kan gå betydligt snabbare.',
      },
      { kind: 'h2', text: 'Svårt att behålla lantmätarna' },
      {
        kind: 'p',
        text: 'Bristen på utbildade lantmätare är en av huvudförklaringarna. Många går till privata konsultbolag eller kommunala lantmäterimyndigheter, där lönerna ofta är högre.',
      },
      {
        kind: 'p',
        text: '– Vi har kollegor som har lärts upp i flera år och sedan försvinner till en konsultfirma för tiotusen kronor mer i månaden. Det går inte att konkurrera med lojalitet, säger Karin Fält, förrättningslantmätare i Umeå.',
      },
      {
        kind: 'quote',
        text: '”Det går inte att konkurrera med lojalitet.” – Karin Fält, lantmätare',
      },
      {
        kind: 'p',
        text: 'Lantmäteriet uppger att man satsar på fler traineeplatser och ett utökat samarbete med högskolorna. Målet är att väntetiderna ska börja minska igen inom två år.',
      },
    ],
    daysAgo: 88,
    hero: {
      alt: 'Illustration: abstrakt karta med gränslinjer i gult och grått',
      caption: 'Väntetiden för en förrättning är i snitt tretton månader.',
      photographer: 'Tobias Wern',
    },
  },
  {
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
  },
  {
    key: 'ledare-myndighetsstyrning',
    title: 'Styr med förtroende, inte med pekpinnar',
    kicker: 'Ledare',
    type: 'ledare',
    category: 'myndigheter',
    topic: 'tillitsreformen',
    authors: ['kberglund'],
    lead: 'Tillitsreformen lovade mindre detaljstyrning och mer utrymme för medarbetarnas kunnande. På många håll har löftet ersatts av gamla mätetal i ny förpackning.',
    body: [
      {
        kind: 'p',
        text: 'När regeringen för några år sedan lyfte fram tillit som styrprincip var det många av våra medlemmar som drog en lättnadens suck. Äntligen skulle professionen få ta plats. Äntligen skulle den som möter medborgaren få använda sitt omdöme i stället för att fylla i ytterligare en blankett.',
      },
      {
        kind: 'p',
        text: 'I dag är bilden splittrad. I vår rundringning till förtroendevalda beskriver några en verklig förändring, med färre rapporter och mer dialog. Men fler berättar om samma gamla produktionsmål, nu med ordet tillit i rubriken på presentationen.',
      },
      {
        kind: 'p',
        text: 'Det är inte så konstigt. Tillit kan inte beslutas fram i ett regleringsbrev. Den byggs i vardagen, när en chef avstår från att kontrollera och i stället frågar vad medarbetaren behöver. Det kräver chefer som själva har mandat, och det kräver att myndigheternas ledningar vågar släppa en del av kontrollen.',
      },
      { kind: 'quote', text: '”Tillit kan inte beslutas fram i ett regleringsbrev.”' },
      {
        kind: 'p',
        text: 'Tillitsbaserad styrning kräver också resurser. En handläggare med 150 ärenden på bordet har inte tid att utöva sitt omdöme, hur stort förtroende ledningen än säger sig ha. Utan en rimlig arbetsbelastning blir tillit ett tomt ord.',
      },
      {
        kind: 'p',
        text: 'Därför borde nästa steg vara enkelt: låt medarbetarna själva vara med och utvärdera reformen. De vet bäst om den har nått fram.',
      },
    ],
    daysAgo: 30,
    hero: {
      alt: 'Illustration: två händer i enkla former som möts över ett rutnät',
      caption: 'Tillit byggs i vardagen, inte i styrdokumenten.',
      photographer: 'Illustration: Redaktion',
    },
    related: ['debatt-tillit', 'stress-chefer'],
  },
  {
    key: 'tillit-domstol',
    title: 'Domstolshandläggare får fatta fler beslut på egen hand',
    kicker: 'Domstolsverket',
    type: 'nyhet',
    category: 'myndigheter',
    topic: 'tillitsreformen',
    authors: ['jnyman'],
    lead: 'Ett nytt arbetssätt på flera tingsrätter ger domstolshandläggarna större ansvar för de enklare besluten. Medarbetarna beskriver det som tillit i praktiken.',
    body: [
      {
        kind: 'p',
        text: 'Sedan i höstas får domstolshandläggarna på fem tingsrätter själva fatta vissa processuella beslut som tidigare krävde en domare. Det gäller bland annat förelägganden och enklare frågor om anstånd. Försöket samordnas av Domstolsverket.',
      },
      {
        kind: 'p',
        text: '– För första gången på länge känns det som att någon litar på vår kompetens. Vi har ju gjort förarbetet i alla år, nu får vi också ta ansvar för beslutet, säger Emma Nordin, domstolshandläggare i Jönköping.',
      },
      { kind: 'h2', text: 'Mer tid för domarna' },
      {
        kind: 'p',
        text: 'Enligt en första utvärdering har handläggningstiden för de berörda besluten minskat, och domarna har fått mer tid för huvudförhandlingar. Samtidigt har behovet av internutbildning ökat, och flera tingsrätter har infört regelbundna genomgångar av fattade beslut.',
      },
      {
        kind: 'quote',
        text: '”För första gången på länge känns det som att någon litar på vår kompetens.” – Emma Nordin',
      },
      {
        kind: 'p',
        text: 'Förbundet ser positivt på försöket men vill att det utökade ansvaret också syns i lönen. Frågan väntas tas upp i nästa lönerevision.',
      },
    ],
    daysAgo: 4,
    hero: {
      alt: 'Illustration: en stiliserad domarklubba omgiven av cirklar i djupröd och sand',
      caption: 'Domstolshandläggarna tar nu fler beslut själva.',
      photographer: 'Maja Forsell',
    },
  },
  {
    key: 'flytt-kompetens',
    title: 'När myndigheten flyttade stannade kunskapen kvar i Stockholm',
    kicker: 'Östersund',
    type: 'reportage',
    category: 'myndigheter',
    topic: 'myndigheter-flyttar',
    authors: ['jnyman'],
    lead: 'Av de drygt hundra medarbetare som erbjöds att flytta med till Östersund tackade färre än tjugo ja. Två år senare brottas myndigheten fortfarande med följderna.',
    body: [
      {
        kind: 'p',
        text: 'Det nya kontoret har utsikt över Storsjön, och de som arbetar där i dag är på det stora hela nöjda. Men bakom den ljusa fasaden finns en historia om förlorad kompetens, långa upplärningstider och ärenden som blev liggande.',
      },
      {
        kind: 'p',
        text: '– Vi var tre personer som kunde det gamla regelverket på djupet. Ingen av oss flyttade. Det tog över ett år innan de nya kollegorna var självgående, säger en tidigare medarbetare som i dag arbetar på en annan myndighet i Stockholm.',
      },
      { kind: 'h2', text: 'Ärendena blev liggande' },
      {
        kind: 'p',
        text: 'Enligt myndighetens årsredovisningar ökade handläggningstiderna kraftigt under de två första åren efter flytten. Samtidigt steg kostnaderna för de konsulter som anlitades för att täcka kunskapsluckorna.',
      },
      {
        kind: 'quote',
        text: '”Det tog över ett år innan de nya kollegorna var självgående.” – tidigare medarbetare',
      },
      {
        kind: 'p',
        text: 'Den nuvarande ledningen beskriver flytten som en investering på lång sikt. Rekryteringen i regionen har gått bättre än väntat, och personalomsättningen är i dag lägre än den var i Stockholm.',
      },
      { kind: 'h2', text: 'Flytten i siffror' },
      {
        kind: 'list',
        items: [
          'Drygt 100 medarbetare berördes av beslutet',
          'Färre än 20 flyttade med till Östersund',
          'Handläggningstiderna ökade med i genomsnitt fem månader',
          'Personalomsättningen har minskat sedan flytten',
        ],
      },
    ],
    daysAgo: 130,
    hero: {
      alt: 'Illustration: flyttkartonger i isometrisk stil framför ett stiliserat fjällandskap',
      caption: 'Färre än var femte medarbetare följde med när myndigheten flyttade norrut.',
      photographer: 'Tobias Wern',
    },
    related: ['flytt-pendling', 'flytt-kostnader'],
  },
  {
    key: 'flytt-kostnader',
    title: 'Omlokaliseringarnas verkliga kostnader redovisas sällan',
    kicker: 'Granskning',
    type: 'nyhet',
    category: 'myndigheter',
    topic: 'myndigheter-flyttar',
    authors: ['jnyman', 'sahmadi'],
    lead: 'När myndigheter flyttar redovisas kostnaderna för lokaler och flyttfirmor. Men förlusten av kompetens och produktivitet syns nästan aldrig i kalkylerna, visar tidningens granskning.',
    body: [
      {
        kind: 'p',
        text: 'Tidningen har gått igenom de ekonomiska redovisningarna från tio myndigheter som helt eller delvis har omlokaliserats under de senaste åren. I samtliga fall redovisas direkta kostnader för lokaler, resor och flytt. Men bara två av myndigheterna har försökt uppskatta värdet av den kompetens som gick förlorad.',
      },
      {
        kind: 'p',
        text: '– Det är som att räkna på ett husbygge och glömma grunden. De stora kostnaderna uppstår när erfarna medarbetare slutar och verksamheten tappar fart i flera år, säger Lena Wik, nationalekonom som har forskat om statlig lokalisering.',
      },
      { kind: 'h2', text: 'Det här saknas i kalkylerna' },
      {
        kind: 'list',
        items: [
          'Kostnader för rekrytering och introduktion av ny personal',
          'Produktionsbortfall under upplärningstiden',
          'Konsultkostnader för att täcka kunskapsluckor',
          'Effekter på servicen till medborgare och företag',
        ],
      },
      {
        kind: 'quote',
        text: '”De stora kostnaderna uppstår när erfarna medarbetare slutar.” – Lena Wik, nationalekonom',
      },
      {
        kind: 'p',
        text: 'Förbundet kräver att regeringen inför krav på fullständiga konsekvensanalyser innan beslut om omlokalisering fattas. Analyserna bör enligt förbundet tas fram i samverkan med de fackliga organisationerna.',
      },
    ],
    daysAgo: 115,
    hero: {
      alt: 'Illustration: en miniräknare och en tumstock i platta färger på mörkblå botten',
      caption: 'Kompetensförlusterna syns sällan i kalkylerna.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
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
  },

  // Arbetsliv
  {
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
  },
  {
    key: 'distans-regler',
    title: 'Distansarbetet har kommit för att stanna – men vem bestämmer?',
    kicker: 'Distansarbete',
    type: 'reportage',
    category: 'arbetsliv',
    authors: ['sahmadi'],
    lead: 'På en del myndigheter får medarbetarna jobba hemma tre dagar i veckan, på andra krävs närvaro varje dag. Skillnaderna skapar frustration och har blivit ett konkurrensmedel i rekryteringen.',
    body: [
      {
        kind: 'p',
        text: 'När Elin Sandberg bytte jobb i höstas var det inte lönen som avgjorde. Det var att hennes nya arbetsgivare lät henne arbeta hemifrån två dagar i veckan. De dagarna sparar hon nästan tre timmars pendling mellan Uppsala och Stockholm.',
      },
      {
        kind: 'p',
        text: '– Jag hinner hämta på förskolan utan att stressa, och jag får faktiskt mer gjort när jag sitter ifred, säger hon.',
      },
      { kind: 'h2', text: 'Stora skillnader mellan arbetsgivarna' },
      {
        kind: 'p',
        text: 'Tidningens genomgång av ett tjugotal myndigheters riktlinjer visar stora skillnader. Vissa har inga tak alls, medan andra kräver att medarbetarna är på kontoret minst fyra dagar av fem. Ofta motiveras kraven med behovet av kunskapsöverföring och gemenskap.',
      },
      {
        kind: 'quote',
        text: '”Det som fungerar för en utredare fungerar inte nödvändigtvis för den som har publik service.” – Henrik Malm, HR-chef',
      },
      {
        kind: 'p',
        text: 'Henrik Malm är HR-chef på en mellanstor myndighet i Stockholm. Han menar att det är svårt att ha samma regler för alla, och att det viktiga är att besluten fattas nära verksamheten.',
      },
      {
        kind: 'p',
        text: 'Fackliga företrädare efterlyser däremot tydligare ramar. De pekar på att frågor om arbetsmiljö, försäkringar och utrustning i hemmet ofta är oreglerade, och att det skapar otrygghet för både medarbetare och chefer.',
      },
    ],
    daysAgo: 60,
    hero: {
      alt: 'Illustration: en bärbar dator på ett köksbord vid ett fönster, i mjuka blå toner',
      caption: 'Reglerna för hemarbete skiljer sig kraftigt mellan myndigheterna.',
      photographer: 'Linnea Holm',
    },
  },
  {
    key: 'seniorer-jobbar-kvar',
    title: 'De vill fortsätta jobba efter 69',
    kicker: 'Trafikverket',
    type: 'reportage',
    category: 'arbetsliv',
    authors: ['mlundholm'],
    lead: 'Allt fler statligt anställda vill arbeta längre än vad de har rätt till. Vi har träffat en senior som förhandlat fram en förlängning – och en som fick nej.',
    body: [
      {
        kind: 'p',
        text: 'Göran Blom fyllde 70 i våras och går fortfarande till kontoret på Trafikverket i Borlänge tre dagar i veckan. Han arbetar med broinspektioner och har en kunskap om äldre konstruktioner som få yngre kollegor har.',
      },
      {
        kind: 'p',
        text: '– Jag sa till min chef att jag gärna stannar så länge jag gör nytta. Vi kom överens om ett år i taget, och nu har vi förlängt två gånger, säger han.',
      },
      { kind: 'h2', text: 'Ingen rätt att stanna' },
      {
        kind: 'p',
        text: 'Lagen ger anställda rätt att vara kvar till 69 års ålder. Därefter krävs en överenskommelse med arbetsgivaren, och den kan se mycket olika ut. Ofta handlar det om visstidsanställningar på deltid.',
      },
      {
        kind: 'quote',
        text: '”Kunskapen om de gamla broarna finns inte i något system. Den finns i huvudet på folk som jag.” – Göran Blom',
      },
      {
        kind: 'p',
        text: 'Birgitta Nord, tidigare utredare i Göteborg, fick däremot nej när hon ville fortsätta. Arbetsgivaren hänvisade till en pågående omorganisation. Hon säger att hon hade önskat ett tydligare resonemang om varför hennes erfarenhet inte behövdes.',
      },
      {
        kind: 'p',
        text: 'Förbundets jurister rekommenderar att den som vill arbeta längre tar upp frågan i god tid, gärna vid medarbetarsamtalet ett par år innan.',
      },
    ],
    daysAgo: 150,
    hero: {
      alt: 'Illustration: en bro i enkla linjer över ett vattendrag i grönt och guld',
      caption: 'Erfarenheten av äldre broar är svår att ersätta.',
      photographer: 'Henrik Dahl',
    },
  },
  {
    key: 'kronika-fikarummet',
    title: 'Fikarummet är myndighetens viktigaste mötesrum',
    kicker: 'Krönika',
    type: 'kronika',
    category: 'arbetsliv',
    authors: ['esjoberg'],
    lead: 'Inga protokoll, inga dagordningar, ingen ordförande. Ändå är det vid kaffebryggaren som de flesta problem faktiskt löses, skriver Eva Sjöberg.',
    body: [
      {
        kind: 'p',
        text: 'Jag arbetade i nästan tjugo år som handläggare, och om jag ska vara ärlig lärde jag mig mer vid kaffebryggaren än på alla utbildningsdagar tillsammans. Det var där någon berättade att det nya systemet inte räknade semesterdagar rätt. Det var där jag fick veta hur man skriver ett avslag som går att förstå.',
      },
      {
        kind: 'p',
        text: 'Nu läser jag att flera myndigheter bygger om sina kontor och drar ner på ytorna för pauser. Fikarummet blir en ”mötespunkt” med höga bord där ingen vill stå längre än det tar att dricka en espresso. Det går säkert att räkna hem i kvadratmeter.',
      },
      {
        kind: 'p',
        text: 'Men det som försvinner syns inte i någon kalkyl. Den nyanställda som vågar ställa sin dumma fråga. Den erfarna kollegan som märker att någon inte mår bra. Det informella samtalet, där man inte behöver boka tid eller skicka en kallelse.',
      },
      { kind: 'quote', text: '”Det som försvinner syns inte i någon kalkyl.”' },
      {
        kind: 'p',
        text: 'Så till alla chefer som planerar nya kontor: spara på konferensrummen i stället. Ge oss ett ordentligt bord, riktiga stolar och en kaffebryggare som inte kräver passerkort. Det är den bästa investeringen ni gör i år.',
      },
    ],
    daysAgo: 20,
    hero: {
      alt: 'Illustration: kaffekoppar runt ett runt bord sett ovanifrån, i rostbrunt och krämvitt',
      caption: 'Vid kaffebryggaren löses mycket som inget möte klarar.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'notis-friskvard',
    title: 'Trafikverket höjer friskvårdsbidraget',
    kicker: 'Trafikverket',
    type: 'notis',
    category: 'arbetsliv',
    authors: ['mlundholm'],
    lead: 'Medarbetarna på Trafikverket får från och med nästa månad upp till 4 000 kronor om året i friskvårdsbidrag.',
    body: [
      {
        kind: 'p',
        text: 'Höjningen är ett resultat av samtal mellan arbetsgivaren och de lokala fackliga organisationerna. Bidraget kan bland annat användas till gymkort, simhall och massage.',
      },
      {
        kind: 'p',
        text: 'De fackliga företrädarna välkomnar beslutet men påpekar att den viktigaste friskvården fortfarande är en rimlig arbetsbelastning.',
      },
    ],
    daysAgo: 2,
    hero: {
      alt: 'Illustration: ett par löparskor i neonfärger på en grå bakgrund',
      caption: 'Bidraget kan användas till bland annat gym och simhall.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'flytt-pendling',
    title: 'Pendlarna som inte ville flytta med jobbet',
    kicker: 'Gävle',
    type: 'reportage',
    category: 'arbetsliv',
    topic: 'myndigheter-flyttar',
    authors: ['sahmadi'],
    lead: 'När myndigheten flyttade sitt huvudkontor valde en stor del av personalen att pendla i stället för att flytta. Två år senare har många gett upp.',
    body: [
      {
        kind: 'p',
        text: 'Tåget från Stockholm mot Gävle går 06.12. I vagn tre sitter samma ansikten varje tisdag och torsdag. De flesta har öppnat datorn innan tåget ens har lämnat perrongen.',
      },
      {
        kind: 'p',
        text: '– Vi kallar oss pendlarklubben. Det låter gemytligt, men egentligen är det en överlevnadsstrategi, säger Lotta Eriksson, som har arbetat som jurist på myndigheten i elva år.',
      },
      { kind: 'h2', text: 'När stödet tog slut' },
      {
        kind: 'p',
        text: 'Vid flytten erbjöds personalen ett pendlingsstöd under en övergångsperiod. När stödet upphörde började fler söka sig till andra arbetsgivare. Enligt de fackliga företrädarna har drygt hälften av dem som pendlade vid flytten nu slutat.',
      },
      {
        kind: 'quote',
        text: '”Det låter gemytligt, men egentligen är det en överlevnadsstrategi.” – Lotta Eriksson, jurist',
      },
      {
        kind: 'p',
        text: 'För myndigheten har det inneburit en omfattande nyrekrytering. Ledningen framhåller att det har gått bra att hitta ny personal i regionen, men medger att det tar tid att bygga upp samma erfarenhet.',
      },
    ],
    daysAgo: 125,
    hero: {
      alt: 'Illustration: ett tåg i rörelse tecknat med horisontella linjer i gryningsfärger',
      caption: 'Morgontåget har blivit en förlängning av kontoret.',
      photographer: 'Maja Forsell',
    },
  },

  // Lön och avtal
  {
    key: 'lonerevision-forsenad',
    title: 'Lönerevisionen drar ut på tiden på flera myndigheter',
    kicker: 'Lönerevision',
    type: 'nyhet',
    category: 'lon-och-avtal',
    authors: ['mlundholm'],
    lead: 'På minst nio myndigheter har medarbetarna ännu inte fått sina nya löner, trots att avtalet började gälla för flera månader sedan. Förbundet kräver att processen snabbas upp.',
    body: [
      {
        kind: 'p',
        text: 'Enligt förbundets egen sammanställning är lönesamtalen fortfarande inte avslutade på nio myndigheter, bland dem två av statens största arbetsgivare. Förseningarna förklaras med allt från omorganisationer till byten av lönesystem.',
      },
      {
        kind: 'p',
        text: '– Det är inte rimligt att medlemmarna ska vänta i ett halvår på pengar de har rätt till. Retroaktiv lön i all ära, men förtroendet för processen tar skada, säger Ulrika Strand, förhandlingschef på förbundet.',
      },
      { kind: 'h2', text: 'Därför blir det försenat' },
      {
        kind: 'list',
        items: [
          'Omorganisationer som gör att chefer byts ut mitt i processen',
          'Byte av lönesystem eller HR-system',
          'Oenighet om fördelningen mellan olika yrkesgrupper',
          'Brist på tid för lönesamtal hos chefer med många medarbetare',
        ],
      },
      {
        kind: 'quote',
        text: '”Retroaktiv lön i all ära, men förtroendet för processen tar skada.” – Ulrika Strand, förhandlingschef',
      },
      {
        kind: 'p',
        text: 'Arbetsgivarverket uppger att man följer läget men att lönebildningen är en fråga för varje myndighet. Förbundet kommer att ta upp frågan vid nästa centrala avstämning mellan parterna.',
      },
    ],
    daysAgo: 5,
    hero: {
      alt: 'Illustration: en kalender med överkryssade veckor och ett myntstaplat diagram',
      caption: 'Många väntar fortfarande på årets lönebesked.',
      photographer: 'Illustration: Redaktion',
    },
    related: ['notis-lonestatistik', 'ledare-avtal'],
  },
  {
    key: 'lonekartlaggning',
    title: 'Osakliga löneskillnader finns kvar trots kartläggningar',
    kicker: 'Jämställda löner',
    type: 'reportage',
    category: 'lon-och-avtal',
    authors: ['mlundholm', 'sahmadi'],
    lead: 'Alla arbetsgivare är skyldiga att kartlägga lönerna varje år. Men när vi granskade ett urval av myndigheternas kartläggningar hittade vi brister i nästan hälften.',
    body: [
      {
        kind: 'p',
        text: 'Diskrimineringslagen kräver att arbetsgivare varje år kartlägger och analyserar lönerna för att upptäcka osakliga skillnader mellan kvinnor och män. Tidningen har begärt ut kartläggningarna från femton myndigheter av olika storlek.',
      },
      {
        kind: 'p',
        text: 'I sju av dem saknas en analys av skillnaderna mellan grupper med likvärdigt arbete, trots att det är själva kärnan i lagens krav. I flera fall konstateras skillnader utan att någon åtgärdsplan har upprättats.',
      },
      { kind: 'h2', text: 'Analysen blir en formalitet' },
      {
        kind: 'p',
        text: '– Kartläggningen blir ofta en övning i att fylla i en mall. Det är sällan någon frågar vad siffrorna faktiskt betyder, säger Hanna Ljung, lönespecialist och fackligt förtroendevald i Malmö.',
      },
      {
        kind: 'quote',
        text: '”Det är sällan någon frågar vad siffrorna faktiskt betyder.” – Hanna Ljung, lönespecialist',
      },
      {
        kind: 'p',
        text: 'Förbundet vill nu att de fackliga organisationerna involveras tidigare i arbetet och att resultaten redovisas öppet för medarbetarna. Först då, menar förbundet, blir kartläggningen ett verktyg och inte bara en pappersprodukt.',
      },
    ],
    daysAgo: 110,
    hero: {
      alt: 'Illustration: en våg i balans med staplar i två färger på vardera sida',
      caption: 'Sju av femton kartläggningar saknade en fullständig analys.',
      photographer: 'Tobias Wern',
    },
  },
  {
    key: 'ledare-avtal',
    title: 'Ett avtal är början, inte slutet',
    kicker: 'Ledare',
    type: 'ledare',
    category: 'lon-och-avtal',
    authors: ['kberglund'],
    lead: 'De centrala parterna har gjort sitt. Nu avgörs värdet av det nya avtalet på varje enskild arbetsplats.',
    body: [
      {
        kind: 'p',
        text: 'Det är lätt att tro att löneavtalet är klart när de centrala parterna har skrivit under. Rubrikerna handlar om procentsatser och avtalsperioder, och sedan blir det tyst. Men för den enskilda medarbetaren har arbetet bara börjat.',
      },
      {
        kind: 'p',
        text: 'Det är i lönesamtalet med chefen som avtalet får sitt verkliga innehåll. Där ska prestation och utveckling synliggöras, och där ska den som har tagit på sig mer ansvar få det erkänt. Det kräver förberedelser från båda håll och chefer som har tid och mandat att föra ett riktigt samtal.',
      },
      {
        kind: 'p',
        text: 'Alltför ofta hör vi om lönesamtal som tar tio minuter och där siffran redan är bestämd. Det är inte den lokala lönebildning som statens avtal bygger på. Det är en administrativ procedur med ett mänskligt ansikte.',
      },
      { kind: 'quote', text: '”Det är i lönesamtalet som avtalet får sitt verkliga innehåll.”' },
      {
        kind: 'p',
        text: 'Vi uppmanar därför alla medlemmar att förbereda sig, att begära underlag och att använda förbundets stöd. Och vi uppmanar myndigheternas ledningar att ge sina chefer förutsättningar att göra lönesamtalet till årets viktigaste samtal.',
      },
    ],
    daysAgo: 70,
    hero: {
      alt: 'Illustration: en reservoarpenna över ett dokument med abstrakta textrader',
      caption: 'Avtalet får sitt innehåll i lönesamtalet.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'notis-lonestatistik',
    title: 'Ny statistik: lönerna i staten ökade med 3,4 procent',
    kicker: 'Lönestatistik',
    type: 'notis',
    category: 'lon-och-avtal',
    authors: ['mlundholm'],
    lead: 'Den genomsnittliga löneökningen för statligt anställda landade på 3,4 procent under det senaste året, enligt ny statistik från arbetsgivarsidan.',
    body: [
      {
        kind: 'p',
        text: 'Ökningen är något högre än det centrala avtalets nivå. Störst var ökningarna inom IT och juridik, där konkurrensen om arbetskraften är hård. Lägst ökade lönerna för administratörer och assistenter.',
      },
    ],
    daysAgo: 14,
    hero: {
      alt: 'Illustration: en uppåtgående kurva i grönt över ett rutat papper',
      caption: 'Störst ökning inom IT och juridik.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'pension-tjanstledighet',
    title: 'Tjänstledig? Så påverkas din tjänstepension',
    kicker: 'Pension',
    type: 'nyhet',
    category: 'lon-och-avtal',
    authors: ['jnyman'],
    lead: 'Den som är tjänstledig för studier eller för att pröva ett annat jobb kan gå miste om pensionsavsättningar. Många upptäcker det först när pensionsbeskedet kommer.',
    body: [
      {
        kind: 'p',
        text: 'Under tjänstledighet utan lön betalar arbetsgivaren normalt inte in någon premie till tjänstepensionen. För den som är ledig i flera år kan det bli en märkbar skillnad i den framtida pensionen.',
      },
      {
        kind: 'p',
        text: '– Vi får många frågor från medlemmar som har varit lediga för att pröva ett annat jobb och sedan blir förvånade över att det saknas inbetalningar. Det går att undvika med lite planering, säger Magnus Tell, pensionsrådgivare på förbundet.',
      },
      { kind: 'h2', text: 'Tre saker att tänka på' },
      {
        kind: 'list',
        items: [
          'Kontrollera vilka ledigheter som ger pensionsavsättningar och vilka som inte gör det',
          'Undersök om den nya arbetsgivaren har kollektivavtal med tjänstepension',
          'Spara själv eller förhandla om kompensation vid längre ledigheter',
        ],
      },
      {
        kind: 'quote',
        text: '”Det går att undvika med lite planering.” – Magnus Tell, pensionsrådgivare',
      },
      {
        kind: 'p',
        text: 'Reglerna för olika typer av ledighet skiljer sig åt, och i vissa fall räknas även föräldraledighet in. Den som är osäker kan vända sig till förbundets rådgivning för att få en genomgång av sin egen situation.',
      },
    ],
    daysAgo: 200,
    hero: {
      alt: 'Illustration: en spargris i geometrisk stil med ett timglas bredvid',
      caption: 'Långa ledigheter kan ge luckor i pensionen.',
      photographer: 'Illustration: Redaktion',
    },
  },

  // Arbetsmiljö
  {
    key: 'kriminalvarden-hot',
    title: 'Hoten mot personalen ökar på anstalterna',
    kicker: 'Kriminalvården',
    type: 'reportage',
    category: 'arbetsmiljo',
    authors: ['mlundholm'],
    lead: 'Kriminalvårdare vittnar om en hårdare ton, fler hot och en vardag där oron följer med hem. Samtidigt har andelen nyanställda med kort erfarenhet sällan varit större.',
    body: [
      {
        kind: 'p',
        text: 'Det var under en vanlig kvällsrunda som Peter Sundin hörde en intern nämna gatan där han bodde. Han hade aldrig berättat det för någon på avdelningen. Sedan dess tar han en annan väg till jobbet och har ansökt om skyddade personuppgifter.',
      },
      {
        kind: 'p',
        text: '– Det är det som är nytt. Förr handlade hoten om här och nu, i korridoren. I dag handlar de om ens familj, säger han.',
      },
      { kind: 'h2', text: 'Fler nya kollegor' },
      {
        kind: 'p',
        text: 'Den snabba utbyggnaden av antalet platser har gjort att många anstalter har en hög andel nyanställda. På vissa avdelningar har mer än hälften av personalen arbetat kortare tid än ett år. Skyddsombuden varnar för att erfarenheten inte räcker till i de mest krävande situationerna.',
      },
      {
        kind: 'quote',
        text: '”Förr handlade hoten om här och nu. I dag handlar de om ens familj.” – Peter Sundin, kriminalvårdare',
      },
      {
        kind: 'p',
        text: 'Kriminalvården har infört utbildning i hot- och våldshantering för alla nyanställda och gjort det enklare att skydda personuppgifter. Men enligt de medarbetare vi har talat med räcker det inte.',
      },
      { kind: 'h2', text: 'Det här kräver medarbetarna' },
      {
        kind: 'list',
        items: [
          'Fler erfarna kollegor på varje arbetspass',
          'Snabbare stöd efter att någon har utsatts för hot',
          'Att varje hot polisanmäls och följs upp',
        ],
      },
    ],
    daysAgo: 25,
    hero: {
      alt: 'Illustration: en lång korridor i perspektiv med stängda dörrar i kalla färger',
      caption: 'Hoten riktas allt oftare mot personalens privatliv.',
      photographer: 'Henrik Dahl',
    },
    related: ['polisen-civilanstallda'],
  },
  {
    key: 'polisen-civilanstallda',
    title: 'Civilanställda inom polisen: ”Vi glöms bort när resurserna fördelas”',
    kicker: 'Polismyndigheten',
    type: 'nyhet',
    category: 'arbetsmiljo',
    authors: ['jnyman'],
    lead: 'När polisen växer riktas nästan alla satsningar mot poliser i yttre tjänst. Civila utredare och analytiker beskriver en ökande arbetsbörda utan motsvarande stöd.',
    body: [
      {
        kind: 'p',
        text: 'Civilanställda utgör omkring en tredjedel av Polismyndighetens personal och arbetar bland annat som utredare, analytiker, forensiker och administratörer. I en ny enkät från förbundet uppger sex av tio att arbetsbelastningen har ökat markant det senaste året.',
      },
      {
        kind: 'p',
        text: '– Vi ser hur det satsas på fler poliser i yttre tjänst, och det är bra. Men alla ärenden de tar in ska också utredas, och där har vi inte blivit fler i samma takt, säger Nadia Rahimi, civil utredare i Malmö.',
      },
      { kind: 'h2', text: 'Tunga bilder och lite stöd' },
      {
        kind: 'p',
        text: 'Många civilanställda arbetar med grovt våldsmaterial eller bilder på övergrepp mot barn. Flera vittnar om att det stöd som finns för poliser efter påfrestande uppdrag inte alltid erbjuds dem.',
      },
      {
        kind: 'quote',
        text: '”Alla ärenden ska också utredas, och där har vi inte blivit fler.” – Nadia Rahimi, civil utredare',
      },
      {
        kind: 'p',
        text: 'Polismyndigheten skriver i en kommentar att myndigheten har samma arbetsmiljöansvar för alla anställda och att rutinerna för stödsamtal nu ses över.',
      },
    ],
    daysAgo: 0,
    hero: {
      alt: 'Illustration: en skrivbordslampa som lyser över högar av pärmar i mörkblått',
      caption: 'De civila utredarna beskriver en växande arbetsbörda.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'aktivitetsbaserat-kontor',
    title: 'Aktivitetsbaserade kontor ger mer buller och mindre ro',
    kicker: 'Kontorsmiljö',
    type: 'nyhet',
    category: 'arbetsmiljo',
    topic: 'myndigheter-flyttar',
    authors: ['sahmadi'],
    lead: 'När myndigheter flyttar till nya lokaler blir det ofta aktivitetsbaserade kontor. En ny studie visar att många medarbetare upplever sämre koncentration och fler störningar.',
    body: [
      {
        kind: 'p',
        text: 'Arbetsmiljöforskare har följt sex myndigheter före och efter en flytt till aktivitetsbaserade kontor. Resultaten visar att andelen som upplever störande ljud nästan fördubblades, och att färre uppger att de kan koncentrera sig på sina arbetsuppgifter.',
      },
      {
        kind: 'p',
        text: '– Det är inte konceptet i sig som är problemet. Det är när man inför det för att spara yta utan att först fråga vilket arbete som ska utföras, säger Therese Alm, forskare och en av författarna bakom studien.',
      },
      { kind: 'h2', text: 'Flytten blir ett tillfälle att spara' },
      {
        kind: 'p',
        text: 'I samband med en omlokalisering eller ett nytt hyresavtal ser många myndigheter en möjlighet att minska sina lokalkostnader. Men studien visar att besparingarna sällan vägs mot effekterna på arbetsmiljö och produktivitet.',
      },
      {
        kind: 'quote',
        text: '”Det är inte konceptet i sig som är problemet.” – Therese Alm, forskare',
      },
      { kind: 'h2', text: 'Forskarnas råd' },
      {
        kind: 'list',
        items: [
          'Kartlägg arbetsuppgifterna innan kontoret utformas',
          'Se till att det finns tillräckligt många tysta rum',
          'Följ upp arbetsmiljön ett år efter flytten',
        ],
      },
    ],
    daysAgo: 140,
    hero: {
      alt: 'Illustration: öppet kontorslandskap med tomma skrivbord och ljudvågor i luften',
      caption: 'Andelen som störs av ljud nästan fördubblades efter flytten.',
      photographer: 'Maja Forsell',
    },
  },
  {
    key: 'stress-chefer',
    title: 'Mellancheferna som håller ihop staten',
    kicker: 'Chefsliv',
    type: 'reportage',
    category: 'arbetsmiljo',
    topic: 'tillitsreformen',
    authors: ['sahmadi'],
    lead: 'De ska leda med tillit, leverera enligt mål, hantera omorganisationer och ha tid för varje medarbetare. Vi har talat med mellanchefer som beskriver ett uppdrag på gränsen till det omöjliga.',
    body: [
      {
        kind: 'p',
        text: 'Jessica Wallin har 32 medarbetare. Hon ska ha medarbetarsamtal och lönesamtal med var och en, följa upp sjukfrånvaro, rekrytera, svara på remisser och dessutom sitta med i tre projektgrupper. Det mesta av det egentliga ledarskapet, säger hon, sker mellan sju och åtta på morgonen innan mötena börjar.',
      },
      {
        kind: 'p',
        text: '– Jag tror på tanken om tillit. Men jag har inte tid att lära känna mina medarbetare tillräckligt för att veta vad de behöver. Då är det lätt att falla tillbaka på kontroll.',
      },
      { kind: 'h2', text: 'För många medarbetare per chef' },
      {
        kind: 'p',
        text: 'Forskningen om chefers arbetsmiljö pekar på att kontrollspannet, alltså antalet medarbetare per chef, har stor betydelse. I många statliga verksamheter ligger det långt över de nivåer som brukar anses rimliga.',
      },
      {
        kind: 'quote',
        text: '”Jag tror på tanken om tillit. Men jag har inte tid att lära känna mina medarbetare.” – Jessica Wallin, enhetschef',
      },
      {
        kind: 'p',
        text: 'Flera av cheferna vi har talat med efterlyser mer stöd från HR och färre administrativa uppgifter. Några har fått sina enheter delade, något som de menar har gjort stor skillnad både för dem själva och för medarbetarna.',
      },
    ],
    daysAgo: 95,
    hero: {
      alt: 'Illustration: en figur som balanserar många bollar i luften, i korallrött och grått',
      caption: 'Många chefer har över trettio medarbetare.',
      photographer: 'Linnea Holm',
    },
  },
  {
    key: 'notis-skyddsombud',
    title: 'Rekordmånga skyddsombud utbildade i år',
    kicker: 'Skyddsombud',
    type: 'notis',
    category: 'arbetsmiljo',
    authors: ['mlundholm'],
    lead: 'Förbundet har utbildat fler skyddsombud än någonsin tidigare under ett enskilt år.',
    body: [
      {
        kind: 'p',
        text: 'Sammanlagt har drygt 600 nya skyddsombud gått grundutbildningen, de flesta via de nya digitala kurserna. Intresset har varit särskilt stort bland medlemmar på myndigheter som genomgår omorganisationer.',
      },
    ],
    daysAgo: 33,
    hero: {
      alt: 'Illustration: en skyddshjälm och en anteckningsbok i gult och svart',
      caption: 'Över 600 nya skyddsombud har utbildats.',
      photographer: 'Illustration: Redaktion',
    },
  },

  // Digitalisering
  {
    key: 'ai-skatteverket',
    title: 'Skatteverket testar AI-stöd i granskningen av deklarationer',
    kicker: 'Skatteverket',
    type: 'nyhet',
    category: 'digitalisering',
    topic: 'ai-i-forvaltningen',
    authors: ['sahmadi'],
    lead: 'Ett nytt AI-verktyg ska hjälpa handläggarna att hitta avvikelser i deklarationerna. Medarbetarna är positiva men vill veta vem som bär ansvaret när maskinen gör fel.',
    body: [
      {
        kind: 'p',
        text: 'I ett pilotprojekt på två skattekontor får handläggarna stöd av ett AI-verktyg som markerar deklarationer med ovanliga mönster. Verktyget fattar inga beslut på egen hand, utan föreslår vilka ärenden som bör granskas närmare.',
      },
      {
        kind: 'p',
        text: '– Det sparar tid, det ska jag inte sticka under stol med. Men jag vill förstå varför systemet flaggar ett ärende, annars blir jag bara en stämpel på maskinens förslag, säger Oskar Lindahl, skattehandläggare som deltar i projektet.',
      },
      { kind: 'h2', text: 'Vem bär ansvaret?' },
      {
        kind: 'p',
        text: 'Fackliga företrädare har begärt förhandling om hur verktyget påverkar arbetsuppgifterna. De vill också att det klargörs hur ansvaret fördelas om ett felaktigt beslut fattas efter en rekommendation från systemet.',
      },
      {
        kind: 'quote',
        text: '”Annars blir jag bara en stämpel på maskinens förslag.” – Oskar Lindahl, skattehandläggare',
      },
      {
        kind: 'p',
        text: 'Skatteverket uppger att projektet ska utvärderas efter ett år och att medarbetarnas erfarenheter kommer att väga tungt när myndigheten beslutar om verktyget ska införas i större skala.',
      },
    ],
    daysAgo: 1,
    hero: {
      alt: 'Illustration: ett förstoringsglas över rader av siffror med ett neuralt nätverk i bakgrunden',
      caption: 'AI-verktyget föreslår vilka deklarationer som bör granskas.',
      photographer: 'Illustration: Redaktion',
    },
    related: ['ai-riktlinjer', 'debatt-ai'],
  },
  {
    key: 'ai-chatbot-fk',
    title: 'Chattroboten som aldrig går hem',
    kicker: 'Försäkringskassan',
    type: 'reportage',
    category: 'digitalisering',
    topic: 'ai-i-forvaltningen',
    authors: ['sahmadi'],
    lead: 'En digital assistent svarar nu på de vanligaste frågorna om föräldrapenning. För kundtjänstens medarbetare har det inneburit färre enkla samtal – och fler svåra.',
    body: [
      {
        kind: 'p',
        text: 'Det är mitt i natten när en pappa i Västerås loggar in för att ta reda på hur det fungerar att spara föräldradagar. Svaret kommer på några sekunder. Frågan når aldrig en människa, och det är precis meningen.',
      },
      {
        kind: 'p',
        text: 'Den digitala assistenten hanterar i dag en stor del av de allmänna frågor som tidigare gick till telefon. För kundtjänsten har det förändrat arbetet i grunden.',
      },
      { kind: 'h2', text: 'Kvar blir de svåra samtalen' },
      {
        kind: 'p',
        text: '– Förr kunde jag ta tio enkla samtal i rad och sedan ett svårt. Nu är nästan alla samtal svåra. Det är människor som har fått avslag, som inte förstår beslutet eller som befinner sig i kris, säger Rebecka Holm, kundtjänstmedarbetare i Luleå.',
      },
      { kind: 'quote', text: '”Nu är nästan alla samtal svåra.” – Rebecka Holm, kundtjänst' },
      {
        kind: 'p',
        text: 'Forskare som har studerat automatisering i offentlig sektor beskriver fenomenet som att de enkla uppgifterna försvinner medan arbetsbördan koncentreras. Det ställer nya krav på återhämtning och kompetensutveckling.',
      },
      { kind: 'h2', text: 'Så fungerar assistenten' },
      {
        kind: 'list',
        items: [
          'Svarar på allmänna frågor dygnet runt',
          'Lämnar inga besked om enskilda ärenden',
          'Kopplar vidare till en handläggare vid behov',
        ],
      },
    ],
    daysAgo: 40,
    hero: {
      alt: 'Illustration: pratbubblor i olika storlekar som svävar över en mobilskärm',
      caption: 'Den digitala assistenten tar de enkla frågorna.',
      photographer: 'Tobias Wern',
    },
  },
  {
    key: 'ai-riktlinjer',
    title: 'Få myndigheter har riktlinjer för generativ AI',
    kicker: 'Kartläggning',
    type: 'nyhet',
    category: 'digitalisering',
    topic: 'ai-i-forvaltningen',
    authors: ['sahmadi', 'jnyman'],
    lead: 'Medarbetare använder redan AI-verktyg i arbetet, men bara var fjärde myndighet i vår kartläggning har tydliga regler för hur det får gå till.',
    body: [
      {
        kind: 'p',
        text: 'Tidningen har ställt frågor till 40 statliga myndigheter om hur de hanterar generativ AI. Av de 32 som svarade har åtta antagit riktlinjer som gäller alla medarbetare. Ytterligare tolv uppger att arbete pågår.',
      },
      {
        kind: 'p',
        text: 'Samtidigt visar förbundets medlemsundersökning att var tredje medlem någon gång har använt ett AI-verktyg för att skriva, sammanfatta eller översätta text i tjänsten. De flesta gör det utan att veta om det är tillåtet.',
      },
      { kind: 'h2', text: 'Risk för läckor' },
      {
        kind: 'p',
        text: 'Experter varnar för att uppgifter som omfattas av sekretess kan hamna hos utländska molntjänster om medarbetare klistrar in text i öppna verktyg. I värsta fall kan det innebära ett brott mot tystnadsplikten.',
      },
      {
        kind: 'quote',
        text: '”Det är orimligt att lägga ansvaret på den enskilda medarbetaren när myndigheten inte har sagt vad som gäller.” – Ulrika Strand, förhandlingschef',
      },
      {
        kind: 'p',
        text: 'Förbundet kräver att varje myndighet tar fram riktlinjer i samverkan med medarbetarna, och att utbildning erbjuds innan nya verktyg införs.',
      },
    ],
    daysAgo: 75,
    hero: {
      alt: 'Illustration: en regelbok som öppnas och släpper ut ljusa pixlar',
      caption: 'Bara åtta av 32 myndigheter har antagit riktlinjer.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'driftstorning-lonesystem',
    title: 'Driftstörning försenade lönebesked för tusentals statsanställda',
    kicker: 'Statens servicecenter',
    type: 'nyhet',
    category: 'digitalisering',
    authors: ['jnyman'],
    lead: 'En störning i ett gemensamt lönesystem gjorde att flera tusen medarbetare på olika myndigheter fick vänta i flera dagar på sina lönespecifikationer. Själva utbetalningarna påverkades inte.',
    body: [
      {
        kind: 'p',
        text: 'Störningen uppstod i samband med en planerad uppgradering och drabbade främst myndigheter som använder den gemensamma lönetjänsten. Felet åtgärdades inom fyra dagar, men under tiden kunde medarbetarna inte se sina lönespecifikationer digitalt.',
      },
      {
        kind: 'p',
        text: '– Pengarna kom in på kontot som vanligt, men många blev oroliga när specifikationen inte gick att öppna. Vi fick mängder av frågor, säger Anders Fors, lönehandläggare på en av de berörda myndigheterna.',
      },
      { kind: 'h2', text: 'Sårbart med gemensamma system' },
      {
        kind: 'p',
        text: 'Händelsen har väckt frågor om sårbarheten när allt fler myndigheter samlar sina administrativa system hos en gemensam leverantör. Fördelarna är lägre kostnader och enhetliga rutiner, men ett enskilt fel får snabbt stor spridning.',
      },
      {
        kind: 'quote',
        text: '”Pengarna kom in på kontot som vanligt, men många blev oroliga.” – Anders Fors, lönehandläggare',
      },
      {
        kind: 'p',
        text: 'Statens servicecenter har beklagat störningen och uppger att rutinerna för uppgraderingar ses över.',
      },
    ],
    daysAgo: 180,
    hero: {
      alt: 'Illustration: en serverhall i stiliserade block med en blinkande varningssymbol',
      caption: 'Felet åtgärdades inom fyra dagar.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'kronika-ai',
    title: 'Min nya kollega är en språkmodell',
    kicker: 'Krönika',
    type: 'kronika',
    category: 'digitalisering',
    topic: 'ai-i-forvaltningen',
    authors: ['esjoberg'],
    lead: 'Den skriver snabbare än jag, klagar aldrig och tycks veta allt om allt. Ändå har jag svårt att lita på den, skriver Eva Sjöberg.',
    body: [
      {
        kind: 'p',
        text: 'Min väninna, som fortfarande arbetar på den myndighet där vi en gång var kollegor, berättade häromveckan att hon har fått en ny medarbetare. Den bor i datorn, har ett namn som slutar på versalt A och skriver utkast till beslut på några sekunder.',
      },
      {
        kind: 'p',
        text: '– Det är fantastiskt, sa hon. Och sedan, efter en paus: Fast jag läser allt den skriver två gånger. Ibland tre.',
      },
      {
        kind: 'p',
        text: 'Där någonstans ligger kärnan. En handläggare är inte bara någon som producerar text. Det är någon som står för det som står i texten, som kan förklara varför och som kan ändra sig när nya uppgifter kommer fram. Det går inte att delegera till en maskin, hur välformulerad den än är.',
      },
      {
        kind: 'quote',
        text: '”En handläggare är inte bara någon som producerar text. Det är någon som står för den.”',
      },
      {
        kind: 'p',
        text: 'Jag är inte emot tekniken. Jag hade gärna sluppit skriva samma standardformulering tusen gånger. Men jag önskar att de som beslutar om nya verktyg talade lika mycket om ansvar som om effektivitet. Annars riskerar vi en förvaltning där ingen riktigt vet vem som har bestämt.',
      },
    ],
    daysAgo: 55,
    hero: {
      alt: 'Illustration: två skrivbord bredvid varandra, det ena med en människa och det andra med en glödande skärm',
      caption: 'Den nya kollegan skriver snabbt men kan inte stå för sina texter.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'notis-ledighetsansokan',
    title: 'Fler myndigheter ansluter till gemensam e-tjänst för ledighet',
    kicker: 'E-tjänster',
    type: 'notis',
    category: 'digitalisering',
    authors: ['sahmadi'],
    lead: 'Ytterligare ett tiotal myndigheter ansluter i höst till en gemensam e-tjänst för att ansöka om semester och annan ledighet.',
    body: [
      {
        kind: 'p',
        text: 'Tjänsten ersätter flera äldre system och ska göra det enklare för både medarbetare och chefer. Förbundet välkomnar förändringen men påminner om att medarbetarna ska få utbildning innan systemen byts ut.',
      },
    ],
    daysAgo: 210,
    hero: {
      alt: 'Illustration: en kalenderikon med en solsymbol och en bock',
      caption: 'E-tjänsten ersätter flera äldre system.',
      photographer: 'Illustration: Redaktion',
    },
  },

  // Debatt
  {
    key: 'debatt-tillit',
    title: 'Tillitsreformen har fastnat i ledningsgruppen',
    kicker: 'Debatt',
    type: 'debatt',
    category: 'debatt',
    topic: 'tillitsreformen',
    authors: ['pekwall'],
    lead: 'Tillit har blivit ett modeord i statsförvaltningen, men i praktiken har styrningen på många håll blivit mer detaljerad, inte mindre. Det är dags att mäta reformen på riktigt, skriver utredaren Per Ekwall.',
    body: [
      {
        kind: 'p',
        text: 'Jag har i femton år arbetat med att analysera hur myndigheter styrs och organiseras. Få reformer har väckt så stora förhoppningar som tillitsreformen. Och få har fått så litet genomslag där det verkligen spelar roll: i mötet mellan medarbetaren och medborgaren.',
      },
      {
        kind: 'p',
        text: 'Problemet är inte att idén är fel. Problemet är att den har översatts till en ledningsfråga. Tillit har blivit något som diskuteras på ledningsdagar och formuleras i värdegrunder, medan uppföljningssystemen lever vidare som förut. I vissa fall har nya indikatorer tillkommit för att mäta just tilliten.',
      },
      { kind: 'h2', text: 'Mät det som spelar roll' },
      {
        kind: 'p',
        text: 'Om reformen ska få verklig effekt måste vi börja i andra änden. Hur stor del av arbetstiden går åt till rapportering? Hur många beslutsnivåer passerar ett ärende? Hur ofta får medarbetarna avvika från rutinen när situationen kräver det? Det är frågor som går att besvara, men som sällan ställs.',
      },
      {
        kind: 'quote',
        text: '”Tillit formuleras i värdegrunder, medan uppföljningssystemen lever vidare som förut.”',
      },
      {
        kind: 'p',
        text: 'Jag föreslår därför att varje myndighet årligen redovisar hur stor del av personalens tid som går till intern rapportering, och hur den andelen utvecklas över tid. Det skulle ge reformen något den hittills har saknat: ett mått på om den faktiskt fungerar.',
      },
    ],
    daysAgo: 35,
    hero: {
      alt: 'Illustration: ett sammanträdesbord sett uppifrån med tomma stolar och en stor klocka',
      caption: 'Tillitsarbetet har stannat i ledningsrummen, menar debattören.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
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
  },
  {
    key: 'debatt-flytt',
    title: 'Myndighetsflyttar kostar mer än de smakar',
    kicker: 'Debatt',
    type: 'debatt',
    category: 'debatt',
    topic: 'myndigheter-flyttar',
    authors: ['pekwall'],
    lead: 'Att flytta statliga jobb från Stockholm kan vara ett viktigt regionalpolitiskt verktyg. Men utan ärliga kalkyler riskerar vi att betala med förlorad kompetens och sämre service, skriver Per Ekwall.',
    body: [
      {
        kind: 'p',
        text: 'Jag är för en stat som finns i hela landet. Men de omlokaliseringar jag har följt de senaste åren har ofta genomförts med en brådska som varken gynnar myndigheten, medarbetarna eller de orter som ska ta emot jobben.',
      },
      {
        kind: 'p',
        text: 'Mönstret är tydligt. En stor del av personalen följer inte med. Kompetens som har byggts upp under decennier försvinner på några månader. Verksamheten tappar i kvalitet under flera år medan nya medarbetare rekryteras och lärs upp. Kostnaderna för detta redovisas sällan fullt ut.',
      },
      { kind: 'h2', text: 'Tre krav inför nästa flytt' },
      {
        kind: 'list',
        items: [
          'En fullständig konsekvensanalys som inkluderar kompetensförluster',
          'En realistisk tidsplan på minst tre år',
          'Ett förstärkt omställningsstöd för de medarbetare som berörs',
        ],
      },
      {
        kind: 'quote',
        text: '”Kompetens som har byggts upp under decennier försvinner på några månader.”',
      },
      {
        kind: 'p',
        text: 'Det handlar inte om att stoppa utflyttningarna. Det handlar om att genomföra dem på ett sätt som stärker staten i stället för att försvaga den.',
      },
    ],
    daysAgo: 120,
    hero: {
      alt: 'Illustration: en våg där flyttkartonger väger upp en hög med böcker',
      caption: 'Kompetensförlusterna måste in i kalkylen, menar debattören.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'replik-ledare',
    title: 'Replik: Tillit kräver mer än vackra ord från ledarsidan',
    kicker: 'Replik',
    type: 'replik',
    category: 'debatt',
    topic: 'tillitsreformen',
    authors: ['pekwall'],
    lead: 'Ledaren har rätt i att tillit inte kan beslutas fram. Men förbundet måste också fråga sig vilken roll facket självt spelar, skriver Per Ekwall i en replik.',
    body: [
      {
        kind: 'p',
        text: 'Jag delar i stort analysen i ledaren ”Styr med förtroende, inte med pekpinnar”. Tillitsreformen har på många håll stannat vid ord, och medarbetarna är de som bäst kan bedöma om den har nått fram.',
      },
      {
        kind: 'p',
        text: 'Men jag saknar en självkritisk reflektion. De fackliga organisationerna sitter med i de samverkansgrupper där verksamhetsplaner och uppföljningssystem diskuteras. Hur ofta har facket där krävt färre mätetal i stället för bättre?',
      },
      {
        kind: 'p',
        text: 'Om tilliten ska bli verklig behöver båda parter lämna sina invanda roller. Arbetsgivaren behöver släppa kontroll, men facket behöver också våga driva frågor om styrning och inte bara om villkor.',
      },
      { kind: 'quote', text: '”Hur ofta har facket krävt färre mätetal i stället för bättre?”' },
      {
        kind: 'p',
        text: 'Jag tar gärna emot ledarens uppmaning att låta medarbetarna utvärdera reformen. Låt oss börja med att göra det tillsammans.',
      },
    ],
    daysAgo: 28,
    hero: {
      alt: 'Illustration: två pratbubblor som möts i mitten, i olivgrönt och terrakotta',
      caption: 'Debattören efterlyser ett självkritiskt fack.',
      photographer: 'Illustration: Redaktion',
    },
    related: ['ledare-myndighetsstyrning', 'debatt-tillit'],
  },
  {
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
  },

  // Kultur och fritid
  {
    key: 'kultur-trapphuskoren',
    title: 'Kören som övar i trapphuset',
    kicker: 'Skatteverket',
    type: 'reportage',
    category: 'kultur-och-fritid',
    authors: ['jnyman'],
    lead: 'Varje onsdag efter arbetstid samlas ett tjugotal medarbetare i ett trapphus i Solna. Akustiken är fantastisk, säger körledaren, och kollegorna på våningarna intill har slutat klaga.',
    body: [
      {
        kind: 'p',
        text: 'Det började med att några kollegor sjöng på en avtackning för sex år sedan. I dag har kören tjugotvå medlemmar, en egen repertoar och ett par konserter om året. Repetitionerna sker i ett av husets trapphus, där ljudet studsar mellan betongväggarna på ett sätt som inget konferensrum kan matcha.',
      },
      {
        kind: 'p',
        text: '– Första gången vi sjöng här fick jag gåshud. Det låter som i en katedral, säger Marianne Dahl, körledare och till vardags skattehandläggare.',
      },
      { kind: 'h2', text: 'Ett andrum mitt i veckan' },
      {
        kind: 'p',
        text: 'För många av medlemmarna är kören ett sätt att träffa kollegor från andra avdelningar. Här möts jurister, IT-tekniker och handläggare som annars aldrig skulle ha korsat varandras vägar.',
      },
      { kind: 'quote', text: '”Det låter som i en katedral.” – Marianne Dahl, körledare' },
      {
        kind: 'p',
        text: 'Kören får ett mindre bidrag från personalföreningen till noter och en årlig julkonsert i entréhallen. Inför sommaren planeras ett samarbete med körer från två andra myndigheter i närheten.',
      },
    ],
    daysAgo: 160,
    hero: {
      alt: 'Illustration: ett spiraltrapphus sett underifrån med noter som svävar uppåt',
      caption: 'Trapphusets akustik lockar körsångarna varje onsdag.',
      photographer: 'Linnea Holm',
    },
  },
  {
    key: 'kultur-bokcirkel',
    title: 'Bokcirkeln som har överlevt fem omorganisationer',
    kicker: 'Lantmäteriet',
    type: 'reportage',
    category: 'kultur-och-fritid',
    authors: ['mlundholm'],
    lead: 'I tjugo år har en grupp kollegor i Gävle träffats en gång i månaden för att prata om böcker. Chefer och organisationsscheman har kommit och gått. Bokcirkeln finns kvar.',
    body: [
      {
        kind: 'p',
        text: 'Den första boken de läste var en deckare som ingen i dag minns titeln på. Sedan dess har det blivit över tvåhundra romaner, några diktsamlingar och en och annan biografi. Reglerna är enkla: den som väljer boken tar med fika, och ingen behöver ha läst ut den.',
      },
      {
        kind: 'p',
        text: '– Det är nog den regeln som har räddat oss. Ingen ska behöva känna sig dålig för att livet kom emellan, säger Ingrid Persson, som har varit med sedan starten.',
      },
      { kind: 'h2', text: 'En fast punkt i förändringen' },
      {
        kind: 'p',
        text: 'Under de här åren har myndigheten genomgått flera omorganisationer, bytt lokaler två gånger och fått nya generaldirektörer. Medlemmarna beskriver bokcirkeln som en fast punkt i allt detta, och som ett sätt att lära känna kollegor på djupet.',
      },
      {
        kind: 'quote',
        text: '”Ingen ska behöva känna sig dålig för att livet kom emellan.” – Ingrid Persson',
      },
      { kind: 'h2', text: 'Årets mest omdiskuterade böcker' },
      {
        kind: 'list',
        items: [
          'En släktroman från Tornedalen',
          'En essäsamling om arbete och tid',
          'En spänningsroman som utspelar sig på ett ämbetsverk',
        ],
      },
    ],
    daysAgo: 300,
    hero: {
      alt: 'Illustration: en trave böcker och en kaffekopp i varma höstfärger',
      caption: 'Bokcirkeln har träffats en gång i månaden i tjugo år.',
      photographer: 'Henrik Dahl',
    },
  },
  {
    key: 'kronika-semester',
    title: 'Semestern är ingen belöning',
    kicker: 'Krönika',
    type: 'kronika',
    category: 'kultur-och-fritid',
    authors: ['esjoberg'],
    lead: 'Vi pratar om ledighet som något man ska förtjäna. Det är dags att sluta med det, skriver Eva Sjöberg.',
    body: [
      {
        kind: 'p',
        text: 'Varje år i juni hör jag samma sak: ”Nu har jag verkligen förtjänat lite ledigt.” Som om semestern vore en bonus för den som har slitit tillräckligt hårt, och inte en rättighet som finns där för att vi ska orka arbeta resten av året.',
      },
      {
        kind: 'p',
        text: 'När jag själv var handläggare tog jag alltid med mig jobbtelefonen till landet. Jag kollade mejlen ”bara lite” varje morgon. Det tog mig flera år att förstå att det inte gjorde mig till en bättre kollega, bara till en tröttare.',
      },
      {
        kind: 'quote',
        text: '”Semestern är ingen bonus för den som har slitit tillräckligt hårt.”',
      },
      {
        kind: 'p',
        text: 'Jag önskar att fler arbetsplatser pratade om semester som en del av arbetsmiljön. Att chefer uppmuntrade till riktig ledighet och själva föregick med gott exempel. Att det var fult att skicka mejl i juli, inte fult att låta bli att svara.',
      },
      {
        kind: 'p',
        text: 'Så i år: lägg ifrån dig telefonen. Läs en bok som inte har något med jobbet att göra. Låt myndigheten klara sig utan dig i fyra veckor. Den gör det, jag lovar.',
      },
    ],
    daysAgo: 250,
    hero: {
      alt: 'Illustration: en hängmatta mellan två björkar och en avstängd telefon i gräset',
      caption: 'Semestern är en del av arbetsmiljön, menar krönikören.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
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
  },
  {
    key: 'kultur-stafetten',
    title: 'Myndighetsstafetten lockar rekordmånga lag',
    kicker: 'Stockholm',
    type: 'nyhet',
    category: 'kultur-och-fritid',
    authors: ['mlundholm'],
    lead: 'Över 400 lag från ett sextiotal myndigheter har anmält sig till årets stafett på Djurgården. Det är fler än någonsin tidigare.',
    body: [
      {
        kind: 'p',
        text: 'Stafetten arrangeras av flera personalföreningar tillsammans och har blivit en tradition på många arbetsplatser. Varje lag består av fem löpare som springer fem kilometer var.',
      },
      {
        kind: 'p',
        text: '– Det är inte tiderna som är det viktiga. Det är att man tränar tillsammans under våren och får en anledning att lära känna kollegor, säger Fredrik Ahl, en av arrangörerna.',
      },
      { kind: 'h2', text: 'Kamp om vandringspriset' },
      {
        kind: 'p',
        text: 'Vandringspriset för snabbaste lag har de senaste tre åren gått till samma arbetsplats. I år har flera utmanare tränat intervaller sedan februari, och arrangörerna räknar med en jämn uppgörelse.',
      },
      {
        kind: 'quote',
        text: '”Det är inte tiderna som är det viktiga.” – Fredrik Ahl, arrangör',
      },
      {
        kind: 'p',
        text: 'Loppet avslutas med gemensam picknick på gräsmattan vid målområdet. Anmälan är stängd, men den som vill heja är välkommen.',
      },
    ],
    daysAgo: 365,
    hero: {
      alt: 'Illustration: en stafettpinne som skickas mellan två händer i rörelse',
      caption: 'Över 400 lag springer årets stafett.',
      photographer: 'Maja Forsell',
    },
  },

  // Utkast (aldrig publicerade)
  {
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
  },
  {
    key: 'utkast-ai-upphandling',
    title: 'Myndigheterna köper AI – men vem granskar leverantörerna?',
    kicker: 'Upphandling',
    type: 'reportage',
    category: 'digitalisering',
    topic: 'ai-i-forvaltningen',
    authors: ['sahmadi'],
    lead: 'Allt fler myndigheter upphandlar AI-tjänster. Men kompetensen att ställa krav och granska leverantörerna saknas ofta, visar tidningens genomgång.',
    body: [
      {
        kind: 'p',
        text: 'Under det senaste året har minst femton statliga myndigheter tecknat avtal om tjänster som bygger på artificiell intelligens. Avtalen gäller allt från textanalys till automatisk sortering av inkommande post.',
      },
      {
        kind: 'p',
        text: '– Vi har upphandlare som är experter på att köpa kontorsmöbler och konsulttimmar. Men att bedöma en språkmodell kräver helt andra kunskaper, säger Viktor Ekman, upphandlingsspecialist.',
      },
      { kind: 'h2', text: 'Kraven blir vaga' },
      {
        kind: 'p',
        text: 'I flera av de förfrågningsunderlag som tidningen har tagit del av saknas krav på insyn i hur modellerna har tränats och var data lagras. Det gör det svårt att i efterhand kontrollera att tjänsten följer dataskyddsreglerna.',
      },
      {
        kind: 'quote',
        text: '”Att bedöma en språkmodell kräver helt andra kunskaper.” – Viktor Ekman',
      },
      {
        kind: 'p',
        text: 'Flera av de myndigheter vi har kontaktat uppger att de samarbetar med andra myndigheter för att dela kunskap om upphandling av AI.',
      },
    ],
    daysAgo: 1,
    isDraft: true,
    hero: {
      alt: 'Illustration: en kundvagn fylld med glödande kuber i cyan och magenta',
      caption: 'Kraven i upphandlingarna är ofta vaga.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'utkast-debatt-lonesattning',
    title: 'Den individuella lönesättningen behöver en omstart',
    kicker: 'Debatt',
    type: 'debatt',
    category: 'debatt',
    authors: ['pekwall'],
    lead: 'Individuell lönesättning skulle belöna prestation och utveckling. I dag upplevs den av många som godtycklig. Det är dags för en omstart, skriver Per Ekwall.',
    body: [
      {
        kind: 'p',
        text: 'Tanken bakom den individuella lönesättningen i staten är god. Den som utvecklas och tar ansvar ska märka det i lönekuvertet. Men i medarbetarundersökning efter medarbetarundersökning svarar många att de inte förstår hur deras lön har satts.',
      },
      {
        kind: 'p',
        text: 'Ett system som inte uppfattas som rättvist förlorar sin legitimitet. Då motiverar det inte längre, det skapar i stället misstro mellan kollegor och mot chefer.',
      },
      { kind: 'h2', text: 'Tydliga kriterier och öppna samtal' },
      {
        kind: 'p',
        text: 'Jag föreslår att varje myndighet tar fram lönekriterier som är begripliga för alla medarbetare, och att chefer får utbildning i att föra lönesamtal. Kriterierna bör tas fram tillsammans med de fackliga organisationerna och utvärderas vartannat år.',
      },
      {
        kind: 'p',
        text: 'Individuell lönesättning kan fungera. Men bara om den bygger på öppenhet och förtroende, inte på magkänsla.',
      },
    ],
    daysAgo: 0,
    isDraft: true,
    hero: {
      alt: 'Illustration: ett lönekuvert med ett frågetecken i mitten',
      caption: 'Många förstår inte hur deras lön har satts.',
      photographer: 'Illustration: Redaktion',
    },
  },
  {
    key: 'utkast-notis-larm',
    title: 'Nytt larm ska skydda ensamarbetande inspektörer',
    kicker: 'Trafikverket',
    type: 'notis',
    category: 'arbetsmiljo',
    authors: ['mlundholm'],
    lead: 'Inspektörer som arbetar ensamma ute vid anläggningar ska få personliga larm med positionering.',
    body: [
      {
        kind: 'p',
        text: 'Beslutet fattades efter att skyddsombuden lyft frågan vid flera tillfällen. Larmen ska delas ut under våren och kopplas till en larmcentral som är bemannad dygnet runt.',
      },
    ],
    daysAgo: 0,
    isDraft: true,
    hero: {
      alt: 'Illustration: en liten larmknapp med radiovågor mot en skogssiluett',
      caption: 'Larmen kopplas till en bemannad larmcentral.',
      photographer: 'Illustration: Redaktion',
    },
  },
]

export const demoTips: DemoTip[] = [
  {
    message:
      'Jag arbetar på en anstalt i Mellansverige. Sedan i somras har vi vid flera tillfällen bara varit två kriminalvårdare på en avdelning med tolv intagna under kvällspassen. Ledningen säger att det är tillfälligt, men det har pågått i månader. Jag vill inte uppge mitt namn.',
    status: 'new',
    assignToJournalist: true,
  },
  {
    message:
      'Jag läste er artikel om handläggarna på Försäkringskassan och känner igen allt. På vår enhet har vi dessutom fått nya mål för antalet avslutade ärenden per vecka, utan att någon har pratat med oss först. Hör gärna av er, jag kan berätta mer.',
    name: 'Therese Kullberg',
    contact: 'therese.kullberg@example.se',
    article: 'fk-handlaggare',
    status: 'in-progress',
    assignToJournalist: true,
  },
  {
    message:
      'En myndighet i Norrland har köpt in nya kontorsmöbler för flera miljoner samtidigt som man varslar personal. Titta i upphandlingsregistret.',
    status: 'closed',
  },
  {
    message:
      'Vår myndighet har börjat använda ett AI-verktyg för att sammanfatta mejl från medborgare. Ingen har informerat oss om hur uppgifterna hanteras eller om dataskyddsombudet har godkänt verktyget. Jag kan visa internt material om ni är intresserade.',
    name: 'Ahmed Yilmaz',
    contact: '070-234 56 78',
    status: 'new',
  },
  {
    message:
      'Jag är skyddsombud och vi har fått nej på vår begäran om en riskbedömning inför en omorganisation. Arbetsgivaren menar att det inte behövs eftersom ingen blir uppsagd. Stämmer det verkligen? Det här händer nog på fler arbetsplatser.',
    contact: 'skyddsombud.syd@example.org',
    status: 'in-progress',
  },
]

export const demoCorrectionReports: DemoCorrectionReport[] = [
  {
    article: 'fk-handlaggare',
    whatIsWrong: 'Artikeln anger att enkäten besvarades av 1 200 handläggare.',
    whatIsRight: 'Enligt enkätens metodbilaga var antalet svarande 1 020.',
    source: 'Metodbilagan till medlemsenkäten, sidan 3.',
    contact: 'jonas.berg@example.se',
    status: 'corrected',
    notice:
      'I en tidigare version av artikeln stod det att enkäten besvarades av 1 200 handläggare. Rätt är att 1 020 handläggare besvarade enkäten. Uppgiften har nu korrigerats.',
  },
  {
    article: 'notis-lonestatistik',
    whatIsWrong: 'Notisen säger att lönerna i staten ökade med 3,4 procent.',
    whatIsRight:
      'Siffran 3,4 procent gäller alla anställda inklusive visstidsanställda. För tillsvidareanställda var ökningen 3,2 procent.',
    source: 'Arbetsgivarsidans lönestatistik, tabell 2.',
    status: 'new',
  },
  {
    article: 'lantmateriet-forrattningar',
    whatIsWrong:
      'Det stämmer inte att väntetiden är tretton månader. Min egen förrättning blev klar på fyra månader.',
    whatIsRight: 'Väntetiden är betydligt kortare än vad artikeln påstår.',
    contact: 'bengt.olsson@example.org',
    status: 'rejected',
  },
]

export const demoDebateSubmissions: DemoDebateSubmission[] = [
  {
    title: 'Låt oss behålla möjligheten att arbeta hemifrån',
    text:
      'Under pandemin lärde vi oss att mycket av det statliga arbetet fungerar utmärkt på distans. Nu vill allt fler arbetsgivare ha tillbaka oss på kontoret, ofta utan att kunna förklara varför.\n\n' +
      'Jag är handläggare och mamma till två barn. De dagar jag arbetar hemifrån sparar jag två timmars pendling. Den tiden lägger jag på arbete och på min familj, inte på att sitta i bilkö.\n\n' +
      'Självklart behöver vi träffas ibland. Men beslutet om var arbetet utförs bäst borde fattas i dialog med oss som utför det, inte genom generella krav från ledningen.\n\n' +
      'Jag uppmanar förbundet att driva frågan om lokala avtal om distansarbete på alla statliga arbetsplatser.',
    authorName: 'Malin Åkesson',
    signature: 'Malin Åkesson, handläggare och förälder i Örebro',
    email: 'malin.akesson@example.se',
    phone: '070-123 45 67',
    consentToEditing: true,
    status: 'received',
  },
  {
    title: 'Ingen chef ska behöva leda fyrtio medarbetare',
    text:
      'Jag har varit enhetschef i statlig förvaltning i nio år. Under den tiden har min enhet vuxit från arton till trettionio medarbetare, utan att mitt uppdrag har förändrats på något annat sätt.\n\n' +
      'Det säger sig självt att jag inte kan ge varje medarbetare den uppmärksamhet hon eller han förtjänar. Medarbetarsamtal blir en formalitet och lönesamtal en stressad halvtimme.\n\n' +
      'Forskningen är tydlig med att stora personalgrupper per chef leder till sämre arbetsmiljö för alla. Ändå fortsätter myndigheterna att slå ihop enheter för att spara in på chefstjänster.\n\n' +
      'Jag vill se ett tak för hur många medarbetare en chef får ansvara för. Det vore en bättre investering än ännu en ledarskapsutbildning.',
    authorName: 'Tomas Bergkvist',
    signature: 'Tomas Bergkvist, enhetschef i statlig förvaltning',
    email: 'tomas.bergkvist@example.org',
    phone: '073-987 65 43',
    consentToEditing: true,
    status: 'reviewing',
  },
  {
    title: 'Ge praktikanterna en riktig chans',
    text:
      'Som statsvetarstudent gjorde jag förra terminen praktik på en myndighet. Det var lärorikt, men jag blev förvånad över hur lite tid det fanns för att ta hand om oss praktikanter.\n\n' +
      'Min handledare var fantastisk men hade inte fått någon tid avsatt för uppdraget. Ofta satt jag ensam med uppgifter som ingen hade tid att gå igenom med mig.\n\n' +
      'Staten behöver rekrytera tusentals unga de kommande åren. Praktiken är ett av de bästa sätten att väcka intresset, men då måste den tas på allvar.\n\n' +
      'Avsätt tid för handledarna, ge praktikanterna riktiga uppgifter och följ upp efteråt. Det är en liten investering som kan ge en ny generation statstjänstemän.',
    authorName: 'Leila Sharifi',
    signature: 'Leila Sharifi, statsvetarstudent och tidigare praktikant',
    email: 'leila.sharifi@example.se',
    phone: '076-555 12 34',
    consentToEditing: true,
    status: 'accepted',
  },
  {
    title: 'Stoppa omorganisationerna nu',
    text:
      'På min arbetsplats har vi omorganiserats fyra gånger på sex år. Varje gång lovas det att den nya organisationen ska bli effektivare och tydligare.\n\n' +
      'I verkligheten blir det tvärtom. Varje förändring kostar månader av osäkerhet, nya rutiner och kollegor som slutar. Innan vi hunnit landa i den nya strukturen är nästa omorganisation redan på väg.\n\n' +
      'Jag föreslår ett moratorium: inga större omorganisationer på minst tre år, så att vi får chansen att göra det vi faktiskt är anställda för.',
    authorName: 'Rolf Gustafsson',
    signature: 'Rolf Gustafsson, utredare och medlem sedan 25 år',
    email: 'rolf.gustafsson@example.org',
    phone: '070-876 54 32',
    consentToEditing: true,
    status: 'declined',
  },
]
