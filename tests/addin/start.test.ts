import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer, hent, grundTilBygning } = require("../../scripts/start.js") as {
  startServer(o: { rod: string; port: number }): Promise<{ adresse: string; stop(): Promise<void> }>;
  hent(adresse: string): Promise<{ status: number; type: string; tekst: string }>;
  grundTilBygning(dist: string): string | null;
};

const ROD = path.resolve(__dirname, "../..");
const START = path.join(ROD, "scripts", "start.js");

function lavDist(medPreview: boolean): string {
  const mappe = fs.mkdtempSync(path.join(os.tmpdir(), "takstskema-start-"));
  if (medPreview)
    fs.writeFileSync(path.join(mappe, "preview.html"), '<!doctype html><html lang="da"><body>hej</body></html>');
  fs.mkdirSync(path.join(mappe, "assets"));
  fs.copyFileSync(path.join(ROD, "assets", "icon-32.png"), path.join(mappe, "assets", "icon-32.png"));
  fs.writeFileSync(path.join(mappe, "app.js"), "console.log(1);");
  return mappe;
}

function koerOnce(dist: string) {
  return spawnSync(process.execPath, [START, "--once"], {
    cwd: ROD,
    encoding: "utf8",
    timeout: 60000,
    env: { ...process.env, TAKSTSKEMA_DIST: dist, TAKSTSKEMA_PORT: "0", TAKSTSKEMA_START_ONCE: "" },
  });
}

describe("scripts/start.js", () => {
  it("--once starter serveren, henter preview.html og slutter med 0", () => {
    const dist = lavDist(true);
    try {
      const k = koerOnce(dist);
      expect(k.stderr).toBe("");
      expect(k.status).toBe(0);
      expect(k.stdout).toMatch(/Forhåndsvisning .*http:\/\/localhost:\d+\/preview\.html/);
      expect(k.stdout).toMatch(/Hentede http:\/\/localhost:\d+\/preview\.html: 200 text\/html/);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it("--once fejler, når preview.html ikke findes", () => {
    const dist = lavDist(false);
    try {
      const k = koerOnce(dist);
      expect(k.status).toBe(1);
      expect(k.stderr).toMatch(/preview\.html findes ikke/);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it("serverer med rigtige indholdstyper og intet uden for mappen", async () => {
    const dist = lavDist(true);
    const s = await startServer({ rod: dist, port: 0 });
    try {
      expect(await hent(`${s.adresse}preview.html`)).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
      expect(await hent(`${s.adresse}assets/icon-32.png`)).toMatchObject({ status: 200, type: "image/png" });
      expect(await hent(`${s.adresse}app.js`)).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
      expect((await hent(`${s.adresse}findes-ikke.js`)).status).toBe(404);
      expect((await hent(`${s.adresse}assets`)).status).toBe(404);
      expect((await hent(`${s.adresse}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
      expect((await hent(`${s.adresse}`)).status).toBe(302);
    } finally {
      await s.stop();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it("bygger kun igen, når dist/ mangler, er en produktionsbygning eller er ældre end kilderne", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "takstskema-dist-"));
    try {
      expect(grundTilBygning(path.join(dist, "findes-ikke"))).toBe("dist/ findes ikke");
      expect(grundTilBygning(dist)).toBe("dist/ er ikke bygget af npm start");

      for (const side of ["taskpane", "preview"]) fs.writeFileSync(path.join(dist, `${side}.html`), "<html>");
      const maerke = (tid: number) =>
        fs.writeFileSync(path.join(dist, ".takstskema-bygning.json"), JSON.stringify({ mode: "development", tid }));
      maerke(Date.now() + 60_000);
      fs.writeFileSync(
        path.join(dist, "manifest.xml"),
        '<SourceLocation DefaultValue="https://takstskema.example.dk/"/>',
      );
      expect(grundTilBygning(dist)).toBe("dist/ er en produktionsbygning");

      fs.writeFileSync(
        path.join(dist, "manifest.xml"),
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      );
      expect(grundTilBygning(dist)).toBeNull();

      maerke(0);
      expect(grundTilBygning(dist)).toBe("kildefilerne er ændret siden sidste bygning");

      maerke(Date.now() + 60_000);
      fs.rmSync(path.join(dist, "preview.html"));
      expect(grundTilBygning(dist)).toBe("preview.html mangler i dist/");
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
