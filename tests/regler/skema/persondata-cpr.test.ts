import regel from "../../../src/core/regler/skema/persondata-cpr";
import { koerRegel, testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../../hjaelp/fixtur";
import type { ByggeRaekke, SkemaSpec } from "../../hjaelp/snapshot-bygger";
import type { CellValue, SnapshotSheet, SnapshotTekst, WorkbookSnapshot } from "../../../src/core/snapshot";
import { bygSnapshot } from "../../hjaelp/snapshot-bygger";
import { findCprITekst, skjulCpr, talLignerCpr } from "../../../src/core/cpr";

function medYdelse(i: number, aendring: ByggeRaekke): SkemaSpec {
  const y = gyldigeYdelser();
  y[i] = { ...y[i], ...aendring };
  return { ...gyldigtSkema(), ydelser: y };
}

/** The valid skema plus a sheet "Noter" holding the given cells in column A (and formats/formulas). */
function medNoter(celler: { v: CellValue; nf?: string; f?: string }[]): SkemaSpec {
  const ark: SnapshotSheet = {
    name: "Noter",
    top: 1,
    left: 1,
    values: celler.map((c) => [c.v]),
    numberFormats: celler.map((c) => [c.nf ?? null]),
    formulas: celler.map((c) => [c.f ?? null]),
  };
  return { ...gyldigtSkema(), ekstraArk: [ark] };
}

/** The valid skema with texts outside the cells (notes, headers, properties …). */
function medTekster(tekster: SnapshotTekst[]): WorkbookSnapshot {
  return { ...bygSnapshot(gyldigtSkema()), tekster };
}

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    {
      navn: "tal og tekst der ikke er CPR-numre",
      skema: medNoter([
        { v: "320180-1234" }, // day 32
        { v: "011380-1234" }, // month 13
        { v: "010180-12345" }, // longer run of digits
        { v: "20010180-1234" },
        { v: "290201-1234" }, // 29 Feb 1901: no leap year
        { v: "Tlf. 98 76 54 32, CVR 29189846" },
        { v: "01-01-2026" },
        { v: "Konto 1234 0001234567" }, // 00 is no day
        { v: "0,1503851234" }, // decimals, not a token of its own
        { v: "1.503.851.234" },
      ]),
    },
    {
      navn: "tekster uden for cellerne uden CPR-nummer (sidetal, datoer, beløb)",
      skema: medTekster([
        { art: "sidehoved", ark: "Ydelser", tekst: "&L&12Takster 2026&RSide &P af &N" },
        { art: "egenskab", navn: "dc:title", tekst: "Takstskema 2026-2027, version 12" },
        { art: "note", ark: "Ydelser", celle: "M2", tekst: "Takst 2.450,00 kr. fra 01.01.2026" },
        { art: "datavalidering", ark: "Ydelser", celle: "C2", tekst: '"SEL § 107,SEL § 108"' },
        { art: "navn", navn: "Ramme", tekst: "Ydelser!$A$1:$P$40" },
      ]),
    },
    {
      navn: "beløb og beregnede tal",
      skema: medNoter([
        { v: 105012345 }, // nine digits in General: a budget amount, the leading zero is not there
        { v: 1503851234, nf: "#,##0" }, // money with thousands separators
        { v: 1503851234, nf: '#,##0.00 "kr."' },
        { v: 1503851234, f: "=A1*10" }, // a formula's result
        { v: 1503851234.5 },
        { v: 3212999999 },
      ]),
    },
  ],
  ugyldige: [
    {
      navn: "CPR-nummer i et arknavn",
      skema: {
        ...gyldigtSkema(),
        ekstraArk: [{ ...medNoter([{ v: "Notat" }]).ekstraArk![0], name: "Borger 010180-1234" }],
      },
      fund: [
        {
          ark: "Borger 010180-1234",
          celle: "A1",
          besked:
            "Arkets navn ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: omdøb arket.",
        },
      ],
      rettet: medNoter([{ v: "Notat" }]),
    },
    {
      navn: "CPR-nummer i et talformats faste tekst",
      skema: medNoter([{ v: 5, nf: '"Borger 010180-1234"' }]),
      fund: [
        {
          ark: "Noter",
          celle: "A1",
          besked:
            "Cellens talformat viser en tekst, der ser ud til at indeholde et CPR-nummer, uanset hvad der står i cellen. Skemaet må ikke indeholde personoplysninger: ret talformatet under Formatér celler > Tal > Brugerdefineret, eller vælg Standard.",
        },
      ],
      rettet: medNoter([{ v: 5, nf: "0" }]),
    },
    {
      navn: "CPR-nummer i et tabelnavn",
      skema: (() => {
        const snapshot = bygSnapshot(medNoter([{ v: "Notat" }, { v: "Tekst" }]));
        return {
          ...snapshot,
          tables: [...snapshot.tables, { name: "Borger_010180_1234", sheet: "Noter", ref: "A1:A2" }],
        };
      })(),
      fund: [
        {
          ark: "Noter",
          celle: "A1",
          besked:
            "Tabellens navn ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: omdøb tabellen under Tabeldesign > Tabelnavn.",
        },
      ],
      rettet: medNoter([{ v: "Notat" }, { v: "Tekst" }]),
    },
    {
      navn: "CPR-nummer i en tekstboks på et ark",
      skema: medTekster([{ art: "tegning", ark: "Ydelser", tekst: "Borger 010180-1234" }]),
      fund: [
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "En tekstboks eller figur på arket ser ud til at indeholde et CPR-nummer. Den ses ikke i cellerne, men sendes med filen. Skemaet må ikke indeholde personoplysninger: ret teksten, eller slet tekstboksen eller figuren.",
        },
      ],
      rettet: medTekster([{ art: "tegning", ark: "Ydelser", tekst: "Borger A" }]),
    },
    {
      navn: "CPR-nummer i et links skærmtip",
      skema: medTekster([{ art: "hyperlink", ark: "Ydelser", celle: "B2", tekst: "Borger 010180-1234" }]),
      fund: [
        {
          ark: "Ydelser",
          celle: "B2",
          besked:
            "Linket i cellen (dets skærmtip eller viste tekst) ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: højreklik på cellen, vælg Rediger link, og ret skærmtippet og teksten, eller fjern linket.",
        },
      ],
      rettet: medTekster([{ art: "hyperlink", ark: "Ydelser", celle: "B2", tekst: "Borger A" }]),
    },
    {
      navn: "et notat, der er længere, end Excel tillader",
      skema: medTekster([{ art: "note", ark: "Ydelser", celle: "B2", tekst: "Borger A", afkortet: true }]),
      fund: [
        {
          ark: "Ydelser",
          celle: "B2",
          besked:
            "Notatet (kommentaren) i cellen er længere, end Excel tillader (32.767 tegn), så kun begyndelsen er kontrolleret for CPR-numre; filen er ikke gemt af Excel. Skemaet må ikke indeholde personoplysninger: forkort eller slet teksten, og gem filen i Excel.",
        },
      ],
      rettet: medTekster([{ art: "note", ark: "Ydelser", celle: "B2", tekst: "Borger A" }]),
    },
    {
      navn: "CPR-nummer med bindestreg i Bemærkninger",
      rettet: medYdelse(0, { bemaerkninger: "En borger har fået ændret sin støtte." }),
      skema: medYdelse(0, { bemaerkninger: "Borger 010180-1234 har fået ændret sin støtte." }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
      ],
    },
    {
      navn: "CPR-nummer uden bindestreg i Stamdata og med mellemrum på et ekstra ark",
      skema: (() => {
        const s = gyldigtSkema();
        const spec: SkemaSpec = { ...s, stamdata: { ...s.stamdata, kontaktperson: "Mette Jensen (1503851234)" } };
        return { ...spec, ekstraArk: medNoter([{ v: "Notat" }, { v: "cpr 150385 1234" }]).ekstraArk };
      })(),
      fund: [
        {
          ark: "Stamdata",
          celle: "B7",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
        {
          ark: "Noter",
          celle: "A2",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
      ],
    },
    {
      navn: "29. februar i et skudår (2000, 7. ciffer 4)",
      skema: medNoter([{ v: "290200-4234" }]),
      fund: [
        {
          ark: "Noter",
          celle: "A1",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
      ],
    },
    {
      navn: "CPR-nummer tastet som tal: ti cifre, og ni cifre med nul-udfyldt format",
      skema: medNoter([
        { v: 1503851234 },
        { v: 101801234, nf: "0000000000" },
        { v: 101801234, nf: "000000-0000" },
        { v: 101801234 },
      ]),
      fund: [
        {
          ark: "Noter",
          celle: "A1",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
        {
          ark: "Noter",
          celle: "A2",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
        {
          ark: "Noter",
          celle: "A3",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
      ],
    },
    {
      navn: "CPR-numre uden for cellerne: notat, datavalidering, sidehoved, egenskaber og navne (issue 16)",
      rettet: medTekster([{ art: "note", ark: "Ydelser", celle: "P2", tekst: "Borger A flytter 01.03.2026" }]),
      skema: medTekster([
        { art: "note", ark: "Ydelser", celle: "P2", tekst: "Borger 010180-1234 flytter" },
        // The author of the same note: one finding for the note.
        { art: "note", ark: "Ydelser", celle: "P2", tekst: "Sagsbehandler 0202801234" },
        { art: "datavalidering", ark: "Ydelser", celle: "C3", tekst: '"Ja,Nej,150385 1234"' },
        // Behind a size and a bold code: &14 and &B.
        { art: "sidehoved", ark: "Omkostninger", tekst: "&C&14010180&B-1234" },
        { art: "egenskab", navn: "dc:creator", tekst: "cpr.nr.010180-1234" },
        { art: "egenskab", navn: "brugerdefineret", tekst: "Borger_010180_1234" },
        { art: "navn", navn: "Borger_010180_1234", tekst: "Borger_010180_1234" },
        { art: "navn", navn: "Hjaelp", ark: "Stamdata", tekst: '"010180.1234"' },
      ]),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            "Notatet (kommentaren) i cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret i notatet (højreklik på cellen, og vælg Rediger notat eller Rediger kommentar), eller slet notatet.",
        },
        {
          ark: "Ydelser",
          celle: "C3",
          besked:
            "Datavalideringen i cellen (dens liste, formel eller input- og fejlmeddelelse) ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: ret eller fjern den under Data > Datavalidering.",
        },
        {
          ark: "Omkostninger",
          celle: "A1",
          besked:
            "Arkets sidehoved eller sidefod ser ud til at indeholde et CPR-nummer. Det ses ikke i cellerne, men udskrives og sendes med filen. Skemaet må ikke indeholde personoplysninger: slet det under Sidelayout > Sideopsætning > Sidehoved/sidefod.",
        },
        {
          ark: "Stamdata",
          celle: "A1",
          besked:
            'Projektmappens egenskab "Forfatter" ser ud til at indeholde et CPR-nummer. Den ses ikke i cellerne, men sendes med filen. Skemaet må ikke indeholde personoplysninger: slet det under Filer > Oplysninger > Egenskaber.',
        },
        {
          ark: "Stamdata",
          celle: "A1",
          besked:
            "En brugerdefineret egenskab i projektmappen (navn eller værdi) ser ud til at indeholde et CPR-nummer. Den ses ikke i cellerne, men sendes med filen. Skemaet må ikke indeholde personoplysninger: slet det under Filer > Oplysninger > Egenskaber > Avancerede egenskaber.",
        },
        // A name with the number in it is not quoted.
        {
          ark: "Stamdata",
          celle: "A1",
          besked:
            "Et navn i projektmappen (Formler > Navnestyring) ser ud til at indeholde et CPR-nummer i sit navn, sin formel eller sin værdi. Skemaet må ikke indeholde personoplysninger: slet eller ret navnet i Navnestyring.",
        },
        {
          ark: "Stamdata",
          celle: "A1",
          besked:
            'Navnet "Hjaelp" i projektmappen (Formler > Navnestyring) ser ud til at indeholde et CPR-nummer i sit navn, sin formel eller sin værdi. Skemaet må ikke indeholde personoplysninger: slet eller ret navnet i Navnestyring.',
        },
      ],
    },
    {
      navn: "CPR-nummer i en celle på et ark der ikke begynder i A1",
      skema: {
        ...gyldigtSkema(),
        ekstraArk: [
          {
            name: "Bilag",
            top: 3,
            left: 2,
            values: [
              [null, null],
              [null, "Borger: 311299-9999"],
            ],
          },
        ],
      },
      fund: [
        {
          ark: "Bilag",
          celle: "C4",
          besked:
            'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").',
        },
      ],
    },
  ],
});

describe("persondata-cpr: beskeden gentager aldrig nummeret", () => {
  it("ingen del af nummeret i besked, celle-ID eller Ydelses-ID", () => {
    const fund = koerRegel(regel, { navn: "cpr som Ydelses-ID", skema: medYdelse(0, { ydelsesId: "0101801234" }) });
    expect(fund).toHaveLength(1);
    const tekst = JSON.stringify(fund[0]);
    for (const del of ["0101801234", "010180", "1234", "101801234"]) expect(tekst).not.toContain(del);
    expect(fund[0].ydelsesId).toBeUndefined();
  });
});

describe("CPR-genkendelse", () => {
  it("finder nummeret som helt ord og skjuler det", () => {
    expect(findCprITekst("a 010180-1234 b")).toEqual([{ start: 2, slut: 13 }]);
    expect(skjulCpr("Borger 010180-1234 og 0202801234.")).toBe("Borger [CPR-nummer skjult] og [CPR-nummer skjult].");
    expect(skjulCpr("Takst 2.000,00 kr.")).toBe("Takst 2.000,00 kr.");
  });
  it("århundrede fra 7. ciffer afgør skudår", () => {
    expect(findCprITekst("290200-4234")).toHaveLength(1); // 2000
    expect(findCprITekst("290200-1234")).toHaveLength(0); // 1900
    expect(findCprITekst("290296-1234")).toHaveLength(1); // 1996
  });
  it("tal: ti cifre i General, ni cifre kun med nul-udfyldt format", () => {
    expect(talLignerCpr(1503851234, null)).toBe(true);
    expect(talLignerCpr(1503851234, "General")).toBe(true);
    expect(talLignerCpr(101801234, null)).toBe(false);
    expect(talLignerCpr(101801234, "0000000000")).toBe(true);
    expect(talLignerCpr(1503851234, "#,##0")).toBe(false);
  });
});
