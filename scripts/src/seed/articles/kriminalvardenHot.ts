import type { DemoArticle } from '../demoTypes'

export const kriminalvardenHot: DemoArticle = {
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
}
