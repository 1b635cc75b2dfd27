/**
 * issue 9 item 4: the takstbilag is streamed. 10.000 takster with 30.000 findings are written
 * in a child process whose heap is capped at 150 MB; the workbook-model writer it replaced ran
 * out of memory there (it needed ≈ 6,7 GB for 100.000 takster), the stream needs ≈ 80 MB.
 */
import { execFile } from "child_process";
import * as path from "path";

jest.setTimeout(300_000);

const ROD = path.join(__dirname, "..", "..", "..");

it("skriver 10.000 takster med 30.000 fund inden for 150 MB heap", async () => {
  const { kode, stdout, stderr } = await new Promise<{ kode: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        [
          "--max-old-space-size=150",
          "-r",
          "ts-node/register/transpile-only",
          path.join("tests", "hjaelp", "skriv-mange-takster.ts"),
          "10000",
        ],
        { cwd: ROD, timeout: 280_000, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => resolve({ kode: err ? ((err.code as number | null) ?? 1) : 0, stdout, stderr }),
      );
    },
  );
  expect({ kode, stderr: stderr.slice(-2000) }).toEqual({ kode: 0, stderr: "" });
  const r = JSON.parse(stdout) as { bytes: number; heapMb: number };
  expect(r.bytes).toBeGreaterThan(1_000_000);
  expect(r.heapMb).toBeLessThan(150);
});
