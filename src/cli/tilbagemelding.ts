/**
 * What the sekretariat acts on after `valider DIR` (issue 17 § 4): which skemaer are ready for
 * the takstbilag and which go back, and with `--tilbagemelding` one letter per skema to its
 * Kontaktperson (Stamdata), in words a tilbud reads kindly: the cell, what to do and the §,
 * no rule IDs. Text from a workbook is CPR-masked and its control characters made visible;
 * a letter's file name is made of letters, digits and hyphens only, so a workbook cannot
 * steer where it is written.
 */
import type { Takstskema } from "../core/model";
import { skjulCpr } from "../core/cpr";
import type { Aftale, Profil } from "../core/profil/typer";
import type { Fund, Valideringsresultat } from "../core/regler/typer";
import { paragrafTekst, synligTekst } from "./uddata";

/** One checked file, as the summary and the letters need it. */
export interface SkemaStatus {
  fil: string;
  type: Valideringsresultat["type"];
  driftsherre: string | null;
  tilbud: string | null;
  kontaktperson: string | null;
  email: string | null;
  takstaar: number | null;
  fund: readonly Fund[];
  fejl: number;
  advarsler: number;
}

const ren = (t: string | null | undefined): string | null => {
  const s = t === null || t === undefined ? "" : synligTekst(skjulCpr(String(t))).trim();
  return s === "" ? null : s;
};

export function skemaStatus(fil: string, skema: Takstskema | undefined, r: Valideringsresultat): SkemaStatus {
  const f = skema?.stamdata?.felter;
  const aar = f?.takstaar.vaerdi;
  return {
    fil,
    type: r.type,
    driftsherre: ren(f?.driftsherre.vaerdi),
    tilbud: ren(f?.tilbud.vaerdi),
    kontaktperson: ren(f?.kontaktperson.vaerdi),
    email: ren(f?.email.vaerdi),
    takstaar: typeof aar === "number" ? aar : null,
    fund: r.fund,
    fejl: r.opsummering.fejl,
    advarsler: r.opsummering.advarsler,
  };
}

function navnAf(s: Pick<SkemaStatus, "driftsherre" | "tilbud">): string {
  return [s.driftsherre, s.tilbud].filter(Boolean).join(", ") || "uden Driftsherre og Tilbud";
}

const flertal = (n: number, en: string, flere: string) => `${n} ${n === 1 ? en : flere}`;

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
  const linjer = [`Klar til takstbilaget: ${klar} af ${flertal(skemaer.length, "skema", "skemaer")} (ingen fejl).`];
  if (tilbage.length > 0) {
    linjer.push(`Sendes tilbage til rettelse (${tilbage.length}):`);
    const sorteret = [...tilbage].sort(
      (a, b) => navnAf(a).localeCompare(navnAf(b), "da") || (a.fil < b.fil ? -1 : a.fil > b.fil ? 1 : 0),
    );
    for (const s of sorteret)
      linjer.push(
        `  ${navnAf(s)} (${synligTekst(skjulCpr(s.fil))}): ${s.fejl} fejl` +
          (s.advarsler > 0 ? `, ${flertal(s.advarsler, "advarsel", "advarsler")}` : ""),
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

// ------------------------------------------------------------------ letters

/** A file name from Driftsherre and Tilbud: a–z, 0–9 and hyphens only (never a path), at most 80 characters. */
export function brevFilnavn(s: Pick<SkemaStatus, "driftsherre" | "tilbud" | "fil">): string {
  const grund = [s.driftsherre, s.tilbud].filter(Boolean).join(" ") || s.fil.replace(/\.xlsx$/i, "");
  const navn = skjulCpr(grund)
    .toLocaleLowerCase("da-DK")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `tilbagemelding-${navn || "skema"}.txt`;
}

function fundPunkt(f: Fund, nr: number, aftale: Aftale): string {
  const sted = `Ark ${ren(f.ark) ?? ""}, celle ${f.celle}${f.ydelsesId ? ` (ydelse ${ren(f.ydelsesId)})` : ""}`;
  const p = paragrafTekst(f.paragraf);
  return `${nr}. ${sted}: ${ren(f.besked) ?? ""}${p ? ` (${aftale.kortnavn}, ${p})` : ""}`;
}

/** One letter (plain text, Danish) to the skema's Kontaktperson. */
export function brevTekst(s: SkemaStatus, aftale: Aftale): string {
  const tilbud = s.tilbud ?? "tilbuddet";
  const aar = s.takstaar !== null ? `takstår ${s.takstaar}` : "takståret (Takstår er ikke udfyldt)";
  const fejl = s.fund.filter((f) => f.alvor === "fejl");
  const advarsler = s.fund.filter((f) => f.alvor === "advarsel");
  const til = s.kontaktperson
    ? `${s.kontaktperson}${s.email ? ` <${s.email}>` : ""}`
    : `${s.email ?? "(Kontaktperson og E-mail mangler i Stamdata)"}`;
  const emne =
    fejl.length > 0
      ? `Takstskema for ${tilbud}, ${aar}: ${flertal(fejl.length, "rettelse", "rettelser")}`
      : `Takstskema for ${tilbud}, ${aar}: modtaget`;
  const linjer = [`Til: ${til}`, `Emne: ${emne}`, "", `Kære ${s.kontaktperson ?? "kontaktperson"}`, ""];
  const hvem = `${tilbud}${s.driftsherre ? ` (${s.driftsherre})` : ""}`;
  if (fejl.length === 0 && advarsler.length === 0) {
    linjer.push(
      `Tak for takstskemaet for ${hvem}, ${aar}. Vi har kontrolleret det mod ${aftale.navn}, og der er intet at rette. Taksterne indgår i takstbilaget til ${aftale.godkender}.`,
    );
  } else {
    linjer.push(
      `Tak for takstskemaet for ${hvem}, ${aar}. Vi har kontrolleret det mod ${aftale.navn}.` +
        (fejl.length > 0
          ? ` Før taksterne kan indgå i takstbilaget til ${aftale.godkender}, beder vi jer rette ${fejl.length === 1 ? "det punkt" : `de ${fejl.length} punkter`}, der står nedenfor.`
          : ` Der er intet, der skal rettes, men vi beder jer se på ${advarsler.length === 1 ? "punktet" : "punkterne"} nedenfor.`),
    );
    if (fejl.length > 0) {
      linjer.push("", "Skal rettes:");
      fejl.forEach((f, i) => linjer.push(fundPunkt(f, i + 1, aftale)));
    }
    if (advarsler.length > 0) {
      linjer.push("", "Bør ses efter (ret det, eller forklar det i Bemærkninger):");
      advarsler.forEach((f, i) => linjer.push(fundPunkt(f, i + 1, aftale)));
    }
    if (fejl.length > 0)
      linjer.push("", "Send det rettede skema til sekretariatet, så tager vi det med i takstbilaget.");
  }
  linjer.push("", "Venlig hilsen", "Sekretariatet", "");
  // CRLF: Notepad, Word and mail clients on Windows show the lines; the BOM tells them it is UTF-8.
  return "\ufeff" + linjer.join("\r\n");
}
