/** File-system entry point for reading an .xlsx (kept apart so laes-xlsx.ts runs in a browser too). */
import { promises as fs } from "fs";
import type { WorkbookSnapshot } from "../../core";
import { laesXlsx, XlsxLaesefejl } from "./laes-xlsx";

/** Reads the file at `sti`; rejects with an XlsxLaesefejl (Danish message) when it cannot. */
export async function laesXlsxFil(sti: string): Promise<WorkbookSnapshot> {
  let data: Buffer;
  try {
    data = await fs.readFile(sti);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    const grund =
      kode === "ENOENT"
        ? "filen findes ikke"
        : kode === "EISDIR"
          ? "det er en mappe, ikke en fil"
          : kode === "EACCES" || kode === "EPERM"
            ? "der er ikke adgang til filen"
            : kode === "EBUSY"
              ? "filen er låst af et andet program (er den åben i Excel?)"
              : (e as Error).message;
    throw new XlsxLaesefejl(`Filen ${sti} kunne ikke åbnes: ${grund}.`, e);
  }
  return laesXlsx(data);
}
