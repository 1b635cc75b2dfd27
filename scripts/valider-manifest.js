#!/usr/bin/env node
"use strict";
// npm run validate: kontrollerer manifest.xml offline mod XSD'erne og, når der er net,
// også med Microsofts online-validering (`npx office-addin-manifest validate`).
// Uden net springes online-delen over; det er ikke en fejl.
//
//   node scripts/valider-manifest.js [manifest.xml] [--offline]
//   TAKSTSKEMA_OFFLINE=1 springer også online-delen over.
const net = require("node:net");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { validerManifestFil } = require("./manifest-validering");

const ROD = path.resolve(__dirname, "..");

function naaes(vaert, port, msek) {
  return new Promise((resolve) => {
    const sokkel = net.connect({ host: vaert, port });
    const slut = (svar) => {
      sokkel.destroy();
      resolve(svar);
    };
    sokkel.setTimeout(msek, () => slut(false));
    sokkel.once("connect", () => slut(true));
    sokkel.once("error", () => slut(false));
  });
}

// Tjenesten, som office-addin-manifest sender manifestet til.
const VALIDERINGSTJENESTE = "validationgateway.omex.office.net";
const INGEN_TJENESTE = /Unable to contact the manifest validation service/i;

/** office-addin-manifest er en devDependency; kun tjenesten skal kunne nås, ellers er vi offline. */
async function harNet() {
  return naaes(VALIDERINGSTJENESTE, 443, 3000);
}

async function main() {
  const args = process.argv.slice(2);
  const offline = args.includes("--offline") || process.env.TAKSTSKEMA_OFFLINE === "1";
  const fil = path.resolve(ROD, args.find((a) => !a.startsWith("--")) || "manifest.xml");
  const visNavn = path.relative(process.cwd(), fil) || fil;

  const resultat = await validerManifestFil(fil);
  if (!resultat.gyldig) {
    console.error(`${visNavn} er IKKE gyldigt efter XSD'erne (${resultat.fejl.length} fejl):`);
    for (const f of resultat.fejl) console.error(`  linje ${f.linje ?? "?"}: ${f.besked}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${visNavn} er gyldigt efter XSD'erne i scripts/manifest-xsd/ (offline-kontrol).`);

  if (offline) {
    console.log("Online-kontrollen er sprunget over (--offline / TAKSTSKEMA_OFFLINE=1).");
    return;
  }
  if (!(await harNet())) {
    console.log(
      `Intet net til ${VALIDERINGSTJENESTE}: online-kontrollen (office-addin-manifest validate) er sprunget over.`,
    );
    return;
  }
  console.log("Kører online-kontrollen: office-addin-manifest validate …");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  // --no: den fastlåste version fra devDependencies, aldrig en hentet.
  const koersel = spawnSync(npx, ["--no", "office-addin-manifest", "validate", fil], {
    cwd: ROD,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  process.stdout.write(koersel.stdout || "");
  process.stderr.write(koersel.stderr || "");
  if (koersel.error) {
    console.error(`Online-kontrollen kunne ikke startes: ${koersel.error.message}`);
    process.exitCode = 1;
  } else if (koersel.status !== 0 && INGEN_TJENESTE.test(`${koersel.stdout}${koersel.stderr}`)) {
    // Nettet forsvandt undervejs: som offline, ikke en fejl i manifestet.
    console.log("Valideringstjenesten kunne ikke nås: online-kontrollen er sprunget over.");
  } else if (koersel.status !== 0) {
    console.error(`Online-kontrollen fejlede (afslutningskode ${koersel.status}).`);
    process.exitCode = 1;
  }
}

main().catch((fejl) => {
  console.error(`Manifestet kunne ikke kontrolleres: ${fejl && fejl.stack ? fejl.stack : fejl}`);
  process.exitCode = 2;
});
