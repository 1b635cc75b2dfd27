/**
 * The sekretariat's feedback letters (issue 17 § 4), one per skema to its Kontaktperson
 * (Stamdata), in words a tilbud reads kindly: the cell, what to do and the §, no rule IDs.
 * Text from a workbook is CPR-masked and its control characters made visible; a letter's file
 * name is made of letters, digits and hyphens only, so a workbook cannot steer where it is
 * written. Pure: the CLI's `--tilbagemelding` and the task pane's Sekretariat section build
 * the same letters, byte for byte, from here.
 */
import { skjulCpr } from "./cpr";
import type { Takstskema } from "./model";
import type { Aftale } from "./profil/typer";
import type { Fund, Valideringsresultat } from "./regler/typer";
import { synligTekst } from "./synlig-tekst";
import { paragrafTekst } from "./rapport/paragraf";
import { ydelsesIdTekst } from "./format";

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

/** Workbook text for a letter or a summary: CPR masked, controls visible, trimmed; empty is null. */
export const ren = (t: string | null | undefined): string | null => {
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

export function navnAf(s: Pick<SkemaStatus, "driftsherre" | "tilbud">): string {
  return [s.driftsherre, s.tilbud].filter(Boolean).join(", ") || "uden Driftsherre og Tilbud";
}

export const flertal = (n: number, en: string, flere: string): string => `${n} ${n === 1 ? en : flere}`;

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
  const id = f.ydelsesId ? ydelsesIdTekst(f.ydelsesId) : null;
  const hvem = id === null ? "" : id === f.ydelsesId ? ` (ydelse ${ren(id)})` : ` (${id})`;
  const sted = `Ark ${ren(f.ark) ?? ""}, celle ${f.celle}${hvem}`;
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

/** A letter ready to save: its file name (unique among the letters) and text. */
export interface Brev {
  status: SkemaStatus;
  filnavn: string;
  tekst: string;
}

/** One letter per takstskema, in the given order; names made unique with -2, -3 … (two files of the same tilbud). */
export function breve(status: readonly SkemaStatus[], aftale: Aftale): Brev[] {
  const brugt = new Set<string>();
  const ud: Brev[] = [];
  for (const s of status) {
    if (s.type !== "takstskema") continue;
    let navn = brevFilnavn(s);
    for (let i = 2; brugt.has(navn); i++) navn = brevFilnavn(s).replace(/\.txt$/, `-${i}.txt`);
    brugt.add(navn);
    ud.push({ status: s, filnavn: navn, tekst: brevTekst(s, aftale) });
  }
  return ud;
}
