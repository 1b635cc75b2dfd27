/**
 * What the sekretariat acts on after `valider DIR` (issue 17 § 4): which skemaer are ready for
 * the takstbilag and which go back. The letters of `--tilbagemelding` are built in
 * src/core/tilbagemelding.ts, shared with the task pane's Sekretariat section, so both give
 * the same letter for the same skema.
 */
import {
  antalTekst,
  type Aftale,
  flertal,
  navnAf,
  type Profil,
  type SkemaStatus,
  skjulCpr,
  synligTekst,
} from "../core";
export { type Brev, breve, brevFilnavn, brevTekst, skemaStatus, type SkemaStatus } from "../core";

/** "2025-2026" for consecutive years, else "2025, 2027". */
function aarTekst(aar: readonly number[]): string {
  const s = [...aar].sort((a, b) => a - b);
  return s.length > 1 && s.every((x, i) => i === 0 || x === s[i - 1] + 1) ? `${s[0]}-${s[s.length - 1]}` : s.join(", ");
}

/**
 * The lines before `valider`'s last line: how many skemaer are ready and which go back (per
 * file, by driftsherre and tilbud), unreadable files counted, mixed takstår and a takstår
 * outside the agreement said plainly.
 */
export function klarTekst(
  status: readonly SkemaStatus[],
  ulaeselige: number,
  { profil, aftale }: { profil: Profil; aftale: Aftale },
): string {
  const skemaer = status.filter((s) => s.type === "takstskema");
  if (skemaer.length === 0 && ulaeselige === 0) return "";
  const tilbage = skemaer.filter((s) => s.fejl > 0);
  const klar = skemaer.length - tilbage.length;
  // "0 af 0 skemaer (ingen fejl)" would read as good news when nothing could be read.
  const linjer =
    skemaer.length > 0
      ? [`Klar til takstbilaget: ${klar} af ${flertal(skemaer.length, "skema", "skemaer")} (ingen fejl).`]
      : [];
  if (tilbage.length > 0) {
    linjer.push(`Sendes tilbage til rettelse (${tilbage.length}):`);
    const sorteret = [...tilbage].sort(
      (a, b) => navnAf(a).localeCompare(navnAf(b), "da") || (a.fil < b.fil ? -1 : a.fil > b.fil ? 1 : 0),
    );
    for (const s of sorteret)
      linjer.push(
        `  ${navnAf(s)} (${synligTekst(skjulCpr(s.fil))}): ${s.fejl} fejl` +
          (s.advarsler > 0 ? `, ${antalTekst(s.advarsler, "advarsel")}` : ""),
      );
  }
  if (ulaeselige > 0)
    linjer.push(`Kunne ikke læses: ${flertal(ulaeselige, "fil", "filer")} (årsagen står ved filen ovenfor).`);
  const aar = new Map<number, SkemaStatus[]>();
  for (const s of skemaer) if (s.takstaar !== null) aar.set(s.takstaar, [...(aar.get(s.takstaar) ?? []), s]);
  if (aar.size > 1) {
    const dele = [...aar.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
      .map(
        ([a, l]) =>
          `${a} (${l.length <= 3 ? l.map((s) => synligTekst(skjulCpr(s.fil))).join(", ") : flertal(l.length, "skema", "skemaer")})`,
      );
    linjer.push(
      `Skemaerne er for forskellige takstår: ${dele.join("; ")}. Et takstbilag gælder ét takstår, så bilag afviser mappen.`,
    );
  }
  const aftaleAar = profil.takstaar;
  if (aftaleAar && aftaleAar.length > 0) {
    const udenfor = [...aar.keys()].filter((a) => !aftaleAar.includes(a)).sort();
    if (udenfor.length > 0)
      linjer.push(
        `Takstår ${udenfor.join(", ")} ligger uden for ${aftale.navn} (${aarTekst(aftaleAar)}): skemaerne er kontrolleret med den aftales regler.`,
      );
  }
  return `${linjer.join("\n")}\n\n`;
}
