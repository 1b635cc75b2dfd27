/**
 * Run as a child process by bilag-stroem.test.ts: writes a takstbilag of N takster (each with
 * three findings) with skrivBilag and prints its size and the peak heap. Usage:
 *   node --max-old-space-size=MB -r ts-node/register/transpile-only tests/hjaelp/skriv-mange-takster.ts N [skriv-bilag-modul]
 */
import * as path from "path";
import type { BilagFund, BilagRaekke, skrivBilag as SkrivBilag } from "../../src/adapters/xlsx/skriv-bilag";
import { standardBilag } from "./valider";

const REGLER = ["pladsaendring-uden-begrundelse", "takstaendring-uden-begrundelse", "belaegning-under-forventet"];

async function koer(): Promise<void> {
  const n = Number(process.argv[2]);
  const modul = process.argv[3] ?? path.join(__dirname, "..", "..", "src", "adapters", "xlsx", "skriv-bilag");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { skrivBilag } = require(modul) as { skrivBilag: typeof SkrivBilag };
  const raekker: BilagRaekke[] = [];
  const fund: BilagFund[] = [];
  for (let i = 0; i < n; i++) {
    const ydelsesId = `X${i + 1}`;
    raekker.push({
      fil: "stor.xlsx",
      driftsherre: "Aalborg Kommune",
      tilbud: "Bostedet Solbakken",
      ydelsesId,
      ydelse: "Længerevarende botilbud",
      paragraf: "SEL § 108",
      takstenhed: "Døgn",
      pladserSidsteAar: 10,
      pladser: 12,
      takstSidsteAar: 1950,
      takst: 2600 + (i % 100),
      belaegning: 0.8,
      aarsag: null,
      bemaerkninger: "ok",
      status: "Fejl",
      fund: REGLER,
    });
    for (const regel of REGLER)
      fund.push({
        fil: "stor.xlsx",
        ark: "Ydelser",
        celle: `P${i + 2}`,
        ydelsesId,
        regel,
        alvor: "fejl",
        paragraf: "3.1",
        besked: "Taksten ændres fra 1.950,00 kr. til 2.600,00 kr. (+33,3 %) uden tilstrækkelig begrundelse.",
      });
  }
  let top = 0;
  const maal = setInterval(() => (top = Math.max(top, process.memoryUsage().heapUsed)), 20);
  const buf = await skrivBilag({ raekker, fund, takstaar: 2026, ...standardBilag() });
  clearInterval(maal);
  top = Math.max(top, process.memoryUsage().heapUsed);
  process.stdout.write(JSON.stringify({ bytes: buf.length, heapMb: Math.round(top / 1e6) }) + "\n");
}

koer().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + "\n");
  process.exit(1);
});
