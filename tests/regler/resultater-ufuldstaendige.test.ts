/**
 * regler.md 2026.3 item 7 (§ 5.3.1, § 5.3.2): "Results are complete or not counted". Each skema
 * below has an overdue overskud (regnskabsår 2023, takstår 2026) of which nothing reaches a
 * takst, broken in one of the ways that used to silence every over-/underskud rule (0 fejl on
 * the whole registry). Now the whole registry gives a fejl in tblResultater for each of them.
 */
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot, type ByggeRaekke } from "../hjaelp/snapshot-bygger";
import { validerSkema } from "../../src/core/valider";
import { gyldigtResultat, gyldigtSkema } from "../hjaelp/fixtur";
import { standardValg } from "../hjaelp/valider";

/** 2023 overskud of 770.000 kr. on 8 mio.: 400.000 may be hensat, 370.000 must be indregnet by 2025. */
function skemaMed(aendring: ByggeRaekke) {
  const raekke = gyldigtResultat({
    regnskabsaar: 2023,
    grundlag: 8000000,
    resultat: 770000,
    hensat: 400000,
    indregnet: 370000,
    indregnetITakstaar: 2025,
    ...aendring,
  });
  return bygSnapshot({ ...gyldigtSkema(), resultater: [raekke] });
}

function fejlIResultater(aendring: ByggeRaekke): string[] {
  const snapshot = skemaMed(aendring);
  return validerSkema(laesTakstskema(snapshot), snapshot, standardValg())
    .fund.filter((f) => f.alvor === "fejl" && f.ark === "Over- og underskud")
    .map((f) => `${f.regel} ${f.celle}`);
}

describe("ufuldstændige rækker i tabellen over over- og underskud tier ikke (regler.md 2026.3 punkt 7)", () => {
  it("den korrekte række giver ingen fejl", () => {
    expect(fejlIResultater({})).toEqual([]);
  });
  it.each<[string, ByggeRaekke, string[]]>([
    ["Resultat mangler", { resultat: null, indregnet: 0 }, ["felt-mangler D2"]],
    ["Takstberegningsgrundlag mangler", { grundlag: null, indregnet: 0 }, ["felt-mangler C2"]],
    ["Regnskabsår mangler", { regnskabsaar: null, indregnet: 0 }, ["felt-mangler B2"]],
    ["Indregnet er negativt", { indregnet: -370000 }, ["felt-ugyldig-vaerdi F2"]],
    ["Hensat er negativt", { hensat: -400000, indregnet: 0 }, ["felt-ugyldig-vaerdi E2"]],
    ["Indregnet i takstår mangler", { indregnetITakstaar: null }, ["felt-mangler G2", "overskud-ikke-indregnet F2"]],
    [
      "Indregnet i takstår er selve regnskabsåret",
      { indregnetITakstaar: 2023 },
      ["felt-ugyldig-vaerdi G2", "overskud-ikke-indregnet F2"],
    ],
  ])("%s", (_navn, aendring, forventet) => {
    expect(fejlIResultater(aendring)).toEqual(expect.arrayContaining(forventet));
  });
});
