import { readFileSync } from "node:fs";
import { join } from "node:path";
import regel from "../../../src/core/regler/skema/data-uden-for-tabel";
import { kolonneBogstaver, kolonneNummer } from "../../../src/core/adresse";
import { bygSnapshot, type SkemaSpec } from "../../hjaelp/snapshot-bygger";
import type { CellValue, SnapshotSheet, WorkbookSnapshot } from "../../../src/core/snapshot";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import { skrivSkabelon } from "../../../src/adapters/xlsx/skriv-skabelon";
import { skrivSnapshotXlsx } from "../../../src/adapters/xlsx/skriv-snapshot";
import { lavArbejdsbog } from "../../../src/excel";
import { lavFakeExcel } from "../../../src/excel/fake";
import { koerRegel, testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../../hjaelp/fixtur";
import { takstbilagRaekker } from "../../excel/hjaelp";
import { standardValg } from "../../hjaelp/valider";

type Celle = [ark: string, adresse: string, v: CellValue, formel?: string];

/** Sets cells on a built snapshot (the grid grows as needed), as a user typing outside the tables. */
function medCeller(spec: SkemaSpec, celler: Celle[]): WorkbookSnapshot {
  const s = bygSnapshot(spec);
  for (const [arkNavn, adresse, v, formel] of celler) {
    let ark = s.sheets.find((x) => x.name === arkNavn);
    if (!ark) {
      ark = { name: arkNavn, top: 1, left: 1, values: [], formulas: [] } as SnapshotSheet;
      s.sheets.push(ark);
    }
    const m = /^([A-Z]+)(\d+)$/.exec(adresse)!;
    const r = Number(m[2]) - 1;
    const c = kolonneNummer(m[1]) - 1;
    while (ark.values.length <= r) ark.values.push([]);
    const raekke = ark.values[r];
    while (raekke.length <= c) raekke.push(null);
    raekke[c] = v;
    if (formel) {
      ark.formulas ??= [];
      while (ark.formulas.length <= r) ark.formulas.push([]);
      ark.formulas[r][c] = formel;
    }
  }
  return s;
}

// The fixture's tblYdelser is Ydelser!A1:P3 (header row 1, two ydelser); Takst is column N.
testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    {
      navn: "en sammentællingsrække under tabellen (I alt og SUM)",
      skema: medCeller(gyldigtSkema(), [
        ["Ydelser", "A4", "I alt"],
        ["Ydelser", "I4", 30, "=SUM(I2:I3)"],
        ["Ydelser", "N4", 2500, "=SUBTOTAL(109,tblYdelser[Takst])"],
      ]),
    },
    {
      navn: "en note to tomme rækker under tabellen",
      skema: medCeller(gyldigtSkema(), [["Ydelser", "A6", "Udarbejdet af økonomiafdelingen"]]),
    },
    {
      navn: "en titel over tabellen og tekst efter en tom kolonne",
      skema: medCeller(
        { ...gyldigtSkema(), ydelser: { raekker: gyldigtSkema().ydelser as never, forskydning: { raekker: 1 } } },
        [
          ["Ydelser", "A1", "Ydelser"],
          ["Ydelser", "R3", "Hjælp: udfyld én række pr. takst"],
        ],
      ),
    },
    {
      navn: "tabeller stablet med tomme rækker imellem (Tillægsydelser)",
      skema: {
        ...gyldigtSkema(),
        tillaegFastPris: [{ tillaegsydelse: "Ridefysioterapi", enhed: "Time", pris: 650, dokumentation: "Faktura" }],
      },
    },
    {
      navn: "ark uden skemaets tabeller (Vejledning, Valideringsrapport, Takstprofil)",
      skema: medCeller(gyldigtSkema(), [
        ["Vejledning", "A1", "Takstskema for takstår 2026"],
        ["Valideringsrapport", "A3", "Ydelser!N2"],
        ["Takstprofil", "A1", '{"id":"x","udvider":"nordjylland-2025-2026"}'],
      ]),
    },
    {
      navn: "almindelige celler uden Excel-tabel: læseren læser til første tomme række, reglen ser kun på tabeller",
      skema: medCeller({ ...gyldigtSkema(), ydelser: { raekker: gyldigtSkema().ydelser as never, somTabel: false } }, [
        ["Ydelser", "A5", "B9"],
      ]),
    },
  ],
  ugyldige: [
    {
      navn: "en ydelse skrevet lige under tabellen (Takst 99.999 kr.)",
      // The fix the message asks for: the table extended to take the row (Tilpas tabelstørrelse).
      rettet: bygSnapshot({
        ...gyldigtSkema(),
        ydelser: [...gyldigeYdelser(), { ydelsesId: "A3-107", ydelse: "Midlertidigt botilbud", takst: 99999 }],
      }),
      skema: medCeller(gyldigtSkema(), [
        ["Ydelser", "A4", "A3-107"],
        ["Ydelser", "B4", "Midlertidigt botilbud"],
        ["Ydelser", "N4", 99999],
      ]),
      fund: [
        {
          ark: "Ydelser",
          celle: "A4",
          alvor: "fejl",
          besked:
            "Række 4 står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 3 udfyldte celler (A4, B4, N4) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "kun Takst udfyldt under tabellen peger på Takst-cellen",
      skema: medCeller(gyldigtSkema(), [["Ydelser", "N4", 99999]]),
      fund: [
        {
          ark: "Ydelser",
          celle: "N4",
          besked:
            "Række 4 står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 1 udfyldt celle (N4) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "en række efter én tom række tæller også",
      skema: medCeller(gyldigtSkema(), [["Ydelser", "A5", "A3-107"]]),
      fund: [
        {
          ark: "Ydelser",
          celle: "A5",
          besked:
            "Række 5 står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 1 udfyldt celle (A5) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P5. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "en fejlværdi under tabellen",
      skema: medCeller(gyldigtSkema(), [["Ydelser", "N4", { fejl: "#REF!" }]]),
      fund: [
        {
          ark: "Ydelser",
          celle: "N4",
          besked:
            "Række 4 står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 1 udfyldt celle (N4) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "en kolonne lige til højre for tabellen",
      skema: medCeller(gyldigtSkema(), [
        ["Ydelser", "Q1", "Bemærkning 2"],
        ["Ydelser", "Q3", "ny begrundelse"],
      ]),
      fund: [
        {
          ark: "Ydelser",
          celle: "Q1",
          besked:
            "Kolonne Q lige til højre for tabellen over ydelser (Ydelser!A1:P3) er ikke en del af tabellen: 2 udfyldte celler (Q1, Q3) bliver ikke læst. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:Q3. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "en række under og en kolonne til højre: ét forslag, der dækker begge",
      skema: medCeller(gyldigtSkema(), [
        ["Ydelser", "A4", "A3-107"],
        ["Ydelser", "Q2", 5],
      ]),
      fund: [
        {
          ark: "Ydelser",
          celle: "A4",
          besked:
            "Række 4 står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 1 udfyldt celle (A4) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:Q4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
        {
          ark: "Ydelser",
          celle: "Q2",
          besked:
            "Kolonne Q lige til højre for tabellen over ydelser (Ydelser!A1:P3) er ikke en del af tabellen: 1 udfyldt celle (Q2) bliver ikke læst. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:Q4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "en række under tblOmkostninger",
      skema: medCeller(gyldigtSkema(), [["Omkostninger", "B4", 100000]]),
      fund: [
        {
          ark: "Omkostninger",
          celle: "B4",
          besked:
            "Række 4 står under tabellen over omkostninger (Omkostninger!A1:M3) uden at være en del af den: 1 udfyldt celle (B4) bliver ikke læst, og rækken kommer ikke med i kontrollen. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:M4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "en formel, der ikke tæller sammen, er data",
      skema: medCeller(gyldigtSkema(), [
        ["Ydelser", "A4", "I alt"],
        ["Ydelser", "N4", 2000, "=N3"],
      ]),
      fund: [
        {
          ark: "Ydelser",
          celle: "A4",
          besked:
            "Række 4 står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 2 udfyldte celler (A4, N4) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "mange rækker: ti fund og ét, der samler resten",
      skema: medCeller(
        gyldigtSkema(),
        Array.from({ length: 15 }, (_, i): Celle => ["Ydelser", `N${4 + i}`, 1000 + i]),
      ),
      fund: [
        ...Array.from({ length: 10 }, (_, i) => ({
          ark: "Ydelser",
          celle: `N${4 + i}`,
          besked:
            `Række ${4 + i} står under tabellen over ydelser (Ydelser!A1:P3) uden at være en del af den: 1 udfyldt celle (N${4 + i}) bliver ikke læst, og rækken kommer hverken med i kontrollen eller i takstbilaget. ` +
            "Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P18. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        })),
        {
          ark: "Ydelser",
          celle: "N14",
          besked:
            "Yderligere 5 rækker (række 14–18) under tabellen over ydelser (Ydelser!A1:P3) bliver heller ikke læst. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:P18. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "mange kolonner til højre: ti fund og ét, der samler resten",
      skema: medCeller(
        gyldigtSkema(),
        Array.from({ length: 15 }, (_, i): Celle => ["Ydelser", `${kolonneBogstaver(17 + i)}2`, 1000 + i]),
      ),
      fund: [
        ...Array.from({ length: 10 }, (_, i) => ({
          ark: "Ydelser",
          celle: `${kolonneBogstaver(17 + i)}2`,
          besked:
            `Kolonne ${kolonneBogstaver(17 + i)} lige til højre for tabellen over ydelser (Ydelser!A1:P3) er ikke en del af tabellen: 1 udfyldt celle (${kolonneBogstaver(17 + i)}2) bliver ikke læst. ` +
            "Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:AE3. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        })),
        {
          ark: "Ydelser",
          celle: "AA2",
          besked:
            "Yderligere 5 kolonner (AA–AE) til højre for tabellen over ydelser (Ydelser!A1:P3) bliver heller ikke læst. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:AE3. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
    {
      navn: "et takstbilag med en række under tblTakstbilag",
      skema: medCeller({ takstbilag: takstbilagRaekker(2) }, [["Takstbilag", "K4", 2100]]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "K4",
          besked:
            "Række 4 står under tabellen over takster (Takstbilag!A1:Q3) uden at være en del af den: 1 udfyldt celle (K4) bliver ikke læst, og rækken kommer ikke med i kontrollen. Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv A1:Q4. Hører de ikke til, så slet dem eller flyt dem til et andet ark.",
        },
      ],
    },
  ],
});

describe("data-uden-for-tabel gennem begge adaptere", () => {
  const snapshot = (): WorkbookSnapshot =>
    medCeller(gyldigtSkema(), [
      ["Ydelser", "A4", "A3-107"],
      ["Ydelser", "N4", 99999],
    ]);

  it("ExcelJS: .xlsx skrevet og læst igen", async () => {
    const laest = await laesXlsx(await skrivSnapshotXlsx(snapshot()));
    const fund = koerRegel(regel, { navn: "xlsx", skema: laest });
    expect(fund.map((f) => `${f.ark}!${f.celle}`)).toEqual(["Ydelser!A4"]);
  });

  it("Office.js: læst gennem Excel-fake'en i højst 3 syncs", async () => {
    const fake = lavFakeExcel(snapshot());
    const laest = await lavArbejdsbog(fake.run).laesSnapshot();
    expect(fake.syncs()).toBeLessThanOrEqual(3);
    const fund = koerRegel(regel, { navn: "office", skema: laest });
    expect(fund.map((f) => `${f.ark}!${f.celle}`)).toEqual(["Ydelser!A4"]);
  });

  it("skabelonen fra `takstskema skabelon` giver ingen fund", async () => {
    const laest = await laesXlsx(await skrivSkabelon({ takstaar: 2026, ...standardValg() }));
    expect(laest.tables.length).toBeGreaterThanOrEqual(7);
    expect(koerRegel(regel, { navn: "skabelon", skema: laest })).toEqual([]);
  });

  it("de medfølgende eksempler giver ingen fund", async () => {
    for (const navn of ["takstskema-eksempel.xlsx", "takstbilag-eksempel.xlsx"]) {
      const laest = await laesXlsx(readFileSync(join(__dirname, "..", "..", "..", "examples", navn)));
      expect(laest.tables.length).toBeGreaterThan(0);
      expect(koerRegel(regel, { navn, skema: laest })).toEqual([]);
    }
  });

  // Bounded output on a huge sheet; its speed is measured by npm run bench, not timed here.
  it("giver højst 10 fund og en opsummering på et ark med 200.000 rækker under tabellen", () => {
    const s = bygSnapshot(gyldigtSkema());
    const ark = s.sheets.find((x) => x.name === "Ydelser")!;
    for (let r = 0; r < 200_000; r++)
      ark.values.push([`X${r}`, null, null, null, null, null, null, null, null, null, null, null, null, 1]);
    const fund = koerRegel(regel, { navn: "stor", skema: s });
    expect(fund).toHaveLength(11);
  });
});
