/**
 * Profiles from JSON: a hand-written schema check (no code generation), `udvider`
 * resolution, and where each threshold comes from. Pure: no file system.
 *
 * Completeness: a profile WITHOUT `udvider` must give every key (it stands alone). A
 * profile that wants the default's values says so: `"udvider": "nordjylland-2025-2026"`,
 * and then gives only what it changes. Missing keys are never filled in silently.
 */
import { ALVORSGRADER, REGEL_IDER, erRegelId, type Alvor, type RegelId } from "../regler/id";
import { skjulCpr } from "../cpr";
import { cellValue, findSheet, type WorkbookSnapshot } from "../snapshot";
import { parseJson } from "./json-fejl";
import { aftaleFor, PROFILER, STANDARD_PROFIL_ID } from "./register";
import { PROFIL_SKEMA, type Felt } from "./skema";
import type { Aftale, Profil } from "./typer";
import { TAKSTPROFIL_ARK } from "./ark";

/** A validated profile as written: only `id` is required. */
export interface PartialProfil {
  id: string;
  navn?: string;
  udvider?: string;
  dagePrAar?: number;
  belaegning?: Partial<Profil["belaegning"]>;
  overUnderskud?: Partial<Profil["overUnderskud"]>;
  takstaendring?: Partial<Profil["takstaendring"]>;
  takstloft?: Profil["takstloft"];
  begrundelse?: Partial<Profil["begrundelse"]>;
  tillaeg?: Partial<Profil["tillaeg"]>;
  tolerance?: Partial<Profil["tolerance"]>;
  takstaar?: Profil["takstaar"];
  region?: Profil["region"];
  alvor?: Partial<Record<RegelId, Alvor | "fra">>;
}

export { TAKSTPROFIL_ARK };

// ------------------------------------------------------------------ validation

const FORBUDTE_NOEGLER = new Set(["__proto__", "constructor", "prototype"]);
const ALVOR_VALG: readonly string[] = [...ALVORSGRADER, "fra"];

function erPlainObjekt(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** How a received value is shown in a message: `(fik "95 %")`. */
function fik(v: unknown): string {
  if (v === undefined) return "ingenting";
  if (v === null) return "null";
  // A quoted value never echoes a CPR number (the profile is the workbook's, typed by anyone).
  if (typeof v === "string") return JSON.stringify(skjulCpr(v.length > 40 ? v.slice(0, 40) + "…" : v));
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return "en liste";
  if (typeof v === "object") return "et objekt";
  return typeof v;
}

function talTekst(n: number): string {
  // Danish thousands separators from five digits on: 1000, 10.000, 1.000.000
  const [h, b] = String(n).split(".");
  const neg = h.startsWith("-");
  const cifre = neg ? h.slice(1) : h;
  const g = cifre.length > 4 ? cifre.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : cifre;
  return (neg ? "-" : "") + g + (b ? "," + b : "");
}

function afstand(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let forrige = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, forrige + (a[i - 1] === b[j - 1] ? 0 : 1));
      forrige = tmp;
    }
  }
  return d[b.length];
}

function forslag(noegle: string, kendte: readonly string[]): string {
  const lav = noegle.toLowerCase();
  let bedst: string | undefined;
  let bedstAfstand = Infinity;
  for (const k of kendte) {
    const a = k.toLowerCase() === lav ? 0 : afstand(lav, k.toLowerCase());
    if (a < bedstAfstand) {
      bedst = k;
      bedstAfstand = a;
    }
  }
  return bedst !== undefined && bedstAfstand <= Math.max(2, Math.floor(noegle.length / 4))
    ? ` Mente du "${bedst}"?`
    : "";
}

const ID_MOENSTER = /^[a-z0-9][a-z0-9._-]*$/;

class Validering {
  fejl: string[] = [];
  tilfoej(sti: string, tekst: string): void {
    this.fejl.push(`Ugyldig profil: "${sti}" ${tekst}`);
  }

  felt(felt: Felt, v: unknown, sti: string): unknown {
    switch (felt.art) {
      case "tal": {
        if (v === null && felt.nullTilladt) return null;
        const ok =
          typeof v === "number" &&
          Number.isFinite(v) &&
          v >= felt.min &&
          v <= felt.max &&
          (!felt.heltal || Number.isInteger(v));
        if (!ok) {
          const hvad = felt.heltal ? "et helt tal" : "et tal";
          this.tilfoej(
            sti,
            `skal være ${hvad} mellem ${talTekst(felt.min)} og ${talTekst(felt.max)}${felt.nullTilladt ? " eller null" : ""} (fik ${fik(v)}).`,
          );
          return undefined;
        }
        return v;
      }
      case "tekst": {
        if (typeof v !== "string") {
          this.tilfoej(sti, `skal være en tekst (fik ${fik(v)}).`);
          return undefined;
        }
        if (v.length > felt.maxLaengde || v.trim() === "") {
          this.tilfoej(sti, `skal være en tekst på 1 til ${felt.maxLaengde} tegn (fik ${v.length} tegn).`);
          return undefined;
        }
        if (felt.id && !ID_MOENSTER.test(v)) {
          this.tilfoej(sti, `skal være et profil-id af små bogstaver, tal, "-", "_" og "." (fik ${fik(v)}).`);
          return undefined;
        }
        return v;
      }
      case "valg": {
        if (typeof v !== "string" || !felt.vaerdier.includes(v)) {
          this.tilfoej(sti, `skal være en af ${felt.vaerdier.map((x) => `"${x}"`).join(", ")} (fik ${fik(v)}).`);
          return undefined;
        }
        return v;
      }
      case "tekstliste": {
        if (!Array.isArray(v)) {
          this.tilfoej(sti, `skal være en liste af tekster (fik ${fik(v)}).`);
          return undefined;
        }
        if (v.length > felt.maxAntal) {
          this.tilfoej(sti, `må højst have ${talTekst(felt.maxAntal)} elementer (fik ${talTekst(v.length)}).`);
          return undefined;
        }
        const ud: string[] = [];
        v.forEach((x, i) => {
          if (typeof x !== "string" || x.length > felt.maxLaengde) {
            this.tilfoej(`${sti}[${i}]`, `skal være en tekst på højst ${felt.maxLaengde} tegn (fik ${fik(x)}).`);
          } else ud.push(x);
        });
        return ud.length === v.length ? ud : undefined;
      }
      case "talliste": {
        const ok =
          Array.isArray(v) &&
          v.length >= felt.minAntal &&
          v.length <= felt.maxAntal &&
          v.every((x) => typeof x === "number" && Number.isInteger(x) && x >= felt.min && x <= felt.max) &&
          new Set(v).size === v.length;
        if (!ok) {
          this.tilfoej(
            sti,
            `skal være en liste af ${talTekst(felt.minAntal)} til ${talTekst(felt.maxAntal)} forskellige hele tal mellem ${talTekst(felt.min)} og ${talTekst(felt.max)} (fik ${fik(v)}).`,
          );
          return undefined;
        }
        return [...(v as number[])];
      }
      case "objekt":
        if (v === null && felt.nullTilladt) return null;
        return this.objekt(felt.felter, v, sti);
      case "alvor":
        return this.alvor(v, sti);
    }
  }

  /** Only own, known keys are copied into a fresh object: nothing else survives. */
  objekt(felter: Readonly<Record<string, Felt>>, v: unknown, sti: string): Record<string, unknown> | undefined {
    if (!erPlainObjekt(v)) {
      if (sti === "") this.fejl.push(`Ugyldig profil: profilen skal være et JSON-objekt (fik ${fik(v)}).`);
      else this.tilfoej(sti, `skal være et objekt (fik ${fik(v)}).`);
      return undefined;
    }
    const ud: Record<string, unknown> = {};
    let ok = true;
    const kendte = Object.keys(felter);
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== "string") continue; // JSON has no symbol keys
      const kSti = sti ? `${sti}.${k}` : k;
      if (FORBUDTE_NOEGLER.has(k)) {
        this.fejl.push(`Ugyldig profil: nøglen "${kSti}" er ikke tilladt.`);
        ok = false;
        continue;
      }
      if (!Object.prototype.hasOwnProperty.call(felter, k)) {
        this.fejl.push(`Ugyldig profil: ukendt nøgle "${kSti}".${forslag(k, kendte)}`);
        ok = false;
        continue;
      }
      const r = this.felt(felter[k], (v as Record<string, unknown>)[k], kSti);
      if (r === undefined) ok = false;
      else ud[k] = r;
    }
    return ok ? ud : undefined;
  }

  alvor(v: unknown, sti: string): Record<string, unknown> | undefined {
    if (!erPlainObjekt(v)) {
      this.tilfoej(sti, `skal være et objekt med regel-ID'er som nøgler (fik ${fik(v)}).`);
      return undefined;
    }
    const ud: Record<string, unknown> = {};
    let ok = true;
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== "string") continue;
      const kSti = `${sti}.${k}`;
      if (FORBUDTE_NOEGLER.has(k)) {
        this.fejl.push(`Ugyldig profil: nøglen "${kSti}" er ikke tilladt.`);
        ok = false;
        continue;
      }
      if (!erRegelId(k)) {
        this.tilfoej(kSti, `er ikke et kendt regel-ID (se regler.md).${forslag(k, REGEL_IDER)}`);
        ok = false;
        continue;
      }
      const a = (v as Record<string, unknown>)[k];
      if (typeof a !== "string" || !ALVOR_VALG.includes(a)) {
        this.tilfoej(kSti, `skal være "fejl", "advarsel", "info" eller "fra" (fik ${fik(a)}).`);
        ok = false;
        continue;
      }
      ud[k] = a;
    }
    return ok ? ud : undefined;
  }
}

/**
 * Checks a profile as written (before `udvider` is resolved). Every problem is listed,
 * each naming its key by path. The returned profile is a fresh copy holding only known keys.
 */
export function validerProfil(json: unknown): { ok: true; profil: PartialProfil } | { ok: false; fejl: string[] } {
  const v = new Validering();
  const profil = v.objekt(PROFIL_SKEMA, json, "");
  if (profil && !("id" in profil)) v.fejl.push(`Ugyldig profil: "id" mangler.`);
  if (v.fejl.length > 0 || !profil) return { ok: false, fejl: v.fejl.length ? v.fejl : ["Ugyldig profil."] };
  if (profil.udvider !== undefined && profil.udvider === profil.id) {
    return { ok: false, fejl: [`Ugyldig profil: "udvider" kan ikke være profilens eget id ("${profil.id}").`] };
  }
  return { ok: true, profil: profil as unknown as PartialProfil };
}

// ------------------------------------------------------------------ resolution

export type ProfilKildeArt = "indbygget" | "profil" | "fil" | "arbejdsbog";

/** Where a profile in the chain came from. */
export interface ProfilKilde {
  art: ProfilKildeArt;
  profilId: string;
  /** The file's name for art "fil" (as the user gave it). */
  fil?: string;
}

export type ProfilResultat =
  | {
      ok: true;
      profil: Profil;
      /** Per threshold path ("belaegning.forventetMin", "alvor.persondata-cpr"): the profile that set it. */
      kilder: Record<string, ProfilKilde>;
      /** The ids from this profile to the one it finally extends. */
      kaede: string[];
      /** The agreement it checks against: that of the registered profile it finally extends (else the default's). */
      aftale: Aftale;
    }
  | { ok: false; fejl: string[] };

export interface LoesIndstillinger {
  /** Where the profile being resolved comes from (default "fil"). */
  kilde?: Omit<ProfilKilde, "profilId">;
}

function klon<T>(v: T): T {
  if (Array.isArray(v)) return v.map(klon) as unknown as T;
  if (erPlainObjekt(v)) {
    const ud: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) ud[k] = klon(x);
    return ud as T;
  }
  return v;
}

/** Objects merged key by key; arrays, null and scalars replaced. */
function flet(base: unknown, over: unknown): unknown {
  if (erPlainObjekt(base) && erPlainObjekt(over)) {
    const ud: Record<string, unknown> = klon(base);
    for (const [k, v] of Object.entries(over)) ud[k] = flet(ud[k], v);
    return ud;
  }
  return klon(over);
}

/** Leaf paths of a profile's thresholds (not id/navn/udvider): "belaegning.max", "takstloft", "alvor.x". */
function blade(v: unknown, sti = ""): Map<string, unknown> {
  const ud = new Map<string, unknown>();
  const gaa = (x: unknown, s: string): void => {
    if (erPlainObjekt(x)) {
      for (const [k, y] of Object.entries(x)) {
        if (s === "" && (k === "id" || k === "navn" || k === "udvider")) continue;
        gaa(y, s ? `${s}.${k}` : k);
      }
    } else ud.set(s, x);
  };
  gaa(v, sti);
  return ud;
}

function manglendeNoegler(p: Record<string, unknown>): string[] {
  const mangler: string[] = [];
  for (const [k, felt] of Object.entries(PROFIL_SKEMA)) {
    if (k === "udvider") continue;
    if (!(k in p)) {
      mangler.push(k);
      continue;
    }
    if (felt.art === "objekt" && p[k] !== null) {
      const under = p[k] as Record<string, unknown>;
      for (const u of Object.keys(felt.felter)) if (!(u in under)) mangler.push(`${k}.${u}`);
    }
  }
  return mangler;
}

function ligeDybt(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => ligeDybt(x, b[i]));
  if (erPlainObjekt(a) && erPlainObjekt(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => ligeDybt(a[k], b[k]));
  }
  return false;
}

/**
 * Resolves a profile: validates it, follows `udvider` through `kendte` (cycles refused),
 * merges each level over the one it extends, and checks the result is complete and consistent.
 */
export function loesProfil(
  json: unknown,
  kendte: Readonly<Record<string, Profil | PartialProfil>> = PROFILER,
  indstillinger: LoesIndstillinger = {},
): ProfilResultat {
  const v = validerProfil(json);
  if (!v.ok) return v;
  const top = v.profil;

  // The chain top → … → a profile without udvider.
  const kaede: { profil: PartialProfil; kilde: ProfilKilde }[] = [
    { profil: top, kilde: { ...(indstillinger.kilde ?? { art: "fil" }), profilId: top.id } },
  ];
  let cur = top;
  while (cur.udvider !== undefined) {
    const id = cur.udvider;
    if (kaede.some((k) => k.profil.id === id)) {
      const ring = [...kaede.map((k) => k.profil.id), id].join(" → ");
      return { ok: false, fejl: [`Ugyldig profil: "udvider" danner en ring: ${ring}.`] };
    }
    const base = Object.prototype.hasOwnProperty.call(kendte, id) ? kendte[id] : undefined;
    if (base === undefined) {
      const navne = Object.keys(kendte)
        .map((k) => `"${k}"`)
        .join(", ");
      return {
        ok: false,
        fejl: [
          `Ugyldig profil: "${kaede.length === 1 ? "udvider" : `${cur.id}.udvider`}" henviser til en ukendt profil "${id}" (kendte profiler: ${navne || "ingen"}).`,
        ],
      };
    }
    const bv = validerProfil(base);
    if (!bv.ok) return { ok: false, fejl: bv.fejl.map((f) => `Profilen "${id}", som "${cur.id}" udvider: ${f}`) };
    if (bv.profil.id !== id) {
      return { ok: false, fejl: [`Ugyldig profil: profilen registreret som "${id}" har id "${bv.profil.id}".`] };
    }
    const art: ProfilKildeArt = PROFILER[id] === base ? "indbygget" : "profil";
    kaede.push({ profil: bv.profil, kilde: { art, profilId: id } });
    cur = bv.profil;
  }

  const rod = kaede[kaede.length - 1];
  const mangler = manglendeNoegler(rod.profil as unknown as Record<string, unknown>);
  if (mangler.length > 0) {
    const hvem = kaede.length === 1 ? "" : ` (i "${rod.profil.id}")`;
    return {
      ok: false,
      fejl: mangler.map(
        (m) =>
          `Ugyldig profil: "${m}" mangler${hvem}. En profil uden "udvider" skal angive alle nøgler; skriv "udvider": "${STANDARD_PROFIL_ID}" for kun at angive det, der ændres.`,
      ),
    };
  }

  let samlet: unknown = {};
  for (let i = kaede.length - 1; i >= 0; i--) samlet = flet(samlet, kaede[i].profil);
  const profil = samlet as Profil & { udvider?: string };
  delete profil.udvider;
  profil.id = top.id;
  profil.navn = top.navn ?? top.id;

  const fejl: string[] = [];
  if (profil.tillaeg.fravaerMinPct > profil.tillaeg.fravaerMaxPct) {
    fejl.push(
      `Ugyldig profil: "tillaeg.fravaerMinPct" (${profil.tillaeg.fravaerMinPct}) må ikke være større end "tillaeg.fravaerMaxPct" (${profil.tillaeg.fravaerMaxPct}).`,
    );
  }
  if (profil.belaegning.anbefaletMax > profil.belaegning.max) {
    fejl.push(
      `Ugyldig profil: "belaegning.anbefaletMax" (${profil.belaegning.anbefaletMax}) må ikke være større end "belaegning.max" (${profil.belaegning.max}).`,
    );
  }
  // A shipped id stands for the shipped values: a different profile must have its own id.
  const indbygget = PROFILER[top.id];
  if (indbygget && json !== indbygget && !ligeDybt(profil, indbygget)) {
    fejl.push(`Ugyldig profil: "id" "${top.id}" er en indbygget profil; giv din profil sit eget id.`);
  }
  if (fejl.length > 0) return { ok: false, fejl };

  const kaedeBlade = kaede.map((k) => blade(k.profil));
  const kilder: Record<string, ProfilKilde> = {};
  for (const sti of blade(profil).keys()) {
    const i = kaedeBlade.findIndex((b) => b.has(sti));
    kilder[sti] = { ...kaede[i >= 0 ? i : kaede.length - 1].kilde };
  }
  return { ok: true, profil, kilder, kaede: kaede.map((k) => k.profil.id), aftale: aftaleFor(rod.profil.id) };
}

/** A profile given as JSON text (a file's contents, or Takstprofil!A1). */
export function laesProfilTekst(
  tekst: string,
  kendte: Readonly<Record<string, Profil | PartialProfil>> = PROFILER,
  indstillinger: LoesIndstillinger = {},
): ProfilResultat {
  if (tekst.length > 1_000_000)
    return { ok: false, fejl: ["Ugyldig profil: teksten er for lang (over 1.000.000 tegn)."] };
  const p = parseJson(tekst);
  if (!p.ok) return { ok: false, fejl: [`Ugyldig profil: ${p.fejl}.`] };
  return loesProfil(p.vaerdi, kendte, indstillinger);
}

/**
 * The workbook's own profile: JSON text in Takstprofil!A1. Returns null when the workbook
 * has no such sheet; errors are prefixed with the cell so the user knows where to look.
 */
export function profilFraSnapshot(
  snapshot: WorkbookSnapshot,
  kendte: Readonly<Record<string, Profil | PartialProfil>> = PROFILER,
): ProfilResultat | null {
  const ark = findSheet(snapshot, TAKSTPROFIL_ARK);
  if (!ark) return null;
  const sted = `${ark.name}!A1`;
  const v = cellValue(ark, 1, 1);
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    return { ok: false, fejl: [`${sted}: cellen er tom; den skal indeholde profilen som JSON.`] };
  }
  if (typeof v !== "string") {
    return { ok: false, fejl: [`${sted}: cellen skal indeholde profilen som JSON-tekst (fik ${fik(v)}).`] };
  }
  const r = laesProfilTekst(v, kendte, { kilde: { art: "arbejdsbog" } });
  return r.ok ? r : { ok: false, fejl: r.fejl.map((f) => `${sted}: ${f}`) };
}

/** A name as a reader sees it: case, spacing, dashes and compatibility forms ignored. */
function navnNoegle(s: string): string {
  return s
    .normalize("NFKC")
    .toLocaleLowerCase("da-DK")
    .replace(/[\s\u2010-\u2015-]+/g, " ")
    .trim();
}

/**
 * The shipped profile whose id or name `profil` (not itself shipped) looks like, so a
 * workbook profile called "Nordjysk Socialaftale – Styringsaftale 2025-2026" is shown for
 * what it is. Null when it resembles none.
 */
export function efterlignetProfil(profil: Pick<Profil, "id" | "navn">): Profil | null {
  for (const p of Object.values(PROFILER)) {
    if (p === profil) continue;
    if (navnNoegle(p.navn) === navnNoegle(profil.navn) || navnNoegle(p.id) === navnNoegle(profil.id)) return p;
    if (navnNoegle(p.id) === navnNoegle(profil.navn) || navnNoegle(p.navn) === navnNoegle(profil.id)) return p;
  }
  return null;
}
