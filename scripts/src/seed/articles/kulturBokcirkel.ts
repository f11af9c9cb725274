import type { DemoArticle } from '../demoTypes'

export const kulturBokcirkel: DemoArticle = {
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
}
