/**
 * Issue 21 § 2: a check reports a named message with its data and a model cell; lavRegel words
 * the text, and the finding keeps beskedId and data as JSON (numbers as exact decimal strings).
 */
import { dataSomJson, lavRegel } from "../../src/core/regler/lav-regel";
import { D } from "../../src/core/penge";
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { validerSkema } from "../../src/core/valider";
import { standardValg } from "../hjaelp/valider";
import { gyldigtSkema } from "../hjaelp/fixtur";
import type { Dec } from "../../src/core/penge";

describe("dataSomJson", () => {
  it("skriver Decimal og tal som eksakte decimaltekster, aldrig med eksponent", () => {
    expect(dataSomJson({ a: new D("1920.50"), b: 0.1, c: new D("1e-9"), d: new D("1e22"), e: -3 })).toEqual({
      a: "1920.5",
      b: "0.1",
      c: "0.000000001",
      d: "10000000000000000000000",
      e: "-3",
    });
  });

  it("beholder tekst, sandhedsværdier, null, lister og objekter og udelader undefined", () => {
    expect(dataSomJson({ t: "x", s: true, n: null, u: undefined, l: [1, "y", undefined], o: { p: new D(2) } })).toEqual(
      { t: "x", s: true, n: null, l: ["1", "y", null], o: { p: "2" } },
    );
  });

  it("afviser en værdi, der ikke er data (en dato, en modelcelle som klasse, et uendeligt tal)", () => {
    expect(() => dataSomJson({ d: new Date(0) })).toThrow(/data\.d/);
    expect(() => dataSomJson({ x: Infinity })).toThrow(/data\.x/);
  });
});

describe("lavRegel", () => {
  const regel = lavRegel({
    meta: { id: "belaegning-over-100", standardAlvor: "fejl", beskrivelse: "Testregel.", gaelderFor: ["takstskema"] },
    beskeder: {
      takst: (d: { takst: Dec; cpr: string }) => `Taksten er ${d.takst.toFixed(2)} (${d.cpr}).`,
    },
    tjek(ctx) {
      const c = ctx.skema.ydelser!.raekker[0].takst;
      ctx.rapporter({ besked: "takst", celle: c, ydelsesId: "", data: { takst: c.vaerdi!, cpr: "010180-1234" } });
    },
  });

  it("ordlægger beskeden, udfylder ark og celle fra modelcellen og gemmer beskedId og data (CPR skjult)", () => {
    const snapshot = bygSnapshot(gyldigtSkema());
    const [f] = validerSkema(laesTakstskema(snapshot), snapshot, { ...standardValg(), regler: [regel] }).fund;
    expect(f).toEqual({
      regel: "belaegning-over-100",
      alvor: "fejl",
      ark: "Ydelser",
      celle: "N2",
      paragraf: "5.2",
      besked: "Taksten er 2000.00 ([CPR-nummer skjult]).",
      beskedId: "takst",
      data: { takst: "2000", cpr: "[CPR-nummer skjult]" },
    });
  });

  it("kender kun reglens egne beskeder", () => {
    const forkert = lavRegel({
      meta: { ...regel.meta },
      beskeder: { en: () => "En." },
      tjek(ctx) {
        // @ts-expect-error "to" is not one of the rule's messages
        ctx.rapporter({ besked: "to", celle: { ark: "Ydelser", adresse: "A1" } });
      },
    });
    const snapshot = bygSnapshot(gyldigtSkema());
    expect(() => validerSkema(laesTakstskema(snapshot), snapshot, { ...standardValg(), regler: [forkert] })).toThrow(
      /ingen besked "to"/,
    );
  });
});
