/**
 * The pane's Takstbilag section and the CLI's bilag reach the same figures for the same
 * skemaer (issue 17 § 5): both come from the core's takstbilag (src/core/takstbilag/). The CLI
 * side builds the bilag's Oversigt from the checked skemaer (bilagDel, bilagInput,
 * samlOversigt); the pane side reads the written takstbilag back, as Excel would open it, and
 * makes its lists and totals (dasLister, taelStatus). Lists, counts, pladser like with like
 * and every takst's status must agree.
 */
import { bilagDel, bilagInput } from "../../src/adapters/xlsx/bilag-dele";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { skrivBilag } from "../../src/adapters/xlsx/skriv-bilag";
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot, type ByggeRaekke, type SkemaSpec } from "../hjaelp/snapshot-bygger";
import { samlOversigt, sorterRaekker, type OversigtData } from "../../src/core/takstbilag/oversigt";
import { kontroller } from "../../src/core/valider";
import { taelStatus } from "../../src/taskpane/faelles/taelling";
import { dasLister, type DasLister } from "../../src/taskpane/sektioner/takstbilag/logik";
import type { TakstbilagRaekke } from "../../src/core/model";
import { TREDIVE } from "../hjaelp/tredive-tilbud";
import { standardValg } from "../hjaelp/valider";

jest.setTimeout(120_000);

/** The 30 tilbud, and the first once more with a Døgn takst whose Takst sidste år is missing (as a #REF! reads). */
function skemaer(): SkemaSpec[] {
  const uden = structuredClone(TREDIVE[0]) as SkemaSpec;
  uden.stamdata = { ...uden.stamdata, tilbud: "Bostedet uden sidste år", tilbudsportalId: "999999" };
  const ydelser = uden.ydelser as ByggeRaekke[];
  ydelser.forEach((y, i) => (y.ydelsesId = `U-${i + 1}`));
  ydelser[0].takstSidsteAar = null;
  return [...TREDIVE, uden];
}

let cli: OversigtData;
let rude: DasLister;
let raekker: readonly TakstbilagRaekke[];
let cliStatus: string[];

beforeAll(async () => {
  const valg = standardValg();
  const dele = skemaer().map((spec, i) => {
    const { skema, resultat } = kontroller(bygSnapshot(spec), valg);
    return bilagDel({ fil: `tilbud-${i + 1}.xlsx`, skema, resultat });
  });
  const input = bilagInput(dele, [], valg);
  const sorteret = sorterRaekker(input.raekker);
  cli = samlOversigt(sorteret, input);
  cliStatus = sorteret.map((r) => r.status);
  // The pane opens the takstbilag the CLI wrote.
  raekker = laesTakstskema(await laesXlsx(await skrivBilag(input))).takstbilag!.raekker;
  rude = dasLister(raekker, valg.profil);
});

const navn = (r: TakstbilagRaekke) => [r.driftsherre.vaerdi, r.tilbud.vaerdi, r.ydelsesId.vaerdi];

it("the same takstændringer over the threshold, largest first, with the same figures", () => {
  expect(cli.takster.length).toBeGreaterThan(3);
  expect(rude.antalTakster).toBe(cli.antalTakster);
  expect(rude.takster.map((l) => [...navn(l.raekke), l.tekst, l.detalje])).toEqual(
    cli.takster.map((l) => [l.r.driftsherre, l.r.tilbud, l.r.ydelsesId, ...l.aendring.split("\n")]),
  );
});

it("the same pladsændringer, largest first", () => {
  expect(cli.pladser.length).toBeGreaterThan(1);
  expect(rude.antalPladser).toBe(cli.antalPladser);
  expect(rude.pladser.map((l) => [...navn(l.raekke), l.tekst])).toEqual(
    cli.pladser.map((l) => [l.r.driftsherre, l.r.tilbud, l.r.ydelsesId, l.aendring]),
  );
});

it("the same pladser in total, like with like: the takst without Takst sidste år is left out on both", () => {
  expect(cli.total.ikkeSammenlignet).toBeGreaterThan(0);
  expect(rude.ikkeSammenlignet).toBe(cli.total.ikkeSammenlignet);
  expect(rude.pladserSidsteAar.toString()).toBe(cli.total.pladserSidsteAar.toString());
  expect(rude.pladserIAar.toString()).toBe(cli.total.pladser.toString());
});

it("the same status for every takst, and the same counts", () => {
  expect(raekker.map((r) => r.status.vaerdi)).toEqual(cliStatus);
  const t = taelStatus(raekker);
  expect(t.Fejl).toBeGreaterThan(0);
  expect(t).toEqual({
    OK: cli.total.status.OK ?? 0,
    Advarsel: cli.total.status.Advarsel ?? 0,
    Fejl: cli.total.status.Fejl ?? 0,
    tom: 0,
  });
});
