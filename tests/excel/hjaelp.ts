/** Workbooks for the Excel adapter tests, built in the contract's terms. */
import { ArbejdsbogFejl } from "../../src/core/arbejdsbog";
import { bygSnapshot, type ByggeRaekke } from "../hjaelp/snapshot-bygger";
import type { SnapshotSheet, WorkbookSnapshot } from "../../src/core/snapshot";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

export function ydelser(n: number): { ydelser: ByggeRaekke[]; omkostninger: ByggeRaekke[] } {
  const y0 = gyldigeYdelser();
  const o0 = gyldigeOmkostninger();
  const ydelser: ByggeRaekke[] = [];
  const omkostninger: ByggeRaekke[] = [];
  for (let i = 0; i < n; i++) {
    const id = `Y${i + 1}`;
    ydelser.push({ ...y0[i % 2], ydelsesId: id, takst: { v: 2000 + i, nf: '#,##0.00 "kr."' } });
    const r = i + 2;
    omkostninger.push({
      ...o0[i % 2],
      ydelsesId: id,
      grundlag: {
        v: 7008000,
        f: `=IF(A${r}="","",B${r}+D${r}+E${r}+F${r}+G${r}+H${r}-I${r}+J${r}+K${r}-L${r})`,
        nf: '#,##0.00 "kr."',
      },
    });
  }
  return { ydelser, omkostninger };
}

export function takstbilagRaekker(n: number): ByggeRaekke[] {
  return Array.from({ length: n }, (_, i) => ({
    driftsherre: "Aalborg Kommune",
    tilbud: "Bostedet Solbakken",
    ydelsesId: `Y${i + 1}`,
    ydelse: "Længerevarende botilbud",
    paragraf: "SEL § 108",
    takstenhed: "Døgn",
    pladserSidsteAar: 10,
    pladser: 10,
    takstSidsteAar: 1950,
    takst: 2000,
    aendringKr: { v: 50, f: `=IF(I${i + 2}="","",IF(J${i + 2}="","",J${i + 2}-I${i + 2}))` },
    aendringPct: { v: 0.0256, nf: "0.0%" },
    aarsag: "Løn- og prisudvikling",
    bemaerkninger: "Fremskrivning.",
    status: null,
    fund: null,
  }));
}

export function tillaegsberegningRaekker(): ByggeRaekke[] {
  return [
    {
      beskrivelse: "Ekstra støtte om aftenen",
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timerPrUge: 2.5,
      ataTimetakst: { v: 335.78, f: "=335.78" },
      ugepris: { v: 839.45, f: "=ROUND(D14*E14,2)" },
      startdato: { v: 46023, nf: "dd-mm-yyyy" },
      slutdato: { v: 46203, nf: "dd-mm-yyyy" },
      uger: { v: 25.86, f: "=ROUND((H14-G14+1)/7,2)" },
      samletPris: { v: 21708.18, f: "=ROUND(F14*I14,2)" },
    },
  ];
}

/** A filled-in skema with every block, a hidden and a protected sheet, error values and an empty sheet. */
export function fuldArbejdsbog(n = 20): WorkbookSnapshot {
  const { ydelser: y, omkostninger: o } = ydelser(n);
  const ekstra: SnapshotSheet[] = [
    {
      name: "Noter",
      top: 2,
      left: 3,
      values: [
        ["Skjult note", { fejl: "#REF!" }, true],
        [null, { fejl: "#DIV/0!" }, -1.5],
      ],
      formulas: [
        [null, "=A1/0+#REF!", null],
        [null, "=1/0", null],
      ],
      numberFormats: [
        [null, null, null],
        [null, null, "0.00"],
      ],
      visibility: "hidden",
    },
    {
      name: "Låst",
      top: 1,
      left: 1,
      values: [["Beskyttet"]],
      formulas: [[null]],
      numberFormats: [[null]],
      protected: true,
    },
    { name: "Tom", top: 1, left: 1, values: [], formulas: [], numberFormats: [] },
  ];
  return bygSnapshot({
    ...gyldigtSkema(),
    ydelser: y,
    omkostninger: o,
    tillaegsberegning: tillaegsberegningRaekker(),
    ekstraArk: ekstra,
  });
}

/** The ArbejdsbogFejl an action is refused with (the test fails if it succeeds or throws something else). */
export async function arbejdsbogFejl(p: Promise<unknown>): Promise<ArbejdsbogFejl> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ArbejdsbogFejl);
    return e as ArbejdsbogFejl;
  }
  throw new Error("forventede en ArbejdsbogFejl");
}

/** A tillægsydelse to insert into tblTillaegsberegning. */
export const NY_TILLAEG = {
  beskrivelse: "Ledsagelse til træning",
  personalekategori: "Socialpædagog",
  tidsrum: "Hverdag 17-23",
  timerPrUge: 2.5,
  startdato: 46023,
  slutdato: 46203,
};
