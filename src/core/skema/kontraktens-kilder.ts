/**
 * The input rules rest on the workbook contract (the spec's skabelon.md), not on an agreement:
 * their quotes are the same in every region, and every agreement's regler.ts takes them from here.
 */
import type { RegelKilde } from "../profil/typer";

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
  | "data-uden-for-tabel";

export const KONTRAKTENS_KILDER: Readonly<Record<KontraktRegelId, RegelKilde>> = {
  "skema-mangler-tabel": {
    paragraf: null,
    citat:
      "Hver blok er en Excel-tabel med det angivne tabelnavn. Mangler tabellen (brugeren har indsat almindelige celler), leder programmet på det navngivne ark efter en række, hvis celler svarer til tabellens overskrifter. (skabelon.md, version 2026.1)",
  },
  "skema-mangler-kolonne": {
    paragraf: null,
    citat:
      "Overskrifterne sammenlignes uden hensyn til store og små bogstaver, omgivende og gentagne mellemrum og en afsluttende enhed i parentes, fx matcher `Takst (kr.)` `Takst`. Kolonnernes rækkefølge er fri. Ekstra kolonner bevares og ignoreres. (skabelon.md, version 2026.1)",
  },
  "felt-mangler": {
    paragraf: null,
    citat:
      "Påkrævede rækker (efter `Felt`): Driftsherre, Tilbud, Tilbudsportal-ID, Kategori, Takstår, Kontaktperson, E-mail, Nyt tilbud. Ydelses-ID: tekst, påkrævet, unik. Takst: taksten for Takstår i kr. pr. Takstenhed, påkrævet. (skabelon.md, version 2026.2) … Ved individuelt forhandlede takster er der ikke foruddefinerede takster og ydelsesbeskrivelser. (§ 5.4.2)",
  },
  "felt-ugyldig-vaerdi": {
    paragraf: null,
    citat:
      "Procentkolonner accepterer en brøk (0,96, med eller uden %-format) eller et antal procent (96): en værdi op til 1,5 er en brøk, en større er procent. Pladser: tal ≥ 0. Kategori: 1, 2 eller 3 (§ 2.2). (skabelon.md, version 2026.1)",
  },
  "tal-som-tekst": {
    paragraf: null,
    citat:
      "Beløb og antal skrevet som dansk tekst (`1.234.567,50`, `kr. 1.200`, `12`) læses og rapporteres som `tal-som-tekst`; den læste værdi bruges af alle andre regler. (skabelon.md, version 2026.1)",
  },
  "ydelses-id-dublet": {
    paragraf: null,
    citat:
      "Ydelses-ID: entydig nøgle inden for skemaet, fx `A1-108`; tekst, påkrævet, unik. (skabelon.md, version 2026.1)",
  },
  "ydelses-id-ukendt": {
    paragraf: null,
    citat:
      "Omkostninger – Ydelses-ID: nøgle ind i tblYdelser. Over- og underskud – Ydelses-ID: nøgle, eller `*` for hele tilbuddet. (skabelon.md, version 2026.1)",
  },
  "persondata-cpr": {
    paragraf: null,
    citat:
      "Valgfri tabel `tblTillaegsberegning` (en aftalt tillægsydelse, én række pr. aftale; ingen personoplysninger – aldrig et navn eller et CPR-nummer). (skabelon.md, version 2026.1)",
  },
  "takstbilag-aendring-stemmer-ikke": {
    paragraf: null,
    citat:
      "Ark `Takstbilag` – tabel `tblTakstbilag` (sekretariatets samling): én række pr. takst fra alle indsendte skemaer: … `Takst sidste år`, `Takst`, `Ændring kr.`, `Ændring pct.` … En ændringskolonne (`Ændring pct.`) læses efter sit talformat: med %-format den gemte brøk, uden et antal procentpoint (3,3 = 3,3 %). (skabelon.md, version 2026.2)",
  },
  "data-uden-for-tabel": {
    paragraf: null,
    citat:
      "Hver blok er en Excel-tabel (ListObject) med det angivne tabelnavn. (skabelon.md, version 2026.2) – Skriv i tabellerne. En ny række kommer, når du skriver lige under en tabel. (skabelonens Vejledning)",
  },
};
