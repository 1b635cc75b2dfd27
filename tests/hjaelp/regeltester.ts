/**
 * RuleTester in the ESLint manner: each rule states valid and invalid skemaer, and for the
 * invalid ones exactly which findings (sheet and cell, Ydelses-ID, words of the message) follow.
 * The rule runs alone, through the real reader, with the shipped profile unless a case
 * overrides part of it.
 */
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot, type SkemaSpec } from "./snapshot-bygger";
import { validerSkema } from "../../src/core/valider";
import { aftaleFor, hentProfil, regelKilde, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import { REGEL_IDER } from "../../src/core/regler/id";
import type { Profil } from "../../src/core/profil/typer";
import type { Fund, FundData, Regel } from "../../src/core/regler/typer";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { Grundlag } from "../../src/core/takstbilag/grundlag";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

export interface ForventetFund {
  /** The sheet: always stated, so a finding on the right cell of the wrong sheet fails. */
  ark: string;
  celle: string;
  ydelsesId?: string;
  /** The exact Danish message, as the user reads it (the rule's message function on its data). */
  besked: string;
  /** The rule's message by name and its data (JSON: numbers as exact decimal strings). */
  beskedId?: string;
  data?: FundData;
  alvor?: Fund["alvor"];
}

export interface RegelCase {
  navn: string;
  skema: SkemaSpec | WorkbookSnapshot;
  profil?: Partial<Profil>;
  /** Last year's approved takstbilag (validation's `grundlag`). */
  grundlag?: Grundlag;
}

export interface UgyldigCase extends RegelCase {
  fund: ForventetFund[];
  /**
   * The same skema with the fix the messages ask for applied, as an økonom would (issue 7 § 2:
   * every fejl has a fix). It must be valid for the rule, under the case's profile.
   */
  rettet?: SkemaSpec | WorkbookSnapshot;
}

function snapshotAf(s: SkemaSpec | WorkbookSnapshot): WorkbookSnapshot {
  return "sheets" in s && Array.isArray((s as WorkbookSnapshot).sheets)
    ? (s as WorkbookSnapshot)
    : bygSnapshot(s as SkemaSpec);
}

/** The shipped profile with a case's overrides merged in, nested objects key by key. */
export function profilMed(over: Partial<Profil> = {}): Profil {
  const ud: Record<string, unknown> = { ...NORDJYLLAND_2025_2026 };
  for (const [k, v] of Object.entries(over)) {
    const gl = ud[k];
    const erObjekt = (x: unknown) => typeof x === "object" && x !== null && !Array.isArray(x);
    ud[k] = erObjekt(gl) && erObjekt(v) ? { ...(gl as object), ...(v as object) } : v;
  }
  return ud as unknown as Profil;
}

export function koerRegel(regel: Regel, c: RegelCase): Fund[] {
  const snapshot = snapshotAf(c.skema);
  const profil = profilMed(c.profil);
  return validerSkema(laesTakstskema(snapshot), snapshot, {
    profil,
    aftale: aftaleFor(profil.id),
    regler: [regel],
    ...(c.grundlag ? { grundlag: c.grundlag } : {}),
  }).fund;
}

export interface RegelTilfaelde {
  gyldige: RegelCase[];
  ugyldige: UgyldigCase[];
}

/** The cases of every testRegel call so far, by rule ID (docs/regler.md's examples read them). */
export const REGISTREREDE_TILFAELDE = new Map<string, { regel: Regel; cases: RegelTilfaelde }>();

export function testRegel(regel: Regel, cases: RegelTilfaelde): void {
  REGISTREREDE_TILFAELDE.set(regel.meta.id, { regel, cases });
  describe(regel.meta.id, () => {
    it("har metadata: kendt ID, §-henvisning, beskrivelse og citat", () => {
      expect(REGEL_IDER).toContain(regel.meta.id);
      expect(["fejl", "advarsel", "info"]).toContain(regel.meta.standardAlvor);
      expect(regel.meta.beskrivelse.length).toBeGreaterThan(10);
      expect(regelKilde(aftaleFor(STANDARD_PROFIL_ID), regel.meta.id).citat.length).toBeGreaterThan(10);
      expect(regel.meta.gaelderFor.length).toBeGreaterThan(0);
    });

    // Issue 7 § 2: a skema that follows the agreement can reach 0 fejl, so every fejl has a fix.
    if (regel.meta.standardAlvor === "fejl") {
      it("har et rettet tilfælde: fejlen kan rettes i skemaet", () => {
        expect(cases.ugyldige.filter((c) => c.rettet).map((c) => c.navn)).not.toEqual([]);
      });
    }

    for (const c of cases.gyldige) {
      it(`gyldig: ${c.navn}`, () => {
        expect(koerRegel(regel, c)).toEqual([]);
      });
    }

    for (const c of cases.ugyldige) {
      it(`ugyldig: ${c.navn}`, () => {
        const fund = koerRegel(regel, c);
        const kort = fund.map((f) => `${f.ark}!${f.celle}`);
        expect(kort).toEqual(c.fund.map((f) => `${f.ark}!${f.celle}`));
        c.fund.forEach((forventet, i) => {
          const f = fund[i];
          expect(f.regel).toBe(regel.meta.id);
          expect(f.ark).toBe(forventet.ark);
          if (forventet.ydelsesId) expect(f.ydelsesId).toBe(forventet.ydelsesId);
          if (forventet.alvor) expect(f.alvor).toBe(forventet.alvor);
          // lavRegel words the text from one of the rule's named messages.
          expect(Object.keys(regel.beskeder)).toContain(f.beskedId);
          if (forventet.beskedId !== undefined) expect(f.beskedId).toBe(forventet.beskedId);
          if (forventet.data !== undefined) expect(f.data).toEqual(forventet.data);
          expect(f.besked).toBe(forventet.besked);
        });
      });
      const rettet = c.rettet;
      if (rettet) {
        it(`rettet: ${c.navn}`, () => {
          expect(koerRegel(regel, { ...c, skema: rettet })).toEqual([]);
        });
      }
    }

    // Like ESLint's docs: every named message is shown by some invalid case (docs/regler.md's examples).
    it("har et ugyldigt tilfælde for hver af reglens beskeder", () => {
      const vist = new Set(cases.ugyldige.flatMap((c) => koerRegel(regel, c).map((f) => f.beskedId)));
      expect(Object.keys(regel.beskeder).filter((b) => !vist.has(b))).toEqual([]);
    });
  });
}
