/**
 * LibreOffice Calc for the tests that compare our formulas with another spreadsheet engine
 * (tests/adapters/xlsx/libreoffice-formler.test.ts, tests/excel/libreoffice-beregning.test.ts):
 * where soffice is, a process runner, and the CSV it exports.
 */
import { execFile, spawnSync } from "child_process";

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
