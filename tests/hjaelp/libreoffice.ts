/**
 * LibreOffice Calc for the tests that compare our formulas with another spreadsheet engine
 * (tests/adapters/xlsx/libreoffice-formler.test.ts, tests/excel/libreoffice-beregning.test.ts):
 * where soffice is, a process runner, and the CSV it exports.
 */
import { execFile, spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";

export function findSoffice(): string | null {
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const sti = r.stdout.trim().split("\n")[0];
  return r.status === 0 && sti ? sti : null;
}

export function koer(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} fejlede: ${err.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** RFC-4180-style CSV (LibreOffice quotes text containing the separator or quotes). */
export function parseCsv(tekst: string): string[][] {
  const raekker: string[][] = [];
  let felt = "";
  let raekke: string[] = [];
  let citeret = false;
  for (let i = 0; i < tekst.length; i++) {
    const ch = tekst[i];
    if (citeret) {
      if (ch === '"' && tekst[i + 1] === '"') {
        felt += '"';
        i++;
      } else if (ch === '"') citeret = false;
      else felt += ch;
    } else if (ch === '"') citeret = true;
    else if (ch === ",") {
      raekke.push(felt);
      felt = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && tekst[i + 1] === "\n") i++;
      raekke.push(felt);
      raekker.push(raekke);
      raekke = [];
      felt = "";
    } else felt += ch;
  }
  if (felt !== "" || raekke.length > 0) {
    raekke.push(felt);
    raekker.push(raekke);
  }
  return raekker;
}

/**
 * Every sheet of `xlsx` as CSV in `<mappe>/csv` (`<navn>-<ark>.csv`), after LibreOffice has
 * recalculated every formula on load (a throwaway profile sets OOXMLRecalcMode). Token 9 false:
 * raw values, not "as shown"; token 12 -1: every sheet to its own file (LibreOffice ≥ 7.2).
 */
export async function genberegnetCsv(soffice: string, xlsx: string, mappe: string): Promise<string> {
  const profil = path.join(mappe, "profil");
  await fs.mkdir(path.join(profil, "user"), { recursive: true });
  await fs.writeFile(
    path.join(profil, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const ud = path.join(mappe, "csv");
  await fs.mkdir(ud);
  await koer(
    soffice,
    [
      `-env:UserInstallation=file://${profil}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      ud,
      xlsx,
    ],
    110_000,
  );
  return ud;
}
