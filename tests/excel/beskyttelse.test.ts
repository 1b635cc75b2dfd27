/**
 * Issue 19 §1 "protection and co-authoring": every write first checks, in a sync it already
 * makes, that the workbook is not open read-only (ExcelApi 1.8) and the sheet it writes is not
 * protected, and refuses in Danish before touching a cell; "Marker status" finds each row by
 * its Ydelses-ID read again inside its own batch, so a co-author's sort cannot misplace a status.
 */
import { laesTakstskema } from "../../src/core/reader/laes";
import type { Fund } from "../../src/core/regler/typer";
import { TBL_TAKSTBILAG, TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { cellValue, findSheet } from "../../src/core/snapshot";
import { lavArbejdsbog, type ExcelRun } from "../../src/excel";
import { lavFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { SKRIVEBESKYTTET, STRUKTUR_BESKYTTET } from "../../src/excel/skrivetjek";
import { takstbilagStatusser } from "../../src/taskpane/sektioner/takstbilag/logik";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { arbejdsbogFejl, fuldArbejdsbog, NY_TILLAEG, takstbilagRaekker } from "./hjaelp";
import { standardValg } from "../hjaelp/valider";

function skrivebeskyttet(excelApi?: string): FakeExcel {
  const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), takstbilag: takstbilagRaekker(3) }), { excelApi });
  fake.model.skrivebeskyttet = true;
  return fake;
}

describe("en skrivebeskyttet projektmappe", () => {
  it("hver skrivning afvises på dansk, før noget er skrevet", async () => {
    const fake = skrivebeskyttet();
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const foer = fake.snapshot();
    const forsoeg: [string, () => Promise<unknown>][] = [
      ["skrivRapport", () => bog.skrivRapport([], "x")],
      ["indsaetTillaegsberegning", () => bog.indsaetTillaegsberegning(NY_TILLAEG)],
      ["markerStatus", () => bog.markerStatus([{ raekkeIndex: 1, status: "OK", fund: "" }])],
      [
        "fortryd",
        () => bog.fortryd({ ark: "Takstbilag", omraader: [{ adresse: "P2", foer: [["OK"]], efter: [[""]] }] }),
      ],
      ["skrivProfil", () => bog.skrivProfil("{}")],
      ["indsaetSkabelon", () => bog.indsaetSkabelon(2026)],
      ["tilfoejManglendeTabeller", () => bog.tilfoejManglendeTabeller(2026)],
      [
        "tilfoejTimetakst",
        () =>
          bog.tilfoejTimetakst({
            personalekategori: "Pædagogisk assistent",
            tidsrum: "Nat 23-06",
            timeomkostning: 190,
            fravaer: 0.33,
            doegnkoefficient: 0.4,
            vfo: 0.05,
          }),
      ],
      [
        "fortryd af tabeller og ark",
        () => bog.fortryd({ ark: "Ydelser", omraader: [], tabeller: [{ navn: "tblYdelser", ark: "Ydelser" }] }),
      ],
    ];
    for (const [navn, f] of forsoeg) {
      expect({ navn, besked: (await arbejdsbogFejl(f())).message }).toEqual({ navn, besked: SKRIVEBESKYTTET });
    }
    expect(fake.snapshot()).toEqual(foer);
  });

  it("koster ingen ekstra sync, og en vært uden ExcelApi 1.8 spørges ikke (den kan ikke svare)", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    await lavArbejdsbog(fake.run, { understoetter: fake.understoetter }).skrivRapport([], "x");
    expect(fake.syncs()).toBe(2);

    const gammel = skrivebeskyttet("1.7");
    await lavArbejdsbog(gammel.run, { understoetter: gammel.understoetter }).skrivRapport([], "x");
    expect(gammel.syncs()).toBe(2);
  });
});

describe("en projektmappe med beskyttet struktur", () => {
  it("det, der tilføjer ark, afvises på dansk; celler kan stadig skrives", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] });
    fake.model.strukturBeskyttet = true;
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const foer = fake.snapshot();
    for (const f of [
      () => bog.skrivRapport([], "x"),
      () => bog.skrivProfil("{}"),
      () => bog.indsaetSkabelon(2026),
      () => bog.tilfoejManglendeTabeller(2026),
    ]) {
      expect((await arbejdsbogFejl(f())).message).toBe(STRUKTUR_BESKYTTET);
    }
    expect(fake.snapshot()).toEqual(foer);

    const bilag = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(3) }));
    bilag.model.strukturBeskyttet = true;
    await lavArbejdsbog(bilag.run, { understoetter: bilag.understoetter }).markerStatus([
      { raekkeIndex: 1, status: "OK", fund: "" },
    ]);
    expect(cellValue(findSheet(bilag.snapshot(), "Takstbilag")!, 2, 16)).toBe("OK");
  });
});

describe("et beskyttet ark", () => {
  it("Indsæt og Fortryd nævner arket og rører intet", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const bog = lavArbejdsbog(fake.run);
    const sted = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    fake.model.findArk(sted.ark)!.beskyttet = true;
    const foer = fake.snapshot();
    const tekst = /^Arket Tillægsydelser er beskyttet, så Takstskema kan ikke skrive i det\. .*Intet er ændret\.$/;
    expect((await arbejdsbogFejl(bog.fortryd(sted.fortrydelse))).message).toMatch(tekst);
    expect((await arbejdsbogFejl(bog.indsaetTillaegsberegning(NY_TILLAEG))).message).toMatch(tekst);
    expect(fake.snapshot()).toEqual(foer);
    expect(fake.model.findTabel(TBL_TILLAEGSBEREGNING.navn)).toBeDefined();
  });
});

/** A co-author sorts tblTakstbilag: two body rows swap places (every cell of the table's columns). */
function bytRaekker(fake: FakeExcel, a: number, b: number): void {
  const t = fake.model.findTabel(TBL_TAKSTBILAG.navn)!;
  const top = t.omraade.top;
  for (let c = t.omraade.left; c <= t.omraade.right; c++) {
    const x = t.ark.celle(top + a, c);
    const y = t.ark.celle(top + b, c);
    t.ark.saetCelle(top + a, c, y ?? { v: null, f: null, nf: null });
    t.ark.saetCelle(top + b, c, x ?? { v: null, f: null, nf: null });
  }
}

describe("Marker status, når en anden har sorteret tabellen siden valideringen", () => {
  const fund = (raekke: number): Fund => ({
    regel: "takstbilag-aendring-stemmer-ikke",
    alvor: "fejl",
    ark: "Takstbilag",
    celle: `M${raekke}`,
    paragraf: null,
    besked: "x",
    beskedId: "x",
    data: {},
  });

  it("finder rækkerne efter Ydelses-ID og markerer de rigtige", async () => {
    const fake = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(4) }));
    const bog = lavArbejdsbog(fake.run);
    const skema = laesTakstskema(await bog.laesSnapshot());
    // Y1 (sheet row 2) has an error; the others are OK.
    const statusser = takstbilagStatusser(skema, [fund(2)], standardValg().profil);
    expect(statusser[0]).toMatchObject({ raekkeIndex: 1, ydelsesId: "Y1", status: "Fejl" });

    bytRaekker(fake, 1, 3);
    await bog.markerStatus(statusser);
    const ark = findSheet(fake.snapshot(), "Takstbilag")!;
    // Y1 now stands in sheet row 4; Y3 in row 2.
    expect(cellValue(ark, 4, 4)).toBe("Y1");
    expect(cellValue(ark, 4, 16)).toBe("Fejl");
    expect(cellValue(ark, 2, 4)).toBe("Y3");
    expect(cellValue(ark, 2, 16)).toBe("OK");
  });

  it("en sortering, der lander mellem opslaget og skrivningen, opdages i samme anmodning, og alt lægges tilbage", async () => {
    const fake = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(4) }));
    const statusser = takstbilagStatusser(
      laesTakstskema(await lavArbejdsbog(fake.run).laesSnapshot()),
      [fund(2)],
      standardValg().profil,
    );
    // A co-author sorts right before the third sync of Marker status (the write) runs.
    const run = ((valg: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) =>
      fake.run(valg, (context) => {
        const sync = context.sync.bind(context);
        let n = 0;
        context.sync = async () => {
          if (++n === 3) bytRaekker(fake, 1, 3);
          return sync();
        };
        return batch(context);
      })) as unknown as ExcelRun;
    const bog = lavArbejdsbog(run);
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(bog.markerStatus(statusser));
    expect(fejl.message).toMatch(
      /^En anden ændrede rækkefølgen i tabellen på arket Takstbilag, mens status blev skrevet\. Intet er ændret/,
    );
    // Nothing but the sort itself changed: every status cell is as it was.
    bytRaekker(fake, 1, 3);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("nægter, når en Ydelses-ID er væk, og rører intet", async () => {
    const fake = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(3) }));
    const bog = lavArbejdsbog(fake.run);
    const statusser = takstbilagStatusser(laesTakstskema(await bog.laesSnapshot()), [], standardValg().profil);
    fake.redigerCelle("Takstbilag", "D3", "Y9");
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(bog.markerStatus(statusser));
    expect(fejl.message).toMatch(
      /er ændret siden valideringen: Ydelses-ID Y2 står ikke længere i række 2.*Intet er ændret/,
    );
    expect(fake.snapshot()).toEqual(foer);
  });
});
