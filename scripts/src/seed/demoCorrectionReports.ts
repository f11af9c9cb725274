import type { DemoCorrectionReport } from './demoTypes'

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
