// The order matters: an article's place sets its illustration and, within a day, its time.
import { fkHandlaggare } from './articles/fkHandlaggare'
import { migrationsverketKotider } from './articles/migrationsverketKotider'
import { kronofogdenTelefonkon } from './articles/kronofogdenTelefonkon'
import { lantmaterietForrattningar } from './articles/lantmaterietForrattningar'
import { scbIntervjuare } from './articles/scbIntervjuare'
import { ledareMyndighetsstyrning } from './articles/ledareMyndighetsstyrning'
import { tillitDomstol } from './articles/tillitDomstol'
import { flyttKompetens } from './articles/flyttKompetens'
import { flyttKostnader } from './articles/flyttKostnader'
import { ledareFlytt } from './articles/ledareFlytt'
import { afKontorStanger } from './articles/afKontorStanger'
import { distansRegler } from './articles/distansRegler'
import { seniorerJobbarKvar } from './articles/seniorerJobbarKvar'
import { kronikaFikarummet } from './articles/kronikaFikarummet'
import { notisFriskvard } from './articles/notisFriskvard'
import { flyttPendling } from './articles/flyttPendling'
import { lonerevisionForsenad } from './articles/lonerevisionForsenad'
import { lonekartlaggning } from './articles/lonekartlaggning'
import { ledareAvtal } from './articles/ledareAvtal'
import { notisLonestatistik } from './articles/notisLonestatistik'
import { pensionTjanstledighet } from './articles/pensionTjanstledighet'
import { kriminalvardenHot } from './articles/kriminalvardenHot'
import { polisenCivilanstallda } from './articles/polisenCivilanstallda'
import { aktivitetsbaseratKontor } from './articles/aktivitetsbaseratKontor'
import { stressChefer } from './articles/stressChefer'
import { notisSkyddsombud } from './articles/notisSkyddsombud'
import { aiSkatteverket } from './articles/aiSkatteverket'
import { aiChatbotFk } from './articles/aiChatbotFk'
import { aiRiktlinjer } from './articles/aiRiktlinjer'
import { driftstorningLonesystem } from './articles/driftstorningLonesystem'
import { kronikaAi } from './articles/kronikaAi'
import { notisLedighetsansokan } from './articles/notisLedighetsansokan'
import { debattTillit } from './articles/debattTillit'
import { debattAi } from './articles/debattAi'
import { debattFlytt } from './articles/debattFlytt'
import { replikFlytt } from './articles/replikFlytt'
import { replikLedare } from './articles/replikLedare'
import { slutreplikFlytt } from './articles/slutreplikFlytt'
import { replikKronika } from './articles/replikKronika'
import { kulturTrapphuskoren } from './articles/kulturTrapphuskoren'
import { kulturBokcirkel } from './articles/kulturBokcirkel'
import { kronikaSemester } from './articles/kronikaSemester'
import { notisFototavling } from './articles/notisFototavling'
import { kulturStafetten } from './articles/kulturStafetten'
import { utkastTillitEnkat } from './articles/utkastTillitEnkat'
import { utkastAiUpphandling } from './articles/utkastAiUpphandling'
import { utkastDebattLonesattning } from './articles/utkastDebattLonesattning'
import { utkastNotisLarm } from './articles/utkastNotisLarm'
import type { DemoArticle } from './demoTypes'

export const demoArticles: DemoArticle[] = [
  // Myndigheter
  fkHandlaggare,
  migrationsverketKotider,
  kronofogdenTelefonkon,
  lantmaterietForrattningar,
  scbIntervjuare,
  ledareMyndighetsstyrning,
  tillitDomstol,
  flyttKompetens,
  flyttKostnader,
  ledareFlytt,
  // Arbetsliv
  afKontorStanger,
  distansRegler,
  seniorerJobbarKvar,
  kronikaFikarummet,
  notisFriskvard,
  flyttPendling,
  // Lön och avtal
  lonerevisionForsenad,
  lonekartlaggning,
  ledareAvtal,
  notisLonestatistik,
  pensionTjanstledighet,
  // Arbetsmiljö
  kriminalvardenHot,
  polisenCivilanstallda,
  aktivitetsbaseratKontor,
  stressChefer,
  notisSkyddsombud,
  // Digitalisering
  aiSkatteverket,
  aiChatbotFk,
  aiRiktlinjer,
  driftstorningLonesystem,
  kronikaAi,
  notisLedighetsansokan,
  // Debatt
  debattTillit,
  debattAi,
  debattFlytt,
  replikFlytt,
  slutreplikFlytt,
  replikLedare,
  replikKronika,
  // Kultur och fritid
  kulturTrapphuskoren,
  kulturBokcirkel,
  kronikaSemester,
  notisFototavling,
  kulturStafetten,
  // Drafts (never published)
  utkastTillitEnkat,
  utkastAiUpphandling,
  utkastDebattLonesattning,
  utkastNotisLarm,
]
