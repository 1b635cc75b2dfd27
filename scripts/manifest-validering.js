"use strict";
// Offline-kontrol af manifest.xml mod Microsofts XSD'er (scripts/manifest-xsd/) med
// xmllint-wasm. Bruges af scripts/valider-manifest.js og tests/addin/manifest.test.ts.
const fs = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const XSD_MAPPE = path.join(__dirname, "manifest-xsd");
const HOVEDSKEMA = "OfficeAppManifestV1_1.xsd";

/** Skemaet og alle de XSD'er, det importerer (xmllint-wasm henter intet selv). */
function laesSkemaer() {
  const filer = fs.readdirSync(XSD_MAPPE).filter((f) => f.endsWith(".xsd"));
  if (!filer.includes(HOVEDSKEMA)) {
    throw new Error(`${HOVEDSKEMA} mangler i ${XSD_MAPPE}`);
  }
  const laes = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_MAPPE, f), "utf8") });
  return { skema: laes(HOVEDSKEMA), preload: filer.filter((f) => f !== HOVEDSKEMA).map(laes) };
}

/**
 * Validerer manifestets tekst. Giver { gyldig, fejl: [{ linje, besked }] }.
 * Kaster kun, hvis selve skemaerne ikke kan indlæses eller oversættes.
 */
async function validerManifestTekst(xml, filnavn = "manifest.xml") {
  const { skema, preload } = laesSkemaer();
  const resultat = await validateXML({
    xml: [{ fileName: filnavn, contents: xml }],
    schema: [skema],
    preload,
  });
  return {
    gyldig: resultat.valid,
    fejl: resultat.errors.map((e) => ({
      linje: e.loc ? e.loc.lineNumber : null,
      besked: e.message,
    })),
  };
}

async function validerManifestFil(fil) {
  return validerManifestTekst(fs.readFileSync(fil, "utf8"), path.basename(fil));
}

module.exports = { validerManifestTekst, validerManifestFil, XSD_MAPPE };
