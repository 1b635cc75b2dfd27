/** Shared by the security tests: the bundled examples as snapshots, and a validation done the task pane's way. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import type { Arbejdsbog } from "../../src/core/arbejdsbog";
import type { Takstskema } from "../../src/core/model";
import { laesTakstskema } from "../../src/core/reader/laes";
import type { Valideringsresultat } from "../../src/core/regler/typer";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { validerSkema } from "../../src/core/valider";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { vaelgProfil } from "../../src/taskpane/profilvalg";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

export const ROD = join(__dirname, "..", "..");
export const EKSEMPEL_MAPPE = join(ROD, "examples");

/** Every bundled example takstskema (examples/takstskema-*.xlsx; the takstbilag example is built separately). */
export const EKSEMPEL_FILER: string[] = readdirSync(EKSEMPEL_MAPPE)
  .filter((f) => /^takstskema-.*\.xlsx$/i.test(f))
  .sort();

export async function laesEksempel(fil: string): Promise<WorkbookSnapshot> {
  return laesXlsx(readFileSync(join(EKSEMPEL_MAPPE, fil)));
}

export interface Bog {
  fake: FakeExcel;
  bog: Arbejdsbog;
}

/** The Office.js adapter on an in-memory Excel, wired as the preview wires it. */
export function nyBog(snapshot: WorkbookSnapshot): Bog {
  const fake = lavFakeExcel(snapshot);
  return { fake, bog: lavArbejdsbog(fake.run, { understoetter: fake.understoetter }) };
}

/** What Opgaverude.valider does: read, parse, pick the profile, validate. */
export async function validerSomRuden(
  bog: Arbejdsbog,
): Promise<{ snapshot: WorkbookSnapshot; skema: Takstskema; resultat: Valideringsresultat }> {
  const snapshot = await bog.laesSnapshot();
  const skema = laesTakstskema(snapshot);
  // No acceptance given: a workbook profile is not used (the default validates).
  const valg = vaelgProfil(snapshot);
  return { snapshot, skema, resultat: validerSkema(skema, snapshot, { profil: valg.profil, aftale: valg.aftale }) };
}

/**
 * Every digit form a CPR number could leak in: whole with or without dash/space, and the
 * date part and the serial part side by side (any separator).
 */
export function cprSpor(tekst: string, cprer: readonly string[]): string[] {
  const ud: string[] = [];
  for (const cpr of cprer) {
    const [dato, loebenr] = cpr.split("-");
    const cifre = tekst.replace(/\D+/g, "");
    if (cifre.includes(dato + loebenr)) ud.push(`${cpr} (cifrene samlet)`);
    if (tekst.includes(dato) && tekst.includes(loebenr)) ud.push(`${cpr} (${dato} og ${loebenr} i samme tekst)`);
    if (tekst.includes(dato)) ud.push(`${cpr} (datodelen ${dato})`);
  }
  return [...new Set(ud)];
}

/** Real-looking CPR numbers (valid dates); cprArbejdsbog types them in every form. */
export const CPRER = ["010180-1234", "150385-4321", "231299-2468", "020202-1357"] as const;

/** CPR numbers in Bemærkninger, Årsag, a Ydelses-ID, Stamdata (Tilbud, Driftsherre, Kontaktperson) and typed into Takst. */
export function cprArbejdsbog(): WorkbookSnapshot {
  const spec = gyldigtSkema();
  const ydelser = gyldigeYdelser();
  const omkostninger = gyldigeOmkostninger();
  ydelser[0].bemaerkninger = "Borgeren 010180-1234 flytter; se også 1503854321 og 231299 2468.";
  ydelser[0].takst = "010180-1234"; // text in a number column: the reader quotes it in felt-ugyldig-vaerdi
  ydelser[1].ydelsesId = "020202-1357";
  omkostninger[1].ydelsesId = "020202-1357";
  ydelser[1].aarsag = "Ny borger (150385-4321)";
  spec.stamdata = {
    ...spec.stamdata,
    tilbud: "Bostedet 231299-2468",
    driftsherre: "Aalborg Kommune 0101801234",
    kontaktperson: "Kontakt 150385 4321",
  };
  return bygSnapshot({ ...spec, ydelser, omkostninger });
}
