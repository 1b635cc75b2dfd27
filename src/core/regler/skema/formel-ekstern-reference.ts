import { a1 } from "../../adresse";
import type { Regel, RegelKontekst, RegelMeta } from "../typer";

export const meta: RegelMeta = {
  id: "formel-ekstern-reference",
  standardAlvor: "advarsel",
  paragraf: "5.5",
  beskrivelse:
    "En formel henter sin værdi fra en anden projektmappe: tallet i skemaet er kun den gemte værdi og kan ikke efterprøves.",
  citat:
    "Beregningen af taksten sker med udgangspunkt i takstindmeldingsskemaerne. Nærværende afsnit vil uddybe, hvordan de enkelte elementer af taksten defineres og skal udregnes.",
  gaelderFor: ["takstskema", "takstbilag"],
};

// '[Budget2026.xlsx]Ark1'!B4, [1]Ark1!B4 (Excel's index form for external links), or a path.
const EKSTERN = /\[[^\]]+\][^!]*!|'[^']*\[[^\]]+\][^']*'!|(?:https?:|[A-Za-z]:\\|\\\\)[^']*\.xls/;

export function tjek(ctx: RegelKontekst): void {
  for (const ark of ctx.snapshot.sheets) {
    const formler = ark.formulas;
    if (!formler) continue;
    formler.forEach((raekke, i) =>
      raekke?.forEach((f, j) => {
        if (typeof f !== "string" || !f.includes("[") || !EKSTERN.test(f)) return;
        ctx.rapporter({
          ark: ark.name,
          celle: a1(ark.top + i, ark.left + j),
          besked:
            "Formlen henter sin værdi fra en anden projektmappe, som ikke følger med skemaet; den viste værdi er den sidst gemte og kan ikke efterprøves. " +
            "Skriv tallet ind, eller flyt beregningen ind i skemaet.",
        });
      }),
    );
  }
}

export default { meta, tjek } satisfies Regel;
