/**
 * The template's help is the profile's and its agreement's: the test region's template names
 * its own thresholds and sections and none of Nordjylland's, and Nordjylland's reads as before
 * (the Bemærkninger note now gives the profile's 12 characters; it said 20, which the rule never used).
 */
import { skrivSkabelon } from "../../../src/adapters/xlsx/skriv-skabelon";
import { aftaleFor, hentProfil, STANDARD_PROFIL_ID } from "../../../src/core/profil/register";
import { SKABELON_VERSION } from "../../../src/core/skema/tabeller";
import { afsnitI, skabelonTekster, type SkabelonTekster } from "../../hjaelp/skabelon-tekster";
import { registrerTestregion } from "../../profil/testregion";
import { standardValg } from "../../hjaelp/valider";

const { profil, aftale } = registrerTestregion();
const alle = (t: SkabelonTekster): string[] => [...t.vejledning, ...t.noter, ...t.valideringer];
/** The agreement's own sections, one by one ("2.2.3, 3.1" is two). */
const egne = (a: typeof aftale): Set<string> => new Set(Object.values(a.afsnit).flatMap((v) => v.split(/,\s*/)));
/** The law references in the Paragraf column's example (SEL § 108 …), the same in every region. */
const LOVE = ["108", "107", "104", "43"];

describe("skabelonens hjælpetekster for Nordjylland", () => {
  let t: SkabelonTekster;
  beforeAll(async () => {
    t = await skabelonTekster(await skrivSkabelon({ takstaar: 2026, ...standardValg() }));
  });

  it("Vejledningen er ordret som før", () => {
    expect(t.vejledning).toEqual([
      "Takstskema for takstår 2026",
      `Skabelon version ${SKABELON_VERSION} til Styringsaftalen for Nordjysk Socialaftale.`,
      "Sådan udfylder du skemaet",
      "1. Stamdata: skriv en værdi ud for hvert felt. Takstår er udfyldt. Første driftsår skal udfyldes, når Nyt tilbud er Ja.",
      "2. Ydelser: én række pr. takst. Ydelses-ID er tilbuddets egen nøgle (fx A1-108) og skal være entydig.",
      "3. Omkostninger: én række pr. Ydelses-ID med budgettet for takståret. Takstberegningsgrundlag beregnes af formlen.",
      "4. Over- og underskud: én række pr. Ydelses-ID (eller * for hele tilbuddet) og regnskabsår.",
      "5. Tillægsydelser: ATA-timetakster pr. personalekategori og tidsrum, tillægsydelser til fast pris og aftalte tillægsydelser (bilag 2).",
      "Skriv i tabellerne. En ny række kommer, når du skriver lige under en tabel. Ret ikke kolonneoverskrifter, tabelnavne eller arknavne.",
      "Sådan skriver du tal",
      "Beløb skrives i kr. som positive tal (0, hvor intet gælder). Indtægter og indregnet overskud trækkes fra af formlen.",
      "Procenter skrives som procent, fx 96 % (eller 0,96). Datoer skrives som datoer, fx 01-01-2026.",
      "Overskriv ikke formlerne i de beregnede kolonner (Takstberegningsgrundlag, ATA-timetakst, Ugepris, Uger, Samlet pris).",
      "Reglerne i korte træk",
      "Taksten beregnes af takstberegningsgrundlaget med 365 dage om året, også i skudår (§ 5.1).",
      "Belægningen budgetteres til mindst 95 % og højst 100 %; for aflastning, akuttilbud og korte forløb mindst 90 % (§ 5.2).",
      "Ændres en takst væsentligt (over 5 %) eller ændres antallet af pladser, skal du vælge en årsag og skrive en begrundelse på mindst 12 tegn i Bemærkninger (§ 2.2.3, § 3.1, § 5.5.2). Pladsændringer godkendes af DAS.",
      "Overskud op til 5 % af takstberegningsgrundlaget må hensættes; resten indregnes i taksten senest 2 år efter regnskabsåret. Underskud ud over 5 % indregnes på samme måde (§ 5.3).",
      "ATA-timetakst = Timeomkostning × (1 + fraværskorrektion + døgnkoefficient + vfo); vfo højst 5 % (bilag 2).",
      "Tillægsydelser er tidsbegrænsede: skriv altid en slutdato (§ 5.4.7).",
      "Persondata",
      "Skriv aldrig navne, CPR-numre eller andre personoplysninger om borgere i skemaet.",
    ]);
  });

  it("cellernes noter med § og tærskler er ordret som før (Bemærkninger: mindst 12 tegn, profilens minTegn)", () => {
    for (const n of [
      "1, 2 eller 3 (§ 2.2).",
      "Første driftsår. Skal udfyldes, når Nyt tilbud er Ja (§ 6.1.2).",
      "Budgetteret belægning, fx 96 %. Skriv 96 % eller 0,96 (§ 5.2: mindst 95 %, kort forløb mindst 90 %).",
      "Gennemsnitligt antal direkte støttetimer pr. borger pr. uge i taksten (§ 5.5.2).",
      "Hvilke sundhedsydelser der indgår i taksten, eller Ingen (§ 5.5.3).",
      "Driftsherrens begrundelse for ændringer i takst eller pladser (§ 2.2.3, § 3.1, § 5.5.2). Mindst 12 tegn.",
      "Den del af personaleomkostningerne, der er fagpersonale i vagtlag (§ 5.4.7). Lægges ikke til igen.",
      "Del af tidligere underskud, der indregnes i denne takst (§ 5.3.2). Lægges til.",
      "Del af tidligere overskud, der indregnes i denne takst (§ 5.3.1). Skriv et positivt tal; formlen trækker det fra.",
      "Det års takstberegningsgrundlag (grundlaget for 5 %-grænsen).",
      "Overskud, der er hensat (ikke i taksten), i kr. Højst 5 % af grundlaget (§ 5.3.1).",
      "Takståret, hvor beløbet i Indregnet indgår i taksten (senest regnskabsår + 2).",
      "Gennemsnitlig timeløn inkl. ferie og pension i kr. (bilag 2).",
      "Korrektion for fravær (ferie, sygdom, kurser, møder), fx 33 %.",
      "Døgnkoefficient d: 0 % på hverdage 06-17, over 0 % uden for normal arbejdstid.",
      "Variable følgeomkostninger (vfo), højst 5 %.",
      "Tillægsydelse til fast pris (bilag 2, metode 1), fx ridetimer.",
      "Beregnes: (Slutdato − Startdato + 1) / 7, afrundet til 2 decimaler.",
    ])
      expect(t.noter).toContain(n);
    expect(t.noter.join("\n")).not.toContain("20 tegn");
    expect(hentProfil(STANDARD_PROFIL_ID).begrundelse.minTegn).toBe(12);
    expect(t.valideringer).toContain("Kategori er 1, 2 eller 3 (§ 2.2).");
  });
});

describe("skabelonens hjælpetekster for testregionen", () => {
  let t: SkabelonTekster;
  let nord: SkabelonTekster;
  beforeAll(async () => {
    t = await skabelonTekster(await skrivSkabelon({ takstaar: 2030, profil, aftale }));
    nord = await skabelonTekster(await skrivSkabelon({ takstaar: 2030, ...standardValg() }));
  });

  it("Vejledningen nævner testregionens aftale, tærskler og §", () => {
    const v = t.vejledning.join("\n");
    expect(v).toContain(`Skabelon version ${SKABELON_VERSION} til ${aftale.navn}.`);
    expect(v).toContain("(bilag T)");
    expect(v).toContain("med 365 dage om året, også i skudår (§ 7.2).");
    expect(v).toContain(
      "Belægningen budgetteres til mindst 90 % og højst 100 %; for aflastning, akuttilbud og korte forløb mindst 85 % (§ 7.3).",
    );
    expect(v).toContain("(over 3 %)");
    expect(v).toContain("en begrundelse på mindst 20 tegn i Bemærkninger (§ 3.2, § 7.1).");
    expect(v).toContain(
      "Overskud op til 4 % af takstberegningsgrundlaget må hensættes; resten indregnes i taksten senest 3 år efter regnskabsåret. Underskud ud over 4 % indregnes på samme måde (§ 8).",
    );
    expect(v).toContain("vfo højst 4 % (bilag T).");
    expect(v).toContain("Tillægsydelser er tidsbegrænsede: skriv altid en slutdato (bilag T).");
  });

  it("noterne og valideringerne nævner testregionens tærskler og §", () => {
    for (const n of [
      "1, 2 eller 3 (§ 3.1).",
      "Første driftsår. Skal udfyldes, når Nyt tilbud er Ja (§ 7.3).",
      "Budgetteret belægning, fx 96 %. Skriv 96 % eller 0,96 (§ 7.3: mindst 90 %, kort forløb mindst 85 %).",
      "Gennemsnitligt antal direkte støttetimer pr. borger pr. uge i taksten (§ 7.5).",
      "Hvilke sundhedsydelser der indgår i taksten, eller Ingen (§ 7.5).",
      "Driftsherrens begrundelse for ændringer i takst eller pladser (§ 3.2, § 7.1). Mindst 20 tegn.",
      "Den del af personaleomkostningerne, der er fagpersonale i vagtlag (§ 7.5). Lægges ikke til igen.",
      "Del af tidligere underskud, der indregnes i denne takst (§ 8.2). Lægges til.",
      "Del af tidligere overskud, der indregnes i denne takst (§ 8.1). Skriv et positivt tal; formlen trækker det fra.",
      "Det års takstberegningsgrundlag (grundlaget for 4 %-grænsen).",
      "Overskud, der er hensat (ikke i taksten), i kr. Højst 4 % af grundlaget (§ 8.1).",
      "Takståret, hvor beløbet i Indregnet indgår i taksten (senest regnskabsår + 3).",
      "Gennemsnitlig timeløn inkl. ferie og pension i kr. (bilag T).",
      "Variable følgeomkostninger (vfo), højst 4 %.",
      "Tillægsydelse til fast pris (bilag T, metode 1), fx ridetimer.",
    ])
      expect(t.noter).toContain(n);
    expect(t.valideringer).toContain("Kategori er 1, 2 eller 3 (§ 3.1).");
  });

  it("nævner kun testregionens egne afsnit og ingen af Nordjyllands, der er forskellige", () => {
    const test = afsnitI(alle(t));
    const egneAfsnit = egne(aftale);
    expect([...test].filter((a) => !egneAfsnit.has(a)).sort()).toEqual([...LOVE].sort());
    const nordjyllands = [...afsnitI(alle(nord))].filter((a) => !egneAfsnit.has(a) && !LOVE.includes(a));
    expect(nordjyllands).toEqual(expect.arrayContaining(["5.1", "5.2", "5.3.1", "5.4.7", "5.5.2", "6.1.2", "bilag 2"]));
    for (const a of nordjyllands) expect([a, test.has(a)]).toEqual([a, false]);
    // Every section the Nordjylland template names is one of its agreement's.
    const nordEgne = egne(aftaleFor(STANDARD_PROFIL_ID));
    expect([...afsnitI(alle(nord))].filter((a) => !nordEgne.has(a)).sort()).toEqual([...LOVE].sort());
  });
});
