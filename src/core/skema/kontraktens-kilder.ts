/**
 * The input rules rest on the workbook contract (docs/skabelon.md, the project's Danish version of
 * the spec's skabelon.md), not on an agreement: their quotes are the same in every region, and
 * every agreement's regler.ts takes them from here.
 */
import type { RegelKilde } from "../profil/typer";

/**
 * Ends the part of a quote taken word for word from docs/skabelon.md (tests/regler/citater-kontrakten.test.ts);
 * the quote tests, the rule catalogue and the test region tell contract quotes from agreement quotes by it.
 */
export const KONTRAKT_MAERKE = "(skabelonens kontrakt, docs/skabelon.md)";

export type KontraktRegelId =
  | "skema-mangler-tabel"
  | "skema-mangler-kolonne"
  | "felt-mangler"
  | "felt-ugyldig-vaerdi"
  | "tal-som-tekst"
  | "ydelses-id-dublet"
  | "ydelses-id-ukendt"
  | "persondata-cpr"
  | "takstbilag-aendring-stemmer-ikke"
  | "data-uden-for-tabel"
  | "formel-i-inputkolonne"
  | "formel-ikke-beregnet"
  | "talformat-skjuler-vaerdi"
  | "tabel-ikke-synlig";

/** A quote from docs/skabelon.md, marked; `efter` goes on with one more source, marked by its own. */
function kontrakt(tekst: string, efter = ""): string {
  return `${tekst} ${KONTRAKT_MAERKE}${efter}`;
}

export const KONTRAKTENS_KILDER: Readonly<Record<KontraktRegelId, RegelKilde>> = {
  "skema-mangler-tabel": {
    paragraf: null,
    citat: kontrakt(
      "Hver blok er en Excel-tabel (ListObject) med tabelnavnet nedenfor. […] Mangler tabellen (brugeren har indsat almindelige celler), leder læseren på det navngivne ark efter en række, hvis celler svarer til tabellens overskrifter, og læser rækkerne nedenunder til den første helt tomme række",
    ),
  },
  "skema-mangler-kolonne": {
    paragraf: null,
    citat: kontrakt(
      'Overskrifter sammenlignes uden hensyn til store og små bogstaver, omgivende og gentagne mellemrum og en afsluttende enhed i parentes: `Takst (kr.)` matcher `Takst`. Kolonnernes rækkefølge er fri. Ekstra kolonner bevares og ignoreres. Kolonner med "Skal findes: ja" skal være der, ellers rapporteres `skema-mangler-kolonne`.',
    ),
  },
  "felt-mangler": {
    paragraf: null,
    citat: kontrakt(
      "Påkrævede værdier (ellers rapporteres `felt-mangler`): hver række i tblStamdata undtagen Første driftsår (den er påkrævet, når Nyt tilbud er Ja, og har sin egen regel) og i tblYdelser Ydelses-ID, Ydelse, Paragraf, Målgruppe, Taksttype, Takstenhed, Tilbudsform, Pladser (ikke for takstenhederne Time og Stk.) og Takst (ikke for individuelt forhandlede takster og ydelser med 0 pladser) samt Belægningsprocent, når taksten genberegnes ud fra belægningen (Døgn, Dag, Måned og År).",
      " … Ved individuelt forhandlede takster er der ikke foruddefinerede takster og ydelsesbeskrivelser. (§ 5.4.2)",
    ),
  },
  "felt-ugyldig-vaerdi": {
    paragraf: null,
    citat: kontrakt(
      "Hver værdi skal passe til sin kolonnes type og liste nedenfor; et tal ≥ 0 må ikke være negativt (ellers rapporteres `felt-ugyldig-vaerdi`). […] Procentkolonner (Belægningsprocent, Fraværskorrektion, Døgnkoefficient, Variable følgeomkostninger) tager en brøk (0,96, med eller uden %-format) eller et antal procent (96): en værdi op til 1,5 er en brøk, en større er procent.",
    ),
  },
  "tal-som-tekst": {
    paragraf: null,
    citat: kontrakt(
      "Beløb og antal skrevet som dansk tekst (`1.234.567,50`, `kr. 1.200`, `12`) læses og rapporteres som `tal-som-tekst`; den læste værdi bruges af alle andre regler. […] Tekst som `96 %` eller `96,0%` læses også (og rapporteres som `tal-som-tekst`).",
    ),
  },
  "ydelses-id-dublet": {
    paragraf: null,
    citat: kontrakt("Ydelses-ID er tilbuddets egen nøgle (fx `A1-108`) og må kun stå på én række i tblYdelser."),
  },
  "ydelses-id-ukendt": {
    paragraf: null,
    citat: kontrakt(
      "Ydelses-ID i tblOmkostninger og tblResultater skal findes i tblYdelser (i tblResultater også `*` for hele tilbuddet og `lukket: <ID>` for en ydelse eller et tilbud, der er lukket og ikke længere står i tblYdelser).",
    ),
  },
  "persondata-cpr": {
    paragraf: null,
    citat: kontrakt(
      "tblTillaegsberegning må aldrig indeholde personoplysninger (navn eller CPR-nummer; reglen `persondata-cpr` kontrollerer hele projektmappen).",
    ),
  },
  "takstbilag-aendring-stemmer-ikke": {
    paragraf: null,
    citat: kontrakt(
      "Ændring kr. = Takst − Takst sidste år; Ændring pct. = Takst / Takst sidste år − 1 (som brøk med %-format). […] En ændringskolonne (`Ændring pct.`) læses efter sit talformat: med %-format den gemte brøk, uden et antal procentpoint (3,3 = 3,3 %).",
    ),
  },
  "data-uden-for-tabel": {
    paragraf: null,
    citat: kontrakt(
      "Hver blok er en Excel-tabel (ListObject) med tabelnavnet nedenfor. […] Celler lige under en tabel eller i kolonnerne lige til højre for den hører ikke til tabellen og bliver ikke læst (`data-uden-for-tabel`); tabellen skal udvides, så de kommer med.",
      " – Skriv i tabellerne. En ny række kommer, når du skriver lige under en tabel. (skabelonens Vejledning)",
    ),
  },
  "formel-i-inputkolonne": {
    paragraf: null,
    citat: kontrakt(
      'Kolonner, der ikke beregnes (uden "(formel)" og uden "Beregnes:"), udfyldes med værdier. En formel i en af dem rapporteres (`formel-i-inputkolonne`): programmet kan ikke efterregne formlen, og resultatet, der er gemt med den, er ikke nødvendigvis det, Excel viser.',
    ),
  },
  "formel-ikke-beregnet": {
    paragraf: null,
    citat: kontrakt(
      "Læseren bruger de resultater, der er gemt med formlerne. Beder projektmappen Excel beregne alle formler igen, når den åbnes, er en formel gemt uden sit resultat, eller giver en enkel formel (regning med celler på samme ark eller et andet ark i projektmappen, SUM, ROUND og IF) et andet tal end det gemte, rapporteres `formel-ikke-beregnet`: åbn skemaet i Excel, og gem det, før det sendes.",
    ),
  },
  "talformat-skjuler-vaerdi": {
    paragraf: null,
    citat: kontrakt(
      'Et talformat, der viser et fast tal i stedet for cellens værdi (fx `"3.037,78"` i anførselstegn), rapporteres (`talformat-skjuler-vaerdi`): cellen skal vise sin værdi. Det samme gælder et talformat, der skjuler et tal (`;;;`), fylder cellen med et ciffer (`0*0`), dividerer tallet med 1.000 (et komma til sidst, `#,##0.00,`) eller ganger det med 100 (`%` uden for en procentkolonne). Et talformat, som en betinget formatering giver cellen, gælder som cellens eget.',
    ),
  },
  "tabel-ikke-synlig": {
    paragraf: null,
    citat: kontrakt(
      "Hver tabel står på sit navngivne, synlige ark, og kontrollen bygger på det, brugeren ser. En tabel på et skjult eller meget skjult ark, en tabel på et andet ark end sit eget, et tabelnavn, som to tabeller har (uden hensyn til store og små bogstaver), og en tabels overskrifter, der står uden for tabellen på dens eget ark, rapporteres (`tabel-ikke-synlig`). Det gør en skjult række eller kolonne i en tabel også: vis den, eller slet rækken.",
    ),
  },
};
