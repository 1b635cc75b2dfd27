/** Finding and reading the .xlsx files the user named (files, or folders searched recursively). */
import { constants as fsConstants, promises as fs } from "fs";
import * as path from "path";
import { vist } from "./uddata";

import { STANDARD_MAKS_MB } from "../adapters/xlsx/zip-graenser";

export { STANDARD_MAKS_MB };

/** A file to check; `fejl` when it could not even be found or opened (reported by name, the rest still run). */
export interface Inputfil {
  /** As shown to the user: the argument, or the folder argument joined with the path found inside it. */
  visning: string;
  sti: string;
  fejl?: string;
}

export function maksBytes(env: Record<string, string | undefined>): number {
  const v = env.TAKSTSKEMA_MAKS_MB;
  if (v === undefined || v.trim() === "") return STANDARD_MAKS_MB * 1024 * 1024;
  const mb = Number(v.trim().replace(",", "."));
  if (!Number.isFinite(mb) || mb <= 0 || mb > 100_000) {
    throw new Error(vist`Miljøvariablen TAKSTSKEMA_MAKS_MB skal være et antal megabyte over 0 (fik "${v}").`);
  }
  return mb * 1024 * 1024;
}

/** The .xlsx reader's bounds (zip-graenser.ts), each adjustable by an environment variable. */
export const GRAENSE_VARIABLER = {
  maksUdpakketBytes: "TAKSTSKEMA_MAKS_UDPAKKET_MB",
  maksXmlBytes: "TAKSTSKEMA_MAKS_XML_MB",
  maksCeller: "TAKSTSKEMA_MAKS_CELLER",
  maksFletninger: "TAKSTSKEMA_MAKS_FLETNINGER",
} as const;

export type Graenser = Record<keyof typeof GRAENSE_VARIABLER, number>;

/** Only the limits set in `env`; the reader has the defaults. Throws a Danish message for a bad value. */
export function xlsxGraenser(env: Record<string, string | undefined>): Partial<Graenser> {
  const ud: Partial<Graenser> = {};
  for (const [k, navn] of Object.entries(GRAENSE_VARIABLER) as [keyof Graenser, string][]) {
    const v = env[navn];
    if (v === undefined || v.trim() === "") continue;
    const tal = Number(v.trim().replace(",", "."));
    const mb = k === "maksUdpakketBytes" || k === "maksXmlBytes";
    if (!Number.isFinite(tal) || tal <= 0 || (!mb && !Number.isInteger(tal))) {
      const enhed = k === "maksCeller" ? "celler" : "flettede områder";
      throw new Error(
        vist`Miljøvariablen ${navn} skal være ${mb ? "et antal megabyte over 0" : `et helt antal ${enhed} over 0`} (fik "${v}").`,
      );
    }
    ud[k] = mb ? tal * 1024 * 1024 : tal;
  }
  return ud;
}

/**
 * How a path the user named is shown in every output (screen, JSON, the Fund sheet, reports):
 * a relative path as given; an absolute one relative to the working folder when it lies
 * inside it, otherwise only its last part. A machine's folder layout never reaches the
 * takstbilag that goes to DAS.
 */
export function visningAf(arg: string, cwd: string): string {
  if (!path.isAbsolute(arg)) return arg;
  const rel = path.relative(cwd, arg);
  if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) return rel;
  return path.basename(arg) || arg;
}

export function fsFejlTekst(e: unknown): string {
  const kode = (e as NodeJS.ErrnoException).code;
  switch (kode) {
    case "ENOENT":
      return "filen eller mappen findes ikke";
    case "EISDIR":
      return "det er en mappe, ikke en fil";
    case "EACCES":
    case "EPERM":
      return "der er ikke adgang til filen";
    case "EBUSY":
      return "filen er låst af et andet program (er den åben i Excel?)";
    case "ENOTDIR":
      return "en del af stien er ikke en mappe";
    case "ELOOP":
      return "stien indeholder en løkke af genveje";
    default:
      // Never the library's own text (it may quote a path); the error code is enough.
      return kode ? `filen kunne ikke læses (${kode})` : "filen kunne ikke læses";
  }
}

const stort = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

function erXlsxNavn(navn: string): boolean {
  return /\.xlsx$/i.test(navn) && !navn.startsWith("~$");
}

const sammenlign = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A macro workbook met in a folder: not read (the reader takes .xlsx), but named, never dropped silently. */
function erXlsmNavn(navn: string): boolean {
  return /\.xlsm$/i.test(navn) && !navn.startsWith("~$");
}

async function gennemsoeg(mappe: string, visning: string, ud: Inputfil[], sprunget: string[] = []): Promise<void> {
  let poster: import("fs").Dirent[];
  try {
    poster = await fs.readdir(mappe, { withFileTypes: true });
  } catch (e) {
    ud.push({ visning, sti: mappe, fejl: `Mappen kan ikke gennemsøges: ${fsFejlTekst(e)}.` });
    return;
  }
  poster.sort((a, b) => sammenlign(a.name, b.name));
  for (const p of poster) {
    const sti = path.join(mappe, p.name);
    const vis = path.join(visning, p.name);
    // Hidden folders (.git …) and symlinked folders (possible loops) are not searched.
    if (p.isDirectory()) {
      if (!p.name.startsWith(".") && p.name !== "node_modules") await gennemsoeg(sti, vis, ud, sprunget);
    } else if (erXlsxNavn(p.name) && (p.isFile() || p.isSymbolicLink())) {
      ud.push({ visning: vis, sti });
    } else if (erXlsmNavn(p.name)) {
      sprunget.push(vis);
    }
  }
}

/** Has `*`, `?` or `[…]`: a pattern the shell left to the program (cmd and PowerShell never expand). */
export function erMoenster(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/** One path segment's pattern as a regular expression: `*` any run, `?` one character, `[abc]` a set. */
function segmentRegex(segment: string): RegExp {
  let r = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") r += "[^/\\\\]*";
    else if (c === "?") r += "[^/\\\\]";
    else if (c === "[") {
      const slut = segment.indexOf("]", i + 2);
      if (slut < 0) r += "\\[";
      else {
        const inde = segment.slice(i + 1, slut);
        r += `[${inde.startsWith("!") ? "^" + inde.slice(1).replace(/[\\\]^]/g, "\\$&") : inde.replace(/[\\\]^]/g, "\\$&")}]`;
        i = slut;
      }
    } else r += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  // Windows file names ignore case; so does the pattern there.
  return new RegExp(`^${r}$`, process.platform === "win32" ? "i" : "");
}

/**
 * Expands a pattern like `indsendt/*.xlsx` or `skemaer/**\/*.xlsx` (`**`: any folders) to
 * the paths it matches, sorted; hidden entries only when the segment itself starts with ".".
 */
export async function udvidMoenster(moenster: string, cwd: string): Promise<string[]> {
  const absolut = path.isAbsolute(moenster);
  const dele = moenster.split(/[\\/]+/).filter((d, i) => d !== "" || i === 0);
  let rod = absolut ? path.parse(path.resolve(moenster)).root : cwd;
  if (absolut) dele.shift();
  // Leading plain segments are a fixed folder.
  const fast: string[] = [];
  while (dele.length > 1 && !erMoenster(dele[0])) fast.push(dele.shift()!);
  rod = path.join(rod, ...fast);
  const prefiks = absolut
    ? path.join(path.parse(path.resolve(moenster)).root, ...fast)
    : path.join(...(fast.length ? fast : ["."]));
  const fundne: string[] = [];
  const gaa = async (mappe: string, vist: string, rest: string[]): Promise<void> => {
    if (rest.length === 0) return;
    const [seg, ...efter] = rest;
    let poster: import("fs").Dirent[];
    try {
      poster = await fs.readdir(mappe, { withFileTypes: true });
    } catch {
      return;
    }
    poster.sort((a, b) => sammenlign(a.name, b.name));
    if (seg === "**") {
      await gaa(mappe, vist, efter);
      for (const p of poster)
        if (p.isDirectory() && !p.name.startsWith(".") && p.name !== "node_modules")
          await gaa(path.join(mappe, p.name), path.join(vist, p.name), rest);
      return;
    }
    const re = erMoenster(seg) ? segmentRegex(seg) : null;
    for (const p of poster) {
      if (re ? !re.test(p.name) || (p.name.startsWith(".") && !seg.startsWith(".")) : p.name !== seg) continue;
      const sti = path.join(mappe, p.name);
      const v = path.join(vist, p.name);
      if (efter.length === 0) fundne.push(v);
      else if (p.isDirectory()) await gaa(sti, v, efter);
    }
  };
  await gaa(rod, prefiks, dele);
  return [...new Set(fundne)];
}

/**
 * Expands the arguments into files, in the order given (folders sorted by name). A path
 * that does not exist becomes an Inputfil with `fejl`; a pattern (`indsendt/*.xlsx`) is
 * expanded here, as cmd and PowerShell leave it to the program. `udelad` (absolute paths)
 * are left out of folder searches: the file being written must not be read as input.
 * `sprunget`: .xlsm files met in folders or patterns, which are not read but named.
 */
export async function findFiler(
  argumenter: readonly string[],
  cwd: string,
  udelad: readonly string[] = [],
): Promise<{ filer: Inputfil[]; tommeMapper: string[]; sprunget: string[] }> {
  const filer: Inputfil[] = [];
  const tommeMapper: string[] = [];
  const sprunget: string[] = [];
  const udvidede: string[] = [];
  for (const arg of argumenter) {
    if (
      !erMoenster(arg) ||
      (await fs.stat(path.resolve(cwd, arg)).then(
        () => true,
        () => false,
      ))
    ) {
      udvidede.push(arg);
      continue;
    }
    const fundne = await udvidMoenster(arg, cwd);
    const brugbare = fundne.filter((f) => {
      if (erXlsmNavn(path.basename(f))) sprunget.push(f);
      return !erXlsmNavn(path.basename(f)) && !path.basename(f).startsWith("~$");
    });
    if (fundne.length === 0)
      filer.push({
        visning: arg,
        sti: path.resolve(cwd, arg),
        fejl: "Mønsteret passer ikke på nogen filer eller mapper.",
      });
    udvidede.push(...brugbare);
  }
  for (const arg of udvidede) {
    const sti = path.resolve(cwd, arg);
    const visning = visningAf(arg, cwd);
    let st: import("fs").Stats;
    try {
      st = await fs.stat(sti);
    } catch (e) {
      filer.push({ visning, sti, fejl: `${stort(fsFejlTekst(e))}.` });
      continue;
    }
    if (st.isDirectory()) {
      const foer = filer.length;
      await gennemsoeg(sti, visning, filer, sprunget);
      for (let i = filer.length - 1; i >= foer; i--) if (udelad.includes(filer[i].sti)) filer.splice(i, 1);
      if (filer.length === foer) tommeMapper.push(visning);
    } else {
      filer.push({ visning, sti });
    }
  }
  // The same file named twice (a file and its folder) is checked once.
  const set = new Set<string>();
  return {
    filer: filer.filter((f) => {
      if (set.has(f.sti)) return false;
      set.add(f.sti);
      return true;
    }),
    tommeMapper,
    sprunget,
  };
}

/**
 * Reads at most `maks` bytes of a regular file; rejects with a Danish message otherwise.
 * Opened first and checked on the open handle (fstat), so a symlink to /dev/zero or a
 * named pipe is refused without reading (O_NONBLOCK: opening a pipe does not wait for a
 * writer), and reads stop at `maks` + 1 bytes even when the file grows meanwhile.
 */
export async function laesRegulaerFil(sti: string, maks: number, graenseTekst?: string): Promise<Buffer> {
  let fh: import("fs").promises.FileHandle;
  try {
    fh = await fs.open(sti, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Error(`${stort(fsFejlTekst(e))}.`);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new Error("Det er en mappe, ikke en fil.");
    if (!st.isFile())
      throw new Error(
        "Det er ikke en almindelig fil (men fx en enhed, en navngiven pipe eller en sokkel); den læses ikke.",
      );
    const forStor = (n: number, over = false): Error =>
      new Error(
        `Filen er for stor (${over ? "over " : ""}${mbTekst(n)} MB); grænsen er ${mbTekst(maks)} MB.${graenseTekst ? ` ${graenseTekst}` : ""}`,
      );
    if (st.size > maks) throw forStor(st.size);
    // The file may grow after fstat: read on, but never beyond maks + 1 bytes.
    let buf = Buffer.alloc(Math.min(st.size, maks) + 1);
    let laest = 0;
    for (;;) {
      if (laest === buf.length) {
        if (laest > maks) break;
        const stoerre = Buffer.alloc(Math.min(buf.length * 2, maks + 1));
        buf.copy(stoerre);
        buf = stoerre;
      }
      const { bytesRead } = await fh.read(buf, laest, buf.length - laest, null);
      if (bytesRead === 0) break;
      laest += bytesRead;
    }
    if (laest > maks) throw forStor(maks, true);
    return buf.subarray(0, laest);
  } catch (e) {
    if (e instanceof Error && !(e as NodeJS.ErrnoException).code) throw e;
    throw new Error(`${stort(fsFejlTekst(e))}.`);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Reads a file after checking its size against the limit; rejects with a Danish message. */
export async function laesFilData(sti: string, maks: number): Promise<Buffer> {
  const data = await laesRegulaerFil(sti, maks, "Grænsen kan ændres med miljøvariablen TAKSTSKEMA_MAKS_MB.");
  // A small file can unpack to gigabytes (a zip bomb); refuse before ExcelJS tries.
  const udpakket = udpakketStoerrelse(data);
  if (udpakket !== null && udpakket > maks * UDPAKKET_FAKTOR) {
    const hvor = Number.isFinite(udpakket) ? `${mbTekst(udpakket)} MB` : "over 4 GB";
    throw new Error(
      `Filen fylder ${hvor} udpakket, mere end grænsen på ${mbTekst(maks * UDPAKKET_FAKTOR)} MB (${UDPAKKET_FAKTOR} × TAKSTSKEMA_MAKS_MB); den er for stor til at blive læst.`,
    );
  }
  return data;
}

/**
 * The sum of the uncompressed sizes in a zip's central directory, without unpacking
 * anything; null when the bytes are not a zip (the reader then says what they are).
 * ZIP64 entries (size 0xFFFFFFFF) count as infinitely large: no real takstskema needs them.
 */
export function udpakketStoerrelse(buf: Uint8Array): number | null {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const min = Math.max(0, buf.length - 22 - 65535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const antal = dv.getUint16(eocd + 10, true);
  let pos = dv.getUint32(eocd + 16, true);
  let sum = 0;
  for (let n = 0; n < antal; n++) {
    if (pos + 46 > buf.length || dv.getUint32(pos, true) !== 0x02014b50) return null;
    const stoerrelse = dv.getUint32(pos + 24, true);
    if (stoerrelse === 0xffffffff) return Infinity;
    sum += stoerrelse;
    pos += 46 + dv.getUint16(pos + 28, true) + dv.getUint16(pos + 30, true) + dv.getUint16(pos + 32, true);
  }
  return sum;
}

/** How many times the file limit its unpacked contents may take (XML packs about 5–10 ×). */
export const UDPAKKET_FAKTOR = 5;

const mbTekst = (n: number): string =>
  String(Number((n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 3))).replace(".", ",");

/** Writes a file via a temporary name in the same folder, so a failed run never leaves half a file. `visning` names it in errors. */
export async function skrivFilAtomisk(sti: string, data: Uint8Array, visning = path.basename(sti)): Promise<void> {
  const tmp = path.join(path.dirname(sti), `.${path.basename(sti)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, sti);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const kode = (e as NodeJS.ErrnoException).code;
    const grund = kode === "ENOENT" ? "mappen findes ikke" : fsFejlTekst(e);
    throw new Error(vist`Filen ${visning} kunne ikke skrives: ${grund}.`);
  }
}
