/** Command-line arguments → a command, with Danish messages for every mistake. */
import { aftaleFor, STANDARD_PROFIL_ID } from "../core";
import { vist } from "./uddata";

export type Kommando =
  | { navn: "hjaelp" }
  | { navn: "version" }
  | {
      navn: "valider";
      stier: string[];
      profil?: string;
      format: "tekst" | "json";
      rapport?: string;
      overskriv?: boolean;
      /** Last year's approved takstbilag (the baseline). */
      sidsteAar?: string;
      /** A folder for one feedback letter per skema. */
      tilbagemelding?: string;
    }
  | { navn: "bilag"; stier: string[]; ud: string; profil?: string; overskriv?: boolean; sidsteAar?: string }
  | { navn: "skabelon"; ud: string; takstaar?: number; profil?: string; overskriv?: boolean };

export class ArgumentFejl extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentFejl";
  }
}

export const HJAELP = `takstskema – kontrollerer takstberegningsskemaer mod ${aftaleFor(STANDARD_PROFIL_ID).navn}

Brug:
  takstskema valider <filer eller mapper…> [--profil ID|fil.json] [--format tekst|json] [--rapport rapport.xlsx] [--overskriv]
                     [--sidste-aar takstbilag-i-fjor.xlsx] [--tilbagemelding mappe]
  takstskema bilag <filer eller mapper…> --ud takstbilag.xlsx [--sidste-aar takstbilag-i-fjor.xlsx] [--profil ID|fil.json] [--overskriv]
  takstskema skabelon --ud takstskema.xlsx [--takstaar 2026] [--profil ID|fil.json] [--overskriv]

Kommandoer:
  valider    læser .xlsx-filer (mapper gennemsøges rekursivt) og viser fundene for hver fil
  bilag      validerer alle filer og skriver ét takstbilag med arkene Oversigt, Takstbilag og Fund
  skabelon   skriver et tomt takstskema i skabelonens layout med profilens tærskler og aftalens §

Tilvalg:
  --profil ID|fil.json   profilen, der bruges (standard: ${STANDARD_PROFIL_ID})
  --format tekst|json    uddata som tekst (standard) eller som ét JSON-dokument
  --rapport fil.xlsx     skriv også fundene til en .xlsx-fil
  --ud fil.xlsx          filen, der skrives
  --sidste-aar fil.xlsx  sidste års godkendte takstbilag: Takst og Pladser sidste år kontrolleres
                         mod det, ændringer måles fra det, og bilaget viser tilbud, der ikke er indsendt
  --tilbagemelding mappe skriv ét brev pr. skema til dets kontaktperson med det, der skal rettes
  --takstaar ÅÅÅÅ        takståret i skabelonen (standard: næste år)
  --overskriv            erstat en eksisterende fil, som takstskema ikke selv har skrevet
                         (en fil, der læses, overskrives aldrig)
  -h, --hjaelp           vis denne hjælp
  --version              vis versionen

Afslutningskode: 0 når ingen fil har fejl, 1 når mindst én fil har fejl,
2 ved forkerte argumenter eller filer, der ikke kan læses.
Filer over 200 MB afvises (grænsen ændres med miljøvariablen TAKSTSKEMA_MAKS_MB).`;

const TILVALG: Record<"valider" | "bilag" | "skabelon", readonly string[]> = {
  valider: ["--profil", "--format", "--rapport", "--overskriv", "--sidste-aar", "--tilbagemelding"],
  bilag: ["--ud", "--profil", "--overskriv", "--sidste-aar"],
  skabelon: ["--ud", "--takstaar", "--profil", "--overskriv"],
};

/** Options without a value. */
const FLAG = new Set(["--overskriv"]);

const HJAELP_TIP = "Se takstskema --hjaelp.";

/** Everything after `node bin/takstskema.js`. Throws ArgumentFejl with a Danish message. */
export function parseArgumenter(argv: readonly string[]): Kommando {
  if (argv.some((a) => a === "-h" || a === "--hjaelp" || a === "--hjælp" || a === "--help")) return { navn: "hjaelp" };
  if (argv.includes("--version")) return { navn: "version" };
  if (argv.length === 0) throw new ArgumentFejl(`Angiv en kommando: valider, bilag eller skabelon. ${HJAELP_TIP}`);

  const [kommando, ...rest] = argv;
  if (kommando !== "valider" && kommando !== "bilag" && kommando !== "skabelon") {
    const engelsk: Record<string, string> = { validate: "valider", template: "skabelon", check: "valider" };
    const tip = engelsk[kommando] ? ` Mente du "${engelsk[kommando]}"?` : "";
    throw new ArgumentFejl(
      vist`Ukendt kommando "${kommando}". Brug valider, bilag eller skabelon.${tip} ${HJAELP_TIP}`,
    );
  }

  const tilladte = TILVALG[kommando];
  const vaerdier = new Map<string, string>();
  const stier: string[] = [];
  let kunStier = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (kunStier || !a.startsWith("-") || a === "-") {
      stier.push(a);
      continue;
    }
    if (a === "--") {
      kunStier = true;
      continue;
    }
    const lig = a.indexOf("=");
    const navn = lig > 0 ? a.slice(0, lig) : a;
    if (!tilladte.includes(navn)) {
      const andre = (Object.keys(TILVALG) as (keyof typeof TILVALG)[]).filter((k) => TILVALG[k].includes(navn));
      const tip = andre.length > 0 ? ` (det hører til ${andre.map((k) => `"${k}"`).join(" og ")})` : "";
      throw new ArgumentFejl(vist`Ukendt tilvalg "${navn}" for "${kommando}"${tip}. ${HJAELP_TIP}`);
    }
    if (FLAG.has(navn)) {
      if (lig > 0) throw new ArgumentFejl(vist`Tilvalget ${navn} tager ingen værdi. ${HJAELP_TIP}`);
      vaerdier.set(navn, "ja");
      continue;
    }
    let v: string | undefined;
    if (lig > 0) v = a.slice(lig + 1);
    else {
      v = rest[i + 1];
      if (v !== undefined && v.startsWith("--")) v = undefined;
      else i++;
    }
    if (v === undefined || v === "") throw new ArgumentFejl(vist`Tilvalget ${navn} mangler en værdi. ${HJAELP_TIP}`);
    if (vaerdier.has(navn)) throw new ArgumentFejl(vist`Tilvalget ${navn} er angivet mere end én gang.`);
    vaerdier.set(navn, v);
  }

  const xlsxSti = (navn: string): string | undefined => {
    const v = vaerdier.get(navn);
    if (v !== undefined && !/\.xlsx$/i.test(v))
      throw new ArgumentFejl(vist`${navn} skal være en .xlsx-fil (fik "${v}").`);
    return v;
  };

  const overskriv = vaerdier.has("--overskriv") ? { overskriv: true } : {};
  const sidste = xlsxSti("--sidste-aar");
  const sidsteAar = sidste ? { sidsteAar: sidste } : {};
  const profil = vaerdier.get("--profil");
  if (kommando === "skabelon") {
    if (stier.length > 0)
      throw new ArgumentFejl(vist`"skabelon" tager ingen filer, kun --ud, --takstaar og --profil (fik "${stier[0]}").`);
    const ud = xlsxSti("--ud");
    if (!ud)
      throw new ArgumentFejl(
        `"skabelon" kræver --ud med navnet på den fil, der skal skrives, fx --ud takstskema.xlsx.`,
      );
    const t = vaerdier.get("--takstaar");
    let takstaar: number | undefined;
    if (t !== undefined) {
      takstaar = /^\d{4}$/.test(t) ? Number(t) : NaN;
      if (!(takstaar >= 2000 && takstaar <= 2100))
        throw new ArgumentFejl(vist`--takstaar skal være et årstal mellem 2000 og 2100 (fik "${t}").`);
    }
    return {
      navn: "skabelon",
      ud,
      ...(takstaar !== undefined ? { takstaar } : {}),
      ...(profil ? { profil } : {}),
      ...overskriv,
    };
  }

  if (stier.length === 0) throw new ArgumentFejl(vist`"${kommando}" kræver mindst én fil eller mappe. ${HJAELP_TIP}`);

  if (kommando === "bilag") {
    const ud = xlsxSti("--ud");
    if (!ud)
      throw new ArgumentFejl(
        `"bilag" kræver --ud med navnet på takstbilaget, der skal skrives, fx --ud takstbilag.xlsx.`,
      );
    return { navn: "bilag", stier, ud, ...(profil ? { profil } : {}), ...overskriv, ...sidsteAar };
  }

  const format = vaerdier.get("--format") ?? "tekst";
  if (format !== "tekst" && format !== "json")
    throw new ArgumentFejl(vist`--format skal være "tekst" eller "json" (fik "${format}").`);
  const rapport = xlsxSti("--rapport");
  if (!rapport && vaerdier.has("--overskriv"))
    throw new ArgumentFejl(`--overskriv hører sammen med --rapport for "valider". ${HJAELP_TIP}`);
  return {
    navn: "valider",
    stier,
    format,
    ...(profil ? { profil } : {}),
    ...(rapport ? { rapport } : {}),
    ...overskriv,
    ...sidsteAar,
    ...(vaerdier.has("--tilbagemelding") ? { tilbagemelding: vaerdier.get("--tilbagemelding")! } : {}),
  };
}
