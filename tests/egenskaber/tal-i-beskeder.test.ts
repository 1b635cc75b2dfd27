/**
 * Issue 15 § 2, regler.md 2026.3 point 9 ("Numbers in messages are true"), as a property over
 * random skemaer: belægninger, takster, pladser, grundlag, tillæg and profile thresholds near
 * the edges. For every finding that compares a percent with a threshold, the shown number lies
 * on the side of the shown threshold that the message claims (and the real number does too);
 * for every calculation a message shows, redoing it with the shown figures gives the shown
 * result to the øre.
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import { valider } from "../hjaelp/valider";
import { bygSnapshot, type ByggeRaekke } from "../hjaelp/snapshot-bygger";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema, gyldigTillaeg } from "../hjaelp/fixtur";
import { profilMed } from "../hjaelp/regeltester";
import type { Fund } from "../../src/core/regler/typer";

const ANTAL = Number(process.env.EGENSKAB_ANTAL ?? 400);

/** "1.234,56" / "−5,002" → Decimal. */
function tal(s: string): Decimal {
  return new Decimal(s.replace(/\./g, "").replace(",", ".").replace("−", "-").replace("+", ""));
}

/** The number of decimals a Danish number is shown with. */
function decimaler(s: string): number {
  const i = s.indexOf(",");
  return i < 0 ? 0 : s.length - i - 1;
}

/** `vist` is `sand` rounded (half away from zero) to the decimals shown. */
function erAfrundingAf(vist: string, sand: Decimal): boolean {
  return sand.toDecimalPlaces(decimaler(vist), Decimal.ROUND_HALF_UP).eq(tal(vist));
}

const oere = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** A fraction with up to `dec` decimals in [min, max]. */
function broek(min: number, max: number, dec: number): fc.Arbitrary<number> {
  const f = 10 ** dec;
  return fc.integer({ min: Math.round(min * f), max: Math.round(max * f) }).map((n) => n / f);
}

const GRUNDLAG_KOLONNER_UDEN_PERSONALE = [
  "borgerrelaterede",
  "administration",
  "kompetenceudvikling",
  "ejendom",
  "afskrivninger",
  "finansieringsudgifter",
] as const;

const ydelse = fc.record({
  belaegning: fc.oneof(broek(0.85, 1.02, 6), fc.constantFrom(0.9496, 0.94996, 0.89996, 0.98004, 1.00004)),
  pladser: fc.integer({ min: 1, max: 40 }),
  personale: fc.integer({ min: 100_000_00, max: 900_000_000 }).map((n) => n / 100),
  takst: fc.integer({ min: 100_00, max: 5000_00 }).map((n) => n / 100),
  takstSidsteAar: fc.integer({ min: 100_00, max: 5000_00 }).map((n) => n / 100),
  takstenhed: fc.constantFrom("Døgn", "Dag", "Måned", "År"),
  tilbudsform: fc.constantFrom("Døgntilbud", "Dagtilbud", "Kort forløb", "Andet"),
});

const tillaeg = fc.record({
  fravaer: fc.oneof(broek(0.05, 0.55, 8), fc.constantFrom(0.09996, 0.50004)),
  vfo: fc.oneof(broek(0.03, 0.07, 8), fc.constantFrom(0.05004, 0.050001)),
  timeomkostning: fc.integer({ min: 100_00, max: 900_00 }).map((n) => n / 100),
});

/** A tblTillaegsberegning row on the unchanged rate "Socialpædagog, Hverdag 17-23" (335,78 kr.), one cell wrong. */
const beregning = fc.record({
  timer: broek(0.5, 40, 3),
  dage: fc.integer({ min: 1, max: 300 }),
  ugerRundet: fc.boolean(),
  forkert: fc.constantFrom("ugepris" as const, "samlet" as const),
});

const profil = fc.record({
  forventetMin: fc.constantFrom(95, 94.5, 90),
  minKortForloeb: fc.constantFrom(90, 89.75),
  vaesentligPct: fc.constantFrom(5, 2.5, 3),
  plFremskrivningPct: fc.constantFrom(null, 3, 2.4),
  maalestok: fc.constantFrom("nominel" as const, "ud_over_pl" as const),
  takstloft: fc.constantFrom(null, { reduktionPct: 1 }, { reduktionPct: 0.5 }),
});

interface Tjek {
  /** How many claims were checked, per kind: the property must not hold vacuously. */
  sider: number;
  regnestykker: number;
  rettelser: number;
}

const ialt: Tjek = { sider: 0, regnestykker: 0, rettelser: 0 };
/** Which of the fix phrases were met: each must be, or its check would hold vacuously. */
const saetninger = new Set<string>();

/** Every "X % er under/over [ord] Y %" and similar claims in a message hold for the shown figures. */
interface SandYdelse {
  grundlag: Decimal;
  pladser: number;
  takstenhed: string;
}

function tjekFund(
  f: Fund,
  sand: { belaegning: Map<string, Decimal>; ydelse: Map<string, SandYdelse> },
  p: ReturnType<typeof profilMed>,
): void {
  const b = f.besked;

  // Belægning against a threshold: "Belægningsprocenten 94,96 % er under de forventede 95 %".
  for (const m of b.matchAll(
    /[Bb]elægningsprocenten ([\d.,]+) % er (under|over) (?:de forventede |minimum |de anbefalede )?([\d.,]+) %/g,
  )) {
    const vist = tal(m[1]);
    const graense = tal(m[3]);
    expect(m[2] === "under" ? vist.lt(graense) : vist.gt(graense)).toBe(true);
    const real = f.ydelsesId ? sand.belaegning.get(f.ydelsesId) : undefined;
    if (real) {
      expect(erAfrundingAf(m[1], real.times(100))).toBe(true);
      expect(m[2] === "under" ? real.times(100).lt(graense) : real.times(100).gt(graense)).toBe(true);
    }
    expect([
      p.belaegning.forventetMin,
      p.belaegning.minKortForloeb,
      p.belaegning.anbefaletMax,
      p.belaegning.max,
    ]).toContain(graense.toNumber());
    ialt.sider++;
  }

  // A takstændring against the væsentlig threshold: "fra A kr. til B kr. (+5,002 %), en væsentlig ændring (over 5 %)".
  const ae =
    /fra ([\d.,]+) kr\. til ([\d.,]+) kr\. \(([+−]?[\d.,]+) %(?:; ([+−]?[\d.,]+) % ud over PL-fremskrivningen på ([\d.,−]+) %)?\), en væsentlig ændring \(over ([\d.,]+) %/.exec(
      b,
    );
  if (ae) {
    const sandAendring = tal(ae[2]).div(tal(ae[1])).minus(1).times(100);
    expect(erAfrundingAf(ae[3], sandAendring)).toBe(true);
    const graense = tal(ae[6]);
    const maalt = ae[4] ? tal(ae[4]) : tal(ae[3]);
    expect(maalt.abs().gt(graense)).toBe(true);
    if (ae[4]) expect(erAfrundingAf(ae[4], sandAendring.minus(tal(ae[5])))).toBe(true);
    ialt.sider++;
  }

  // The takstloft: "Taksten stiger X % fra A kr. til B kr.; … takstloftet til L %".
  const loft = /Taksten stiger ([\d.,]+) % fra ([\d.,]+) kr\. til ([\d.,]+) kr\.; .*takstloftet til ([\d.,]+) %/.exec(
    b,
  );
  if (loft) {
    expect(tal(loft[1]).gt(tal(loft[4]))).toBe(true);
    expect(erAfrundingAf(loft[1], tal(loft[3]).div(tal(loft[2])).minus(1).times(100))).toBe(true);
    ialt.sider++;
  }

  // Tillæg: "er X %, men højst Y % må" and "er X %, uden for det sandsynlige interval A %–B %".
  const vfo = /er ([\d.,]+) %, men højst ([\d.,]+) % må/.exec(b);
  if (vfo) {
    expect(tal(vfo[1]).gt(tal(vfo[2]))).toBe(true);
    ialt.sider++;
  }
  const frav = /er ([\d.,]+) %, uden for det sandsynlige interval ([\d.,]+) %–([\d.,]+) %/.exec(b);
  if (frav) {
    const x = tal(frav[1]);
    expect(x.lt(tal(frav[2])) || x.gt(tal(frav[3]))).toBe(true);
    ialt.sider++;
  }

  // The takst calculation: "takst E kr. (Takstberegningsgrundlag G kr. ÷ (P pladser × B % × N dage)".
  for (const m of b.matchAll(
    /([\d.,]+) kr\. \((?:Takstberegningsgrundlag )?([\d.,]+) kr\. ÷ \(([\d.,]+) pladser × ([\d.,]+) %(?: × (\d+) (?:dage|måneder))?\)/g,
  )) {
    const divisor = tal(m[3])
      .times(tal(m[4]).div(100))
      .times(m[5] ? new Decimal(m[5]) : 1);
    expect(oere(tal(m[2]).div(divisor)).toFixed(2)).toBe(tal(m[1]).toFixed(2));
    ialt.regnestykker++;
  }

  // The value a fix names (issue 15 § 3): "med den laveste bliver taksten X kr." from
  // the row's own figures and the profile's belægning.
  const med = /(med den laveste|ved minimum|med den højeste belægning) bliver taksten ([\d.,]+) kr\./.exec(b);
  const y = f.ydelsesId ? sand.ydelse.get(f.ydelsesId) : undefined;
  if (med && y) {
    const pct =
      med[1] === "med den laveste"
        ? p.belaegning.forventetMin
        : med[1] === "ved minimum"
          ? p.belaegning.minKortForloeb
          : p.belaegning.max;
    const faktor = y.takstenhed === "Måned" ? 12 : y.takstenhed === "År" ? 1 : p.dagePrAar;
    const t = y.grundlag.div(new Decimal(y.pladser).times(new Decimal(pct).div(100)).times(faktor));
    expect(oere(t).toFixed(2)).toBe(tal(med[2]).toFixed(2));
    ialt.rettelser++;
    saetninger.add(med[1]);
  }

  // tblTillaegsberegning: "men T timer × R kr. = U kr." and "men U kr. × W uger = S kr.".
  const uge = /men ([\d.,]+) timer × ([\d.,]+) kr\. = ([\d.,]+) kr\./.exec(b);
  if (uge) {
    expect(oere(tal(uge[1]).times(tal(uge[2]))).toFixed(2)).toBe(tal(uge[3]).toFixed(2));
    ialt.regnestykker++;
  }
  const samlet = /men ([\d.,]+) kr\. × ([\d.,]+) uger = ([\d.,]+) kr\./.exec(b);
  if (samlet) {
    expect(oere(tal(samlet[1]).times(tal(samlet[2]))).toFixed(2)).toBe(tal(samlet[3]).toFixed(2));
    ialt.regnestykker++;
  }

  // The ATA-timetakst: "T kr. × (1 + f + d + v) = R kr.".
  const ata = /([\d.,]+) kr\. × \(1 \+ ([\d.,]+) \+ ([\d.,]+) \+ ([\d.,]+)\) = ([\d.,]+) kr\./.exec(b);
  if (ata) {
    const r = tal(ata[1]).times(new Decimal(1).plus(tal(ata[2])).plus(tal(ata[3])).plus(tal(ata[4])));
    expect(oere(r).toFixed(2)).toBe(tal(ata[5]).toFixed(2));
    ialt.regnestykker++;
  }
}

describe("tal i beskeder er sande (regler.md 2026.3 punkt 9)", () => {
  it("over tilfældige skemaer: vist tal på den rigtige side af vist grænse, og regnestykker går op til øren", () => {
    fc.assert(
      fc.property(fc.tuple(ydelse, ydelse), tillaeg, beregning, profil, ([y0, y1], t, tb, pr) => {
        const ydelser = gyldigeYdelser().map((r, i): ByggeRaekke => {
          const y = i === 0 ? y0 : y1;
          return {
            ...r,
            belaegningsprocent: y.belaegning,
            pladserSidsteAar: y.pladser,
            pladser: y.pladser,
            takst: y.takst,
            takstSidsteAar: y.takstSidsteAar,
            takstenhed: y.takstenhed,
            tilbudsform: y.tilbudsform,
            aarsag: null,
            bemaerkninger: null,
          };
        });
        const grundlag: Decimal[] = [];
        const omkostninger = gyldigeOmkostninger().map((r, i): ByggeRaekke => {
          const y = i === 0 ? y0 : y1;
          let sum = new Decimal(y.personale);
          for (const k of GRUNDLAG_KOLONNER_UDEN_PERSONALE) sum = sum.plus(r[k] as number);
          sum = sum.minus(r.finansieringsindtaegter as number);
          grundlag.push(sum);
          return { ...r, personale: y.personale, vagtlag: 0, grundlag: sum.toNumber() };
        });
        const tillaegRaekker = gyldigTillaeg().map((r, i) =>
          i === 0 ? { ...r, fravaer: t.fravaer, vfo: t.vfo, timeomkostning: t.timeomkostning } : r,
        );
        const basis = profilMed();
        const p = profilMed({
          belaegning: { ...basis.belaegning, forventetMin: pr.forventetMin, minKortForloeb: pr.minKortForloeb },
          takstaendring: {
            vaesentligPct: pr.vaesentligPct,
            maalestok: pr.plFremskrivningPct === null ? "nominel" : pr.maalestok,
            plFremskrivningPct: pr.plFremskrivningPct,
          },
          takstloft: pr.takstloft,
        });
        const start = 46023;
        const ugerSand = new Decimal(tb.dage).div(7);
        const uger = tb.ugerRundet ? ugerSand.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : ugerSand;
        const ugepris = oere(new Decimal(tb.timer).times("335.78")).plus(tb.forkert === "ugepris" ? 3 : 0);
        const tillaegsberegning: ByggeRaekke[] = [
          {
            beskrivelse: "Ekstra støtte",
            personalekategori: "Socialpædagog",
            tidsrum: "Hverdag 17-23",
            timerPrUge: tb.timer,
            ataTimetakst: 335.78,
            ugepris: ugepris.toNumber(),
            startdato: start,
            slutdato: start + tb.dage - 1,
            uger: uger.toNumber(),
            samletPris: oere(ugepris.times(uger)).plus(7).toNumber(),
          },
        ];
        const snapshot = bygSnapshot({
          ...gyldigtSkema(),
          ydelser,
          omkostninger,
          tillaeg: tillaegRaekker,
          tillaegsberegning,
        });
        const sand = {
          belaegning: new Map([
            ["A1-108", new Decimal(y0.belaegning)],
            ["A2-104", new Decimal(y1.belaegning)],
          ]),
          ydelse: new Map([
            ["A1-108", { grundlag: grundlag[0], pladser: y0.pladser, takstenhed: y0.takstenhed }],
            ["A2-104", { grundlag: grundlag[1], pladser: y1.pladser, takstenhed: y1.takstenhed }],
          ]),
        };
        for (const f of valider(snapshot, { profil: p }).fund) tjekFund(f, sand, p);
      }),
      { numRuns: ANTAL },
    );
    // Not vacuous: the claims were met many times.
    expect(ialt.sider).toBeGreaterThan(ANTAL / 4);
    expect(ialt.regnestykker).toBeGreaterThan(ANTAL / 4);
    expect(ialt.rettelser).toBeGreaterThan(ANTAL / 20);
    expect([...saetninger].sort()).toEqual(["med den højeste belægning", "med den laveste", "ved minimum"]);
  });
});
