import type { DemoDebateSubmission } from './demoTypes'

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
