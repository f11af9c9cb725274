/**
 * Small built-in lists that the compound splitter needs beside the archive's vocabulary. They
 * hold what a vocabulary cannot tell: which short words are grammar rather than meaning, which
 * words are also derivational endings, and how Swedish inflects a noun at the end of a compound.
 */

/**
 * Function words and short verb forms that are real words but never a part a reader means:
 * without them "minister" would be "min" + "ister" and "kommun" "kom" + "mun"; prefixes that are
 * also prepositions ("för", "till", "under") are here too, so "försäkring" and "tillsyn" stay whole.
 */
export const functionWords: ReadonlySet<string> = new Set([
  'all',
  'alla',
  'allt',
  'att',
  'bara',
  'blev',
  'bli',
  'blir',
  'dem',
  'den',
  'denna',
  'dess',
  'det',
  'detta',
  'din',
  'ditt',
  'där',
  'efter',
  'eller',
  'ett',
  'från',
  'för',
  'genom',
  'han',
  'har',
  'hen',
  'hon',
  'hos',
  'hur',
  'här',
  'inför',
  'inom',
  'inte',
  'kan',
  'kom',
  'kunde',
  'med',
  'mellan',
  'men',
  'mig',
  'min',
  'mitt',
  'mot',
  'när',
  'och',
  'oss',
  'samt',
  'sig',
  'sin',
  'sitt',
  'ska',
  'som',
  'till',
  'under',
  'upp',
  'utan',
  'vad',
  'var',
  'vars',
  'vem',
  'vid',
  'vill',
  'över',
])

/**
 * Words that are also derivational endings: "myndighet" is not "myndig" + "het", "sjukdom" not
 * "sjuk" + "dom", "hållbar" not "håll" + "bar". They may not be the last part of a compound.
 */
export const suffixWords: ReadonlySet<string> = new Set([
  'ande',
  'are',
  'bar',
  'bara',
  'bart',
  'dom',
  'domar',
  'domen',
  'else',
  'het',
  'heten',
  'heter',
  'lig',
  'liga',
  'ligt',
  'ning',
  'sam',
  'samma',
  'samt',
  'skap',
  'skapen',
  'skapet',
])

/**
 * Endings of Swedish surnames and place names: "Karlsson" is not "karl" + "son", "Lindberg" not
 * "lind" + "berg", "Stockholm" not "stock" + "holm". A compound whose last part is one of these
 * is taken for a name and left whole.
 */
export const nameTails: ReadonlySet<string> = new Set([
  'berg',
  'borg',
  'dahl',
  'gren',
  'holm',
  'kvist',
  'lund',
  'qvist',
  'son',
  'stedt',
  'ström',
])

/**
 * Inflection endings of the last part, longest first: "delegationen" is a part when the
 * vocabulary holds "delegation", "reformerna" when it holds "reform".
 */
export const inflectionEndings: readonly string[] = [
  'ernas',
  'arnas',
  'ornas',
  'erna',
  'arna',
  'orna',
  'ande',
  'ens',
  'ets',
  'ars',
  'ers',
  'ors',
  'nas',
  'en',
  'et',
  'na',
  'ar',
  'er',
  'or',
  'ns',
  'ts',
  'as',
  'es',
  'n',
  't',
  's',
]

/**
 * Words that only look like compounds of words an archive holds: "ordförande" is not "ord" +
 * "förande" to a reader, nor "rapport" "rap" + "port". Never split, in any inflection.
 */
export const wholeWords: readonly string[] = ['ordförande', 'rapport']
