/**
 * Reading one cell value as its column's type: numbers, Danish text numbers
 * ("1.234.567,50", "kr. 1.200", "96 %"), percent forms, dates, enums, Excel errors.
 * Never throws: a value that cannot be read comes back with the reason, as facts
 * (felt-ugyldig-vaerdi words it).
 */
import { D, type Dec } from "../penge";
import { erExcelFejl, somExcelFejl, type CellValue } from "../snapshot";
import type { Kolonnetype } from "../skema/tabeller";
import type { VaerdiFejl } from "../model";
import { skjulCpr } from "../cpr";
import { datoTilSerial } from "../dato";

export interface LaestVaerdi {
  vaerdi: unknown;
  tom: boolean;
  somTekst?: boolean;
  /** Why the value could not be read. */
  fejl?: VaerdiFejl;
}

const TOM: LaestVaerdi = { vaerdi: null, tom: true };

export function erTom(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Excel keeps 15 significant digits; reading the binary double through that drops float noise (0.1 + 0.2). */
export function decFraTal(n: number): Dec {
  if (Number.isSafeInteger(n)) return new D(n);
  // A short shortest-round-trip text has at most 15 significant digits already.
  const s = String(n);
  return new D(s.length <= 16 ? s : n.toPrecision(15));
}

const TAL_TEGN = /^[+\-−]?\d[\d.,]*$/;

/**
 * A number written as text, Danish or English: "1.234.567,50", "1234,5", "1 200", "kr. 1.200",
 * "1.200 kr.", "96 %", "−5". Returns the number and whether a % sign was present.
 */
export function parseTekstTal(tekst: string): { tal: Dec; procent: boolean } | null {
  let s = tekst.replace(/[\u00a0\u202f]/g, " ").trim();
  if (s.length === 0 || s.length > 40) return null;
  let procent = false;
  if (s.endsWith("%")) {
    procent = true;
    s = s.slice(0, -1).trim();
  }
  s = s
    .replace(/^(kr\.?|dkk)\s*/i, "")
    .replace(/\s*(kr\.?|dkk|,-)$/i, "")
    .trim();
  let negativ = false;
  if (/^\(.*\)$/.test(s)) {
    negativ = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/ /g, "");
  if (!TAL_TEGN.test(s)) return null;
  if (s[0] === "-" || s[0] === "−") {
    negativ = !negativ;
    s = s.slice(1);
  } else if (s[0] === "+") s = s.slice(1);

  let normal: string;
  const kommaer = (s.match(/,/g) ?? []).length;
  const punktummer = (s.match(/\./g) ?? []).length;
  if (kommaer > 1) {
    // English thousands "1,234,567" (possibly with ".50").
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    normal = s.replace(/,/g, "");
  } else if (kommaer === 1) {
    if (punktummer > 0 && s.indexOf(".") > s.indexOf(",")) {
      // "1,234.50": English
      if (!/^\d{1,3}(,\d{3})\.\d+$/.test(s)) return null;
      normal = s.replace(",", "");
    } else {
      // Danish: '.' groups thousands, ',' is the decimal mark.
      if (punktummer > 0 && !/^\d{1,3}(\.\d{3})+,\d*$/.test(s)) return null;
      normal = s.replace(/\./g, "").replace(",", ".");
    }
  } else if (punktummer > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return null;
    normal = s.replace(/\./g, "");
  } else if (punktummer === 1) {
    // "1.200" is Danish for twelve hundred; "1.5" or "1234.50" is a decimal point.
    normal = /^\d{1,3}\.\d{3}$/.test(s) ? s.replace(".", "") : s;
  } else {
    normal = s;
  }
  if (normal.endsWith(".")) normal = normal.slice(0, -1);
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const tal = new D(normal);
  return { tal: negativ ? tal.negated() : tal, procent };
}

/** Percent: a fraction up to 1,5 (0,96), a larger number is percent (96); "96 %" is always percent. */
function somBroek(tal: Dec, procentTegn: boolean): Dec {
  if (procentTegn) return tal.div(100);
  return tal.abs().lte(1.5) ? tal : tal.div(100);
}

/** "01-02-2026", "1.2.2026", "1/2/2026" (Danish day first) or ISO "2026-02-01". */
export function parseTekstDato(tekst: string): number | null {
  const s = tekst.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return datoTilSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const aar = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return datoTilSerial(aar, Number(m[2]), Number(m[1]));
  }
  return null;
}

export function normaliserEnum(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim().replace(/\.$/, "");
}

const enumOpslag = new WeakMap<readonly string[], Map<string, string>>();
function findEnum(tekst: string, vaerdier: readonly string[]): string | undefined {
  let m = enumOpslag.get(vaerdier);
  if (!m) {
    m = new Map(vaerdier.map((v) => [normaliserEnum(v), v]));
    enumOpslag.set(vaerdier, m);
  }
  return m.get(normaliserEnum(tekst));
}

function tekstAf(v: CellValue): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === "boolean") return v ? "SAND" : "FALSK";
  return String(v);
}

/** A cell's text for a message: CPR numbers hidden BEFORE shortening, so no part survives the cut. */
export function kortVist(v: CellValue): string {
  const s = skjulCpr(tekstAf(v));
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

export interface LaesValg {
  /** A change column (Ændring pct.): percent points unless the cell has a % number format. */
  procentpoint?: { procentFormat: boolean };
}

/** Reads `raa` as `type`. */
export function laesVaerdi(
  raa: CellValue,
  type: Kolonnetype,
  enumVaerdier?: readonly string[],
  valg: LaesValg = {},
): LaestVaerdi {
  if (erTom(raa)) return TOM;
  const fejlv = erExcelFejl(raa) ? raa : somExcelFejl(raa);
  if (fejlv) {
    return { vaerdi: null, tom: false, fejl: { art: "excel-fejl", fejl: fejlv.fejl } };
  }
  if (typeof raa === "object" && raa !== null) return { vaerdi: null, tom: false, fejl: { art: "ulaeseligt-indhold" } };

  switch (type) {
    case "tekst":
    case "id": {
      const s = tekstAf(raa).trim();
      return { vaerdi: s, tom: false };
    }
    case "enum": {
      if (typeof raa !== "string") {
        return { vaerdi: null, tom: false, fejl: { art: "ikke-i-listen", tilladte: enumVaerdier ?? [] } };
      }
      const fundet = enumVaerdier ? findEnum(raa, enumVaerdier) : raa.trim();
      if (fundet === undefined) {
        return { vaerdi: null, tom: false, fejl: { art: "ikke-i-listen", tilladte: enumVaerdier ?? [] } };
      }
      return { vaerdi: fundet, tom: false };
    }
    case "dato": {
      if (typeof raa === "number") {
        if (!Number.isFinite(raa) || raa < 1 || raa > 2958465) {
          return { vaerdi: null, tom: false, fejl: { art: "ugyldig-dato" } };
        }
        return { vaerdi: Math.floor(raa), tom: false };
      }
      if (typeof raa === "string") {
        const serial = parseTekstDato(raa);
        if (serial !== null) return { vaerdi: serial, tom: false, somTekst: true };
      }
      return { vaerdi: null, tom: false, fejl: { art: "ikke-en-dato" } };
    }
    default:
      return laesTal(raa, type, valg);
  }
}

function laesTal(raa: CellValue, type: Kolonnetype, valg: LaesValg = {}): LaestVaerdi {
  let tal: Dec;
  let procentTegn = false;
  let somTekst = false;
  if (typeof raa === "number") {
    if (!Number.isFinite(raa)) return { vaerdi: null, tom: false, fejl: { art: "ikke-endeligt-tal" } };
    tal = decFraTal(raa);
  } else if (typeof raa === "string") {
    const p = parseTekstTal(raa);
    if (!p) {
      return { vaerdi: null, tom: false, fejl: { art: "ikke-et-tal", forventet: type } };
    }
    tal = p.tal;
    procentTegn = p.procent;
    somTekst = true;
    if (procentTegn && type !== "pct") {
      return { vaerdi: null, tom: false, fejl: { art: "procent-i-talkolonne", forventet: type } };
    }
  } else {
    return { vaerdi: null, tom: false, fejl: { art: "ikke-et-tal", forventet: type } };
  }

  if (type === "pct" && valg.procentpoint) {
    // A % format stores the fraction; anything else is percent points: 3,3 is 3,3 %, not 330 %.
    const broek = typeof raa === "number" && valg.procentpoint.procentFormat ? tal : tal.div(100);
    return { vaerdi: broek, tom: false, somTekst };
  }
  if (type === "pct") return { vaerdi: somBroek(tal, procentTegn), tom: false, somTekst };
  if (type === "heltal") {
    if (!tal.isInteger()) return { vaerdi: null, tom: false, fejl: { art: "ikke-helt-tal" } };
    if (tal.abs().gt(Number.MAX_SAFE_INTEGER)) return { vaerdi: null, tom: false, fejl: { art: "for-stort" } };
    return { vaerdi: tal.toNumber(), tom: false, somTekst };
  }
  return { vaerdi: tal, tom: false, somTekst };
}
