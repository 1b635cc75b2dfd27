/**
 * Output over input (issue 9 item 8): the file a command writes (--rapport, --ud) must not
 * be one of the files it reads, compared as real files (device + inode, so a symlink or
 * another spelling of the path is caught), and an existing file the tool did not write
 * (adapters/xlsx/maerke.ts) is only replaced with --overskriv.
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { egenskaberErSkrevetAfTakstskema } from "../adapters/xlsx/maerke";
import { zipPoster } from "../adapters/xlsx/zip-graenser";
import { ArgumentFejl } from "./argumenter";
import { laesRegulaerFil, type Inputfil } from "./filer";
import { vist } from "./uddata";

/** Reading an existing output to find the mark: a real bilag is far below this. */
const MAKS_EKSISTERENDE = 500 * 1024 * 1024;

/** Whether the bytes are an .xlsx whose docProps/core.xml carries the tool's mark. */
export function skrevetAfTakstskema(data: Uint8Array): boolean {
  try {
    const poster = zipPoster(data);
    const del = (navn: string): string => {
      const p = poster.find((x) => x.navn === navn);
      if (!p || p.udpakket > 1024 * 1024) return "";
      const indhold = data.subarray(p.data, p.data + p.komprimeret);
      const xml = p.metode === 0 ? indhold : zlib.inflateRawSync(indhold, { maxOutputLength: 1024 * 1024 });
      return Buffer.from(xml).toString("utf8");
    };
    return egenskaberErSkrevetAfTakstskema(del("docProps/core.xml"), del("docProps/app.xml"));
  } catch {
    return false;
  }
}

async function statEllerNull(sti: string): Promise<import("fs").Stats | null> {
  try {
    return await fs.stat(sti);
  } catch {
    return null;
  }
}

/**
 * Throws an ArgumentFejl when writing `sti` (shown as `visning`, named by `tilvalg`) would
 * replace one of `input`, or an existing file the tool did not write (unless `overskriv`), or
 * when its folder does not exist.
 */
export async function tjekUddata(
  tilvalg: string,
  visning: string,
  sti: string,
  input: readonly Inputfil[],
  overskriv: boolean,
): Promise<void> {
  const ud = await statEllerNull(sti); // follows a symlink to the file it would replace
  if (!ud) {
    // Said before any file is read, not after a long run (the same words the write would use).
    const mappe = await statEllerNull(path.dirname(sti));
    if (!mappe) throw new ArgumentFejl(vist`Filen ${visning} kunne ikke skrives: mappen findes ikke.`);
    if (!mappe.isDirectory())
      throw new ArgumentFejl(vist`Filen ${visning} kunne ikke skrives: en del af stien er ikke en mappe.`);
    return;
  }
  if (ud.isDirectory()) throw new ArgumentFejl(vist`${tilvalg} ${visning} er en mappe; angiv et filnavn.`);
  for (const f of input) {
    const st = await statEllerNull(f.sti);
    if (st && st.dev === ud.dev && st.ino === ud.ino)
      throw new ArgumentFejl(
        vist`${tilvalg} ${visning} er også en af de filer, der læses (${f.visning}); den overskrives ikke. Vælg et andet filnavn.`,
      );
  }
  if (!ud.isFile())
    throw new ArgumentFejl(vist`${tilvalg} ${visning} er ikke en almindelig fil; den overskrives ikke.`);
  if (overskriv) return;
  let data: Buffer | null = null;
  try {
    data = await laesRegulaerFil(sti, MAKS_EKSISTERENDE);
  } catch {
    data = null;
  }
  if (!data || !skrevetAfTakstskema(data))
    throw new ArgumentFejl(
      vist`${visning} findes allerede og er ikke skrevet af takstskema (eller er ændret siden); den overskrives ikke. Vælg et andet filnavn, eller tilføj --overskriv for at erstatte den.`,
    );
}
