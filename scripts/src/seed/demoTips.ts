import type { DemoTip } from './demoTypes'

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
