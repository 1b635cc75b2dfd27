import { a1 } from "../../adresse";
import { lavRegel, type Besked, type Rapport, type Sted } from "../lav-regel";
import { formatLiteralTekst, indeholderCpr, talLignerCpr, visTekst } from "../../cpr";
import type { SnapshotTekst } from "../../snapshot";

const BESKED =
  'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").';

const FORMAT_BESKED = `Cellens talformat viser en tekst, der ser ud til at indeholde et CPR-nummer, uanset hvad der står i cellen. ${"Skemaet må ikke indeholde personoplysninger:"} ret talformatet under Formatér celler > Tal > Brugerdefineret, eller vælg Standard.`;

const TABEL_BESKED = `Tabellens navn ser ud til at indeholde et CPR-nummer. ${"Skemaet må ikke indeholde personoplysninger:"} omdøb tabellen under Tabeldesign > Tabelnavn.`;

/** A sheet's name is shown wherever its findings are; a CPR number there is reported too. */
const ARK_BESKED =
  "Arkets navn ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: omdøb arket.";

const HVAD_GOERE = "Skemaet må ikke indeholde personoplysninger:";

const NOTE_BESKED = `Notatet (kommentaren) i cellen ser ud til at indeholde et CPR-nummer. ${HVAD_GOERE} slet personnummeret i notatet (højreklik på cellen, og vælg Rediger notat eller Rediger kommentar), eller slet notatet.`;

const DV_BESKED = `Datavalideringen i cellen (dens liste, formel eller input- og fejlmeddelelse) ser ud til at indeholde et CPR-nummer. ${HVAD_GOERE} ret eller fjern den under Data > Datavalidering.`;

const SIDEHOVED_BESKED = `Arkets sidehoved eller sidefod ser ud til at indeholde et CPR-nummer. Det ses ikke i cellerne, men udskrives og sendes med filen. ${HVAD_GOERE} slet det under Sidelayout > Sideopsætning > Sidehoved/sidefod.`;

/** Where a text outside the cells sits, as the start of a sentence. */
const HVOR: Record<SnapshotTekst["art"], string> = {
  note: "Notatet (kommentaren) i cellen",
  datavalidering: "Datavalideringen i cellen",
  sidehoved: "Arkets sidehoved eller sidefod",
  egenskab: "En af projektmappens egenskaber",
  navn: "Et navn i projektmappen",
  tegning: "En tekstboks eller figur på arket",
  hyperlink: "Linket i cellen",
};

const TEGNING_BESKED = `En tekstboks eller figur på arket ser ud til at indeholde et CPR-nummer. Den ses ikke i cellerne, men sendes med filen. ${HVAD_GOERE} ret teksten, eller slet tekstboksen eller figuren.`;

const HYPERLINK_BESKED = `Linket i cellen (dets skærmtip eller viste tekst) ser ud til at indeholde et CPR-nummer. ${HVAD_GOERE} højreklik på cellen, vælg Rediger link, og ret skærmtippet og teksten, eller fjern linket.`;

/**
 * A text longer than Excel allows (SnapshotTekst.afkortet): only its first part was read,
 * so a CPR number in the rest would go unseen; Excel never writes such a text.
 */
function forLangBesked(art: SnapshotTekst["art"]): string {
  const graense = art === "sidehoved" ? "255 tegn pr. afsnit" : "32.767 tegn";
  return `${HVOR[art]} er længere, end Excel tillader (${graense}), så kun begyndelsen er kontrolleret for CPR-numre; filen er ikke gemt af Excel. ${HVAD_GOERE} forkort eller slet teksten, og gem filen i Excel.`;
}

/** Danish names of the document properties Excel shows (Filer > Oplysninger > Egenskaber). */
const EGENSKABER: Record<string, string> = {
  "dc:title": "Titel",
  "dc:subject": "Emne",
  "dc:creator": "Forfatter",
  "cp:keywords": "Mærker",
  "dc:description": "Kommentarer",
  "cp:lastModifiedBy": "Senest ændret af",
  "cp:category": "Kategori",
  "cp:contentStatus": "Status",
  Company: "Firma",
  Manager: "Leder",
  HyperlinkBase: "Hyperlinkbase",
};

function egenskabBesked(navn: string | undefined): string {
  const dansk = navn ? EGENSKABER[navn] : undefined;
  const hvilken = dansk
    ? `Projektmappens egenskab "${dansk}"`
    : navn === "brugerdefineret"
      ? "En brugerdefineret egenskab i projektmappen (navn eller værdi)"
      : "En af projektmappens egenskaber";
  return `${hvilken} ser ud til at indeholde et CPR-nummer. Den ses ikke i cellerne, men sendes med filen. ${HVAD_GOERE} slet det under Filer > Oplysninger > Egenskaber${dansk ? "" : " > Avancerede egenskaber"}.`;
}

/** The name itself is quoted only when it is letters alone: it may be where the number is. */
function citerbartNavn(navn: string | undefined): string | null {
  return navn && /^[\p{L}_.\\]+$/u.test(navn) ? navn : null;
}

function navnBesked(navn: string | null): string {
  const hvilket = navn ? `Navnet "${navn}"` : "Et navn";
  return `${hvilket} i projektmappen (Formler > Navnestyring) ser ud til at indeholde et CPR-nummer i sit navn, sin formel eller sin værdi. ${HVAD_GOERE} slet eller ret navnet i Navnestyring.`;
}

/** None quotes the text it found: not the number, not a part of it. */
const beskeder = {
  celle: () => BESKED,
  talformat: () => FORMAT_BESKED,
  tabelnavn: () => TABEL_BESKED,
  arknavn: () => ARK_BESKED,
  note: () => NOTE_BESKED,
  datavalidering: () => DV_BESKED,
  sidehoved: () => SIDEHOVED_BESKED,
  tegning: () => TEGNING_BESKED,
  hyperlink: () => HYPERLINK_BESKED,
  /** `egenskab`: the property's key in the file ("dc:title", "brugerdefineret"), never its value. */
  egenskab: (d: { egenskab: string | null }) => egenskabBesked(d.egenskab ?? undefined),
  navn: (d: { navn: string | null }) => navnBesked(d.navn),
  forLang: (d: { art: SnapshotTekst["art"] }) => forLangBesked(d.art),
};

/**
 * A header or footer as Excel shows it: the &-codes removed (font "&\"Arial,Fed\"", colour
 * "&KFF0000", fields "&P"), and the sections (&L, &C, &R) apart on the page. A font size is
 * "&" and digits ("&12"); how many digits it takes is read as `cifre` (1–3), so the caller
 * can try each and a size code cannot hide a number behind its digits ("&14010180-1234").
 */
export function sidehovedTekst(s: string, cifre: 1 | 2 | 3 = 3): string {
  const koder = new RegExp(
    // A font name is short: bounded, so a run of '&"' without a closing quote is scanned once.
    `&(?:"[^"]{0,255}"|K(?:[0-9A-Fa-f]{6}|\\d{2}[+-]\\d{3})|\\d{1,${cifre}}|[LCR]|[PNDTZFAGBIUESXYH]|&)`,
    "g",
  );
  return s.replace(koder, (m) => (m === "&&" ? "&" : /^&[LCR]$/.test(m) ? "\n" : ""));
}

export default lavRegel({
  meta: {
    id: "persondata-cpr",
    standardAlvor: "fejl",
    beskrivelse:
      "Projektmappen må ikke indeholde et CPR-nummer, hverken i celler (også som et talformat viser dem), formler, arknavne, tabelnavne, notater, sidehoveder, datavalideringer, links, tekstbokse, egenskaber eller navne; skemaet sendes videre og må ikke rumme personoplysninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder,
  tjek(ctx) {
    // Each distinct text is scanned once: one long text in thousands of cells costs one scan.
    const set = new Map<string, boolean>();
    const tekstHarCpr = (v: string): boolean => {
      let svar = set.get(v);
      if (svar === undefined) {
        svar = indeholderCpr(v);
        set.set(v, svar);
      }
      return svar;
    };
    // One finding per place and message: a note's text and its author, a list and its message, are one.
    const sagt = new Set<string>();
    const engang = (sted: Sted, b: Besked<typeof beskeder>): void => {
      const tekst = (beskeder[b.besked] as (d: unknown) => string)(b.data);
      const noegle = `${sted.ark}\u0000${sted.adresse}\u0000${tekst}`;
      if (sagt.has(noegle)) return;
      sagt.add(noegle);
      ctx.rapporter({ ...b, celle: sted } as Rapport<typeof beskeder>);
    };
    for (const ark of ctx.snapshot.sheets) {
      if (indeholderCpr(ark.name)) engang({ ark: ark.name, adresse: a1(ark.top, ark.left) }, { besked: "arknavn" });
      const { values, formulas, numberFormats } = ark;
      // Each number format once: its literal text shows whatever the cell holds (issue 16 item 2, c11).
      const formater = new Map<string, boolean>();
      for (let i = 0; i < values.length; i++) {
        const raekke = values[i];
        for (let j = 0; j < raekke.length; j++) {
          const v = raekke[j];
          const nf = numberFormats?.[i]?.[j] ?? null;
          const celle = a1(ark.top + i, ark.left + j);
          if (nf && nf.length >= 10 && v !== null && v !== undefined && v !== "") {
            let literal = formater.get(nf);
            if (literal === undefined) {
              literal = tekstHarCpr(formatLiteralTekst(nf));
              formater.set(nf, literal);
            }
            if (literal) {
              ctx.rapporter({ besked: "talformat", celle: { ark: ark.name, adresse: celle } });
              continue;
            }
          }
          let cpr = false;
          if (typeof v === "string") {
            // Pre-filter before the regex: the shortest form is ten characters. A text format
            // can add to the text ("@\"-1234\""): what is shown is read too.
            const vist = nf && nf.includes("@") ? visTekst(v, nf) : null;
            cpr = (v.length >= 10 && tekstHarCpr(v)) || (vist !== null && vist.length >= 10 && tekstHarCpr(vist));
          } else if (typeof v === "number") {
            const f = formulas?.[i]?.[j];
            const formel = typeof f === "string" && f.startsWith("=");
            // What the cell shows, whatever computed it (issue 16 item 2, c1, c9): a format that
            // shows a number as a CPR number. A calculated ten-digit number in General is an
            // amount, not something typed; but a "formula" that is the number itself is typed,
            // and the formula's text is read below.
            cpr = formel && (nf === null || nf === "" || /^general$/i.test(nf)) ? false : talLignerCpr(v, nf);
          }
          // A formula's own text: a constant (=1501801234) or a string in it (c5).
          const f = formulas?.[i]?.[j];
          if (!cpr && typeof f === "string" && f.length >= 11) cpr = tekstHarCpr(f);
          if (cpr) ctx.rapporter({ besked: "celle", celle: { ark: ark.name, adresse: celle } });
        }
      }
    }

    // Table names (both adapters read them): "Borger_010180_1234".
    for (const t of ctx.snapshot.tables) {
      if (!indeholderCpr(t.name)) continue;
      const a = ctx.snapshot.sheets.find((x) => x.name === t.sheet);
      ctx.rapporter({
        besked: "tabelnavn",
        celle: { ark: t.sheet, adresse: t.ref.split(":")[0] || (a ? a1(a.top, a.left) : "A1") },
      });
    }

    // Text outside the cells: notes, headers and footers, data validations, properties, names.
    const tekster = ctx.snapshot.tekster ?? [];
    if (tekster.length === 0) return;
    // What belongs to the workbook points at its first visible sheet's A1.
    const foerste =
      ctx.snapshot.sheets.find((a) => (a.visibility ?? "visible") === "visible") ?? ctx.snapshot.sheets[0];
    const bog: Sted = { ark: foerste?.name ?? "", adresse: "A1" };
    const arkStart = (navn: string | undefined): Sted => {
      const a = ctx.snapshot.sheets.find((x) => x.name === navn);
      return a ? { ark: a.name, adresse: a1(a.top, a.left) } : bog;
    };
    const iCellen = (t: SnapshotTekst): Sted => ({ ark: t.ark ?? bog.ark, adresse: t.celle ?? "A1" });
    for (const t of tekster) {
      if (t.afkortet) {
        const sted =
          t.art === "note" || t.art === "datavalidering" || t.art === "hyperlink"
            ? iCellen(t)
            : t.art === "sidehoved" || t.art === "tegning" || (t.art === "navn" && t.ark)
              ? arkStart(t.ark)
              : bog;
        engang(sted, { besked: "forLang", data: { art: t.art } });
      }
      const cpr =
        t.art === "sidehoved"
          ? ([1, 2, 3] as const).some((n) => tekstHarCpr(sidehovedTekst(t.tekst, n)))
          : tekstHarCpr(t.tekst);
      if (!cpr) continue;
      switch (t.art) {
        case "note":
        case "datavalidering":
        case "hyperlink":
          engang(iCellen(t), { besked: t.art });
          break;
        case "sidehoved":
        case "tegning":
          engang(arkStart(t.ark), { besked: t.art });
          break;
        case "egenskab":
          // Only a known key goes into the data (an unknown one is text from the file).
          engang(bog, {
            besked: "egenskab",
            data: {
              egenskab:
                t.navn && (Object.prototype.hasOwnProperty.call(EGENSKABER, t.navn) || t.navn === "brugerdefineret")
                  ? t.navn
                  : null,
            },
          });
          break;
        case "navn":
          engang(t.ark ? arkStart(t.ark) : bog, { besked: "navn", data: { navn: citerbartNavn(t.navn) } });
          break;
      }
    }
  },
});
