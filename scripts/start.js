#!/usr/bin/env node
"use strict";
/*
 * npm start
 *
 * Windows og macOS (hvor Excel kan være installeret): sideloader tilføjelsesprogrammet i
 * Excel som Office-værktøjerne gør (`npx office-addin-debugging start manifest.xml desktop
 * --app excel`, med udviklingsserveren `webpack serve` på port 3000).
 *
 * Linux, eller TAKSTSKEMA_PREVIEW=1: bygger i udviklingstilstand, hvis dist/ mangler eller
 * er forældet, serverer dist/ med projektets statiske server (scripts/statisk-server.js;
 * http på 127.0.0.1:3000, https når der findes certifikater i ~/.office-addin-dev-certs),
 * skriver adresserne ud og kører kommandolinjen på det medfølgende eksempel.
 *
 *   --once / TAKSTSKEMA_START_ONCE=1  start serveren, hent preview.html én gang, afslut (0)
 *   TAKSTSKEMA_PORT=4000              anden port (0: en ledig port)
 *   TAKSTSKEMA_DIST=mappe             servér denne mappe som den er (ingen bygning)
 */
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { OFFICE_ADDIN_DEBUGGING } = require("./office-vaerktoejer");
const { STANDARDPORT, startServer, hent, indholdstype, udviklingscertifikater } = require("./statisk-server");

const ROD = path.resolve(__dirname, "..");

// ---------- bygning ----------

const BYGGEMAERKE = ".takstskema-bygning.json";

function nyesteTid(sti) {
  if (!fs.existsSync(sti)) return 0;
  const stat = fs.statSync(sti);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let nyeste = 0;
  for (const navn of fs.readdirSync(sti)) nyeste = Math.max(nyeste, nyesteTid(path.join(sti, navn)));
  return nyeste;
}

/** Hvorfor dist/ skal bygges (på dansk), eller null når den er frisk. */
function grundTilBygning(dist) {
  const maerkefil = path.join(dist, BYGGEMAERKE);
  if (!fs.existsSync(maerkefil)) return fs.existsSync(dist) ? "dist/ er ikke bygget af npm start" : "dist/ findes ikke";
  let maerke;
  try {
    maerke = JSON.parse(fs.readFileSync(maerkefil, "utf8"));
  } catch {
    return "dist/ har et ulæseligt byggemærke";
  }
  // webpacks clean fjerner ikke nødvendigvis mærket; manifestet viser, hvilken slags bygning det er.
  const manifest = path.join(dist, "manifest.xml");
  const udvikling =
    maerke.mode === "development" &&
    fs.existsSync(manifest) &&
    fs.readFileSync(manifest, "utf8").includes("https://localhost:3000/");
  if (!udvikling) return "dist/ er en produktionsbygning";
  const { SIDER } = require(path.join(ROD, "webpack.config.js"));
  for (const [navn, side] of Object.entries(SIDER)) {
    if (fs.existsSync(path.join(ROD, side.indgang)) && !fs.existsSync(path.join(dist, `${navn}.html`))) {
      return `${navn}.html mangler i dist/`;
    }
  }
  const kilder = ["src", "assets", "examples", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];
  const nyeste = Math.max(...kilder.map((k) => nyesteTid(path.join(ROD, k))));
  if (nyeste > maerke.tid) return "kildefilerne er ændret siden sidste bygning";
  return null;
}

function byg(dist) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROD] });
  const start = Date.now();
  const koersel = spawnSync(process.execPath, [cli, "--mode", "development", "--stats", "errors-warnings"], {
    cwd: ROD,
    stdio: "inherit",
  });
  if (koersel.status !== 0) return false;
  fs.writeFileSync(path.join(dist, BYGGEMAERKE), JSON.stringify({ mode: "development", tid: start }) + "\n");
  return true;
}

// ---------- kommandolinjen på eksemplet ----------

function koerEksempel() {
  const bin = path.join(ROD, "bin", "takstskema.js");
  // The passing example and one that breaks rules the way real submissions do.
  const eksempler = ["takstskema-eksempel.xlsx", "takstskema-mangler-begrundelser.xlsx"].map((n) =>
    path.join("examples", n),
  );
  if (!fs.existsSync(bin) || !eksempler.every((e) => fs.existsSync(path.join(ROD, e)))) return;
  console.log("\nKommandolinjen på to af de medfølgende eksempler:");
  console.log(`  npx takstskema valider ${eksempler.join(" ")}\n`);
  const koersel = spawnSync(process.execPath, [bin, "valider", ...eksempler], {
    cwd: ROD,
    encoding: "utf8",
    timeout: 120000,
  });
  if (koersel.error) {
    console.log(`  (kommandolinjen kunne ikke køres: ${koersel.error.message})`);
    return;
  }
  process.stdout.write(koersel.stdout || "");
  process.stdout.write(koersel.stderr || "");
  // 1 betyder, at eksemplet har fund af alvor "fejl": det er et resultat, ikke et nedbrud.
  if (koersel.status !== 0 && koersel.status !== 1) {
    console.log(`  (kommandolinjen sluttede med kode ${koersel.status})`);
  }
}

// ---------- de to veje ----------

function startIExcel() {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const koer = (args) => spawnSync(npx, args, { cwd: ROD, stdio: "inherit", shell: process.platform === "win32" });
  if (!udviklingscertifikater()) {
    console.log("Installerer udviklingscertifikater til https://localhost:3000 (office-addin-dev-certs) …");
    const certs = koer(["--no", "office-addin-dev-certs", "install"]);
    if (certs.status !== 0) {
      console.error("Certifikaterne kunne ikke installeres; Excel kan ikke hente tilføjelsesprogrammet uden https.");
      return certs.status || 1;
    }
  }
  console.log("Starter Excel med Takstskema (office-addin-debugging). Stop igen med:");
  console.log("  npm stop\n");
  const koersel = koer([
    "--yes",
    OFFICE_ADDIN_DEBUGGING,
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npx webpack serve --mode development",
    "--dev-server-port",
    String(STANDARDPORT),
  ]);
  if (koersel.error) {
    console.error(`office-addin-debugging kunne ikke startes: ${koersel.error.message}`);
    return 1;
  }
  return koersel.status ?? 1;
}

async function startForhaandsvisning({ once }) {
  const egenDist = process.env.TAKSTSKEMA_DIST;
  const dist = path.resolve(egenDist || path.join(ROD, "dist"));
  if (!egenDist) {
    const grund = grundTilBygning(dist);
    if (grund) {
      console.log(`Bygger i udviklingstilstand (${grund}) …`);
      if (!byg(dist)) {
        if (!fs.existsSync(path.join(dist, "preview.html")) && !fs.existsSync(path.join(dist, "taskpane.html"))) {
          console.error("Bygningen fejlede, og der er intet at servere.");
          return 1;
        }
        console.error("Bygningen fejlede; serverer den forrige bygning i dist/.");
      }
    }
  }
  if (!fs.existsSync(dist)) {
    console.error(`Mappen findes ikke: ${dist}`);
    return 1;
  }

  const certifikater = udviklingscertifikater();
  const portTekst = process.env.TAKSTSKEMA_PORT;
  const port = portTekst !== undefined && portTekst !== "" ? Number(portTekst) : STANDARDPORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`TAKSTSKEMA_PORT er ikke et portnummer: ${portTekst}`);
    return 2;
  }
  let koerende;
  try {
    koerende = await startServer({ rod: dist, port, certifikater });
  } catch (fejl) {
    if (fejl && fejl.code === "EADDRINUSE") {
      console.error(`Port ${port} er optaget. Stop den anden server, eller vælg en anden med TAKSTSKEMA_PORT=…`);
      return 1;
    }
    throw fejl;
  }
  const { adresse } = koerende;
  const findes = (navn) => fs.existsSync(path.join(dist, navn));

  console.log("\nTakstskema kører uden Excel.");
  console.log(
    findes("preview.html")
      ? `  Forhåndsvisning (opgaveruden mod en projektmappe i browseren): ${adresse}preview.html`
      : "  Forhåndsvisningen er ikke bygget endnu (src/preview/index.tsx mangler).",
  );
  if (findes("taskpane.html"))
    console.log(`  Opgaveruden (virker kun inde i Excel):                        ${adresse}taskpane.html`);
  console.log(`  Manifest:                                                     ${adresse}manifest.xml`);
  if (!certifikater) {
    console.log("  (http: Excel kræver https og certifikater fra `npx office-addin-dev-certs install`.)");
  }

  if (once) {
    try {
      if (!findes("preview.html")) {
        console.error("preview.html findes ikke i den serverede mappe.");
        return 1;
      }
      const svar = await hent(`${adresse}preview.html`, certifikater);
      const ok = svar.status === 200 && /^text\/html/.test(svar.type || "") && /<html/i.test(svar.tekst);
      console.log(
        `\nHentede ${adresse}preview.html: ${svar.status} ${svar.type}, ${Buffer.byteLength(svar.tekst)} byte.`,
      );
      if (!ok) {
        console.error("preview.html blev ikke serveret korrekt.");
        return 1;
      }
      if (!egenDist) koerEksempel();
      return 0;
    } finally {
      await koerende.stop();
    }
  }

  koerEksempel();
  console.log("\nServeren kører. Stop med Ctrl+C.");
  await new Promise((resolve) => {
    const stop = (signal) => {
      console.log(`\nStopper (${signal}) …`);
      koerende.stop().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  console.log("Stoppet.");
  return 0;
}

async function main() {
  const args = process.argv.slice(2);
  const once = args.includes("--once") || process.env.TAKSTSKEMA_START_ONCE === "1";
  const forhaandsvisning =
    process.env.TAKSTSKEMA_PREVIEW === "1" || once || !["win32", "darwin"].includes(process.platform);
  return forhaandsvisning ? startForhaandsvisning({ once }) : startIExcel();
}

if (require.main === module) {
  main().then(
    (kode) => process.exit(kode),
    (fejl) => {
      console.error(`npm start fejlede: ${fejl && fejl.stack ? fejl.stack : fejl}`);
      process.exit(1);
    },
  );
}

module.exports = { startServer, hent, indholdstype, grundTilBygning };
