import type { ArticleType } from './demoTypes'

// The shared sentence on the magazine's independence, at the end of every type's statement.
const INDEPENDENCE =
  'Tidningen har en fri och självständig ställning gentemot sin ägare och granskar förbundet på samma villkor som andra organisationer.'

/** What kind of text an article is: the type-statements global, one text per article type. */
export const demoTypeStatements: Record<ArticleType, string> = {
  nyhet: `Detta är en nyhetsartikel. En nyhetsartikel ska vara saklig och korrekt. Den bygger på fakta som reportern har kontrollerat och låter de berörda komma till tals. ${INDEPENDENCE}`,
  reportage: `Detta är ett reportage. Ett reportage skildrar människor, platser och skeenden på nära håll och kan innehålla reporterns egna iakttagelser. Fakta ska vara korrekta och kontrollerade. ${INDEPENDENCE}`,
  debatt: `Detta är en debattartikel. Åsikterna är skribentens egna och delas inte nödvändigtvis av redaktionen. Vi publicerar debattartiklar för att spegla olika synsätt på frågor som rör medlemmarna, och den som kritiseras får möjlighet att svara. ${INDEPENDENCE}`,
  kronika: `Detta är en krönika. En krönika är en personlig text där skribenten ger sin bild och sina tankar. Åsikterna är skribentens egna. ${INDEPENDENCE}`,
  ledare: `Detta är en ledare. Ledaren uttrycker tidningens hållning och skrivs av chefredaktören eller ledarredaktionen. Nyhetsjournalistiken görs oberoende av ledarsidans åsikter. ${INDEPENDENCE}`,
  replik: `Detta är en replik. En replik är ett svar på en tidigare publicerad debattartikel, krönika eller ledare. Åsikterna är skribentens egna och delas inte nödvändigtvis av redaktionen. ${INDEPENDENCE}`,
  slutreplik: `Detta är en slutreplik. I en slutreplik får den som startade debatten svara en sista gång, och därefter avslutas debatten. Åsikterna är skribentens egna och delas inte nödvändigtvis av redaktionen. ${INDEPENDENCE}`,
  notis: `Detta är en notis. En notis är en kort nyhet som ska vara saklig och korrekt. ${INDEPENDENCE}`,
}
