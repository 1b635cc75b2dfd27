/**
 * Issue 20 § 1: "Vis regler der holdt" shows what held in positive words, never the rule's
 * problem description after a tick ("✓ En påkrævet værdi er tom …").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../../src/core/regler";
import { holdtTekst } from "../../src/taskpane/sektioner/validering/holdt";

describe("regler der holdt", () => {
  it("hver regel har sin egen positive sætning, ikke problembeskrivelsen", () => {
    const forkerte = ALLE_REGLER.filter((r) => {
      const t = holdtTekst(r.meta.id);
      const start = r.meta.beskrivelse.split(/[:;,]/)[0];
      return t === r.meta.id || t === r.meta.beskrivelse || t.startsWith(start) || !/^[A-ZÆØÅ].*\.$/.test(t);
    });
    expect(forkerte.map((r) => r.meta.id)).toEqual([]);
  });

  it("ingen sætning beskriver et problem", () => {
    const problem = /\b(er tom|mangler|passer ikke|overskredet|afviger fra|må ikke|kan ikke|skal)\b/;
    const forkerte = ALLE_REGLER.map((r) => holdtTekst(r.meta.id)).filter((t) => problem.test(t));
    expect(forkerte).toEqual([]);
  });

  it("felt-mangler: alle påkrævede værdier er udfyldt", () => {
    expect(holdtTekst("felt-mangler")).toBe("Alle påkrævede værdier er udfyldt.");
  });

  it("Validering viser holdt-sætningen, ikke beskrivelsen, i listen over regler der holdt", () => {
    const kode = readFileSync(join(__dirname, "../../src/taskpane/sektioner/validering/Validering.tsx"), "utf8");
    const liste = kode.slice(kode.indexOf('data-testid="regler-holdt"'));
    const post = liste.slice(0, liste.indexOf("</ul>"));
    expect(post).toContain("holdtTekst(id)");
    expect(post).not.toContain("beskrivelse");
  });
});
