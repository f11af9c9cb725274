import { describe, expect, it } from 'vitest'
import { createCompoundSplitter } from './compoundSplit'

// Words a public-sector magazine's archive holds on their own: base forms and inflections, and
// the short words that make naive splitting go wrong ("min", "kom", "mun", "bete", "ister",
// "ord", "förande", "het", "dom", "port", "staden").
const vocabulary = `
  tillit delegation delegationen reform reformen verk verket verkstad staden stad ledning grupp
  gruppen myndighet myndigheten myndig het chef chefen arbete arbetet miljö arbetsmiljö
  försäkring säkring kassa kassan stat staten minister ministern kommun kommunen styrelse
  styrelsen land landet hövding hövdingen rike riksdag riksdagen dag dagen ledamot ledamöter
  regering regeringen kansli kansliet social tjänst tjänsten skola skolan kvinna kvinnor jour
  jouren gata belysning tjänsteman man mannen rätt gång gången budget proposition
  propositionen välfärd sektor sektorn sjuk sjukdom dom hus huset vård central centralen äldre
  omsorg omsorgen barn skatt pengar pengarna bostad brist bristen marknad marknaden
  fullmäktige län parti partiet demokrat demokrater demokraterna demokrati utbildning
  departement departementet finans digitalisering upphandling folk hälsa inspektion
  inspektionen polis migration skrivning lön förhandling förhandlingar pension handläggning
  tid tiden ekonomi personal medarbetare samtal samtalet samhälle byggnad nyhet brev brevet
  forskning råd rådet utredning utredningen val rörelse rörelsen ledare ledaren energi trafik
  jämställdhet klimat politik politiken beslut underlag underlaget under laget bete ar min
  ister kom mun ord förande ordförande hållbar håll bar organisation information rapport rap
  port undersökning sökning tillsyn syn tillväxt växt förvaltning karl son lind berg stock
  holm karlsson lindberg stockholm göteborg ansvar vänskap vän ungdom ung verksamhet
  personalen regeringens arbetare ring ledningen kandidat
`
  .split(/\s+/)
  .filter(Boolean)

const split = createCompoundSplitter(vocabulary)

const compounds: [string, string[]][] = [
  ['tillitsdelegationen', ['tillit', 'delegationen']],
  ['Tillitsdelegationens', ['tillit', 'delegationens']],
  ['tillitsreformen', ['tillit', 'reformen']],
  ['tillitsverkstaden', ['tillit', 'verk', 'staden', 'verkstaden']],
  ['ledningsgruppen', ['ledning', 'gruppen']],
  ['ledningsgrupperna', ['ledning', 'grupperna']],
  ['myndighetschef', ['myndighet', 'chef']],
  ['arbetsmiljöverket', ['arbete', 'miljö', 'verket']],
  ['Försäkringskassan', ['försäkring', 'kassan']],
  ['statsminister', ['stat', 'minister']],
  ['kommunstyrelsen', ['kommun', 'styrelsen']],
  ['landshövdingen', ['land', 'hövdingen']],
  ['riksdagsledamot', ['rike', 'dag', 'ledamot']],
  ['regeringskansliet', ['regering', 'kansliet']],
  ['socialtjänsten', ['social', 'tjänsten']],
  ['skolverket', ['skola', 'verket']],
  ['kvinnojouren', ['kvinna', 'jouren']],
  ['gatubelysningen', ['gata', 'belysningen']],
  ['tjänstemannen', ['tjänst', 'mannen']],
  ['rättegången', ['rätt', 'gången']],
  ['budgetpropositionen', ['budget', 'propositionen']],
  ['välfärdssektorn', ['välfärd', 'sektorn']],
  ['sjukhuset', ['sjuk', 'huset']],
  ['vårdcentralen', ['vård', 'centralen']],
  ['äldreomsorgen', ['äldre', 'omsorgen']],
  ['barnomsorgen', ['barn', 'omsorgen']],
  ['skattepengarna', ['skatt', 'pengarna']],
  ['bostadsbristen', ['bostad', 'bristen']],
  ['arbetsmarknaden', ['arbete', 'marknaden']],
  ['kommunfullmäktige', ['kommun', 'fullmäktige']],
  ['länsstyrelsen', ['län', 'styrelsen']],
  ['miljöpartiet', ['miljö', 'partiet']],
  ['socialdemokraterna', ['social', 'demokraterna']],
  ['utbildningsdepartementet', ['utbildning', 'departementet']],
  ['finansdepartementet', ['finans', 'departementet']],
  ['digitaliseringsmyndigheten', ['digitalisering', 'myndigheten']],
  ['upphandlingsmyndigheten', ['upphandling', 'myndigheten']],
  ['folkhälsomyndigheten', ['folk', 'hälsa', 'myndigheten']],
  ['skolinspektionen', ['skola', 'inspektionen']],
  ['polismyndigheten', ['polis', 'myndigheten']],
  ['migrationsverket', ['migration', 'verket']],
  ['sjukskrivningen', ['sjuk', 'skrivningen']],
  ['löneförhandlingar', ['lön', 'förhandlingar']],
  ['pensionsmyndigheten', ['pension', 'myndigheten']],
  ['handläggningstiden', ['handläggning', 'tiden']],
  ['ekonomichefen', ['ekonomi', 'chefen']],
  ['personalchef', ['personal', 'chef']],
  ['medarbetarsamtalet', ['medarbetare', 'samtalet']],
  ['samhällsbyggnad', ['samhälle', 'byggnad']],
  ['nyhetsbrevet', ['nyhet', 'brevet']],
  ['forskningsrådet', ['forskning', 'rådet']],
  ['demokratiutredningen', ['demokrati', 'utredningen']],
  ['valrörelsen', ['val', 'rörelsen']],
  ['partiledaren', ['parti', 'ledaren']],
  ['energimyndigheten', ['energi', 'myndigheten']],
  ['trafikverket', ['trafik', 'verket']],
  ['jämställdhetsmyndigheten', ['jämställdhet', 'myndigheten']],
  ['kommunchefen', ['kommun', 'chefen']],
  ['klimatpolitiken', ['klimat', 'politiken']],
  ['beslutsunderlaget', ['beslut', 'underlaget']],
]

const nonCompounds = [
  'arbete',
  'arbetet',
  'arbetare',
  'minister',
  'kommun',
  'kommunen',
  'ordförande',
  'ordföranden',
  'regeringen',
  'regeringens',
  'myndighet',
  'myndigheten',
  'sjukdom',
  'hållbar',
  'personalen',
  'verksamhet',
  'organisation',
  'information',
  'rapporten',
  'undersökning',
  'försäkring',
  'tillsyn',
  'tillväxt',
  'förvaltning',
  'medarbetare',
  'ledningen',
  'kandidat',
  'Karlsson',
  'Lindberg',
  'Stockholm',
  'ungdom',
  'vänskap',
  'delegationen',
]

describe('createCompoundSplitter', () => {
  it.each(compounds)('splits %s into its parts', (word, parts) => {
    expect(split(word)).toEqual(parts)
  })

  it.each(nonCompounds)('leaves %s whole', (word) => {
    expect(split(word)).toEqual([])
  })

  it('gives a later part that is a compound and a known word beside the parts', () => {
    const splitter = createCompoundSplitter(['arbete', 'miljö', 'verket', 'miljöverket'])
    expect(splitter('arbetsmiljöverket')).toEqual(['arbete', 'miljö', 'verket', 'miljöverket'])
  })

  it('leaves a compound whole when the vocabulary lacks one of its parts', () => {
    expect(createCompoundSplitter(['tillit'])('tillitsdelegationen')).toEqual([])
  })

  it('keeps the words it is told to keep, in any inflection', () => {
    const splitter = createCompoundSplitter(vocabulary, { keep: ['Verkstad'] })
    expect(splitter('tillitsverkstaden')).toEqual(['tillit', 'verkstaden'])
    expect(splitter('verkstaden')).toEqual([])
  })

  it('makes no part shorter than the minimum', () => {
    const splitter = createCompoundSplitter(['ar', 'bete', 'tid', 'plan'], { minPartLength: 4 })
    expect(splitter('arbete')).toEqual([])
    expect(splitter('tidplan')).toEqual([])
    expect(createCompoundSplitter(['tid', 'plan'])('tidplan')).toEqual(['tid', 'plan'])
  })

  it('leaves words with other characters than letters whole', () => {
    expect(split('covid19-pandemin')).toEqual([])
    expect(split('')).toEqual([])
  })

  it('has at least 50 compounds and 20 words that are not', () => {
    expect(compounds.length).toBeGreaterThanOrEqual(50)
    expect(nonCompounds.length).toBeGreaterThanOrEqual(20)
  })
})
