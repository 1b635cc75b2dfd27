/**
 * Where a JSON text goes wrong, in Danish. V8's own messages are English and do not always
 * give a position ("Unexpected token '}'…"), so a small scanner finds the first bad character.
 * Only used after JSON.parse has failed; it never builds values.
 */

export interface JsonFejl {
  /** 0-based offset of the first bad character (the text's length when it ends too early). */
  position: number;
  linje: number;
  kolonne: number;
  /** Danish, e.g. `uventet tegn "}"`. */
  aarsag: string;
}

class Stop extends Error {
  constructor(
    public readonly pos: number,
    public readonly aarsag: string,
  ) {
    super(aarsag);
  }
}

function tegnTekst(c: string): string {
  if (c === "\n") return "linjeskift";
  if (c === "\t") return "tabulator";
  if (c === "'") return `enkelt anførselstegn (') – JSON kræver dobbelte (")`;
  return `"${c}"`;
}

/** Returns null when the text is valid JSON. */
export function findJsonFejl(tekst: string): JsonFejl | null {
  let i = 0;
  const n = tekst.length;
  const slut = (): never => {
    throw new Stop(n, "teksten slutter for tidligt");
  };
  const uventet = (hvad?: string): never => {
    if (i >= n) slut();
    throw new Stop(i, `uventet tegn ${tegnTekst(tekst[i])}${hvad ? `; forventede ${hvad}` : ""}`);
  };
  const ws = (): void => {
    while (i < n && (tekst[i] === " " || tekst[i] === "\t" || tekst[i] === "\n" || tekst[i] === "\r")) i++;
  };
  const ord = (w: string): void => {
    for (const c of w) {
      if (tekst[i] !== c) uventet(`"${w}"`);
      i++;
    }
  };
  const streng = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) slut();
      const c = tekst[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        i++;
        if (i >= n) slut();
        const e = tekst[i];
        if (e === "u") {
          for (let k = 1; k <= 4; k++)
            if (!/[0-9a-fA-F]/.test(tekst[i + k] ?? "")) throw new Stop(i + k, "ugyldig \\u-kode i tekst");
          i += 5;
        } else if ('"\\/bfnrt'.includes(e)) i++;
        else throw new Stop(i, `ugyldig escape-sekvens "\\${e}" i tekst`);
      } else if (c < " ") {
        throw new Stop(i, `${c === "\n" ? "linjeskift" : "kontroltegn"} inde i en tekst`);
      } else i++;
    }
  };
  const tal = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(tekst.slice(i, i + 400));
    if (!m || m[0] === "-") uventet("et tal");
    i += m![0].length;
    if (i < n && /[0-9.eE]/.test(tekst[i])) throw new Stop(i, "ugyldigt tal");
  };
  /** An object's or array's items, from its opening bracket through `luk`; `efterKomma` is what a trailing comma lacks. */
  const elementer = (luk: "}" | "]", efterKomma: string, element: () => void): void => {
    i++;
    ws();
    if (tekst[i] === luk) {
      i++;
      return;
    }
    for (;;) {
      element();
      ws();
      if (tekst[i] === ",") {
        i++;
        ws();
        if (tekst[i] === luk) uventet(efterKomma);
        continue;
      }
      if (tekst[i] === luk) {
        i++;
        return;
      }
      uventet(`"," eller "${luk}"`);
    }
  };
  const vaerdi = (dybde: number): void => {
    if (dybde > 200) throw new Stop(i, "for dybt indlejret");
    ws();
    if (i >= n) slut();
    const c = tekst[i];
    if (c === "{") {
      return elementer("}", "et navn (komma før } er ikke tilladt i JSON)", () => {
        ws();
        if (tekst[i] !== '"') uventet("et navn i dobbelte anførselstegn");
        streng();
        ws();
        if (tekst[i] !== ":") uventet('":"');
        i++;
        vaerdi(dybde + 1);
      });
    }
    if (c === "[") {
      return elementer("]", "en værdi (komma før ] er ikke tilladt i JSON)", () => vaerdi(dybde + 1));
    }
    if (c === '"') return streng();
    if (c === "t") return ord("true");
    if (c === "f") return ord("false");
    if (c === "n") return ord("null");
    if (c === "-" || (c >= "0" && c <= "9")) return tal();
    uventet("en værdi");
  };

  try {
    if (tekst.charCodeAt(0) === 0xfeff) i = 1; // BOM
    vaerdi(0);
    ws();
    if (i < n) throw new Stop(i, `uventet tegn ${tegnTekst(tekst[i])} efter JSON-værdiens slutning`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const foer = tekst.slice(0, e.pos);
    const linje = foer.split("\n").length;
    const kolonne = e.pos - (foer.lastIndexOf("\n") + 1) + 1;
    return { position: e.pos, linje, kolonne, aarsag: e.aarsag };
  }
}

/** JSON.parse with a Danish error naming the position (1-based character, line and column). */
export function parseJson(tekst: string): { ok: true; vaerdi: unknown } | { ok: false; fejl: string } {
  try {
    return { ok: true, vaerdi: JSON.parse(tekst) };
  } catch {
    if (tekst.trim() === "") return { ok: false, fejl: "teksten er tom" };
    const f = findJsonFejl(tekst);
    if (!f) return { ok: false, fejl: "ugyldig JSON" };
    return {
      ok: false,
      fejl: `ugyldig JSON: ${f.aarsag} ved tegn ${f.position + 1} (linje ${f.linje}, kolonne ${f.kolonne})`,
    };
  }
}
