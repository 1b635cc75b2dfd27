#!/usr/bin/env node
/*
 * Launcher for the command line. Runs the compiled CLI in dist-node/ (built by
 * `npm run build:cli`, which the `prepare` script runs on npm install / npm ci and before
 * npm pack; package.json's `files` ships it, so an installed package needs no sources). When that
 * is missing or older than the sources (a checkout being edited), it falls back to ts-node,
 * which is slower to start. TAKSTSKEMA_TS=1 forces ts-node.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const rod = path.join(__dirname, "..");
const bygget = path.join(rod, "dist-node", "src", "cli", "main.js");

function nyesteKilde(mappe) {
  let nyeste = 0;
  let poster;
  try {
    poster = fs.readdirSync(mappe, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const p of poster) {
    const sti = path.join(mappe, p.name);
    if (p.isDirectory()) nyeste = Math.max(nyeste, nyesteKilde(sti));
    else if (p.name.endsWith(".ts")) nyeste = Math.max(nyeste, fs.statSync(sti).mtimeMs);
  }
  return nyeste;
}

function byggetErAktuelt() {
  let bygTid;
  try {
    bygTid = fs.statSync(bygget).mtimeMs;
  } catch {
    return false;
  }
  // The CLI's sources: src/cli, src/core, src/adapters (absent in an installed copy without src/).
  const kilder = ["cli", "core", "adapters"].map((d) => nyesteKilde(path.join(rod, "src", d)));
  return Math.max(...kilder) <= bygTid;
}

if (process.env.TAKSTSKEMA_TS !== "1" && byggetErAktuelt()) {
  require(bygget).koer();
} else {
  if (!fs.existsSync(path.join(rod, "src", "cli", "main.ts"))) {
    // An installed package (npm pack, then npm install) has dist-node/ and no sources: a broken package, not a checkout.
    process.stderr.write(
      "takstskema: pakken er ufuldstændig (dist-node/ mangler). Byg pakken igen med npm pack i en kopi af projektet, og installér den nye .tgz-fil.\n",
    );
    process.exit(2);
  }
  let tsNode;
  try {
    tsNode = require("ts-node");
  } catch {
    process.stderr.write(
      "takstskema: den oversatte kommandolinje (dist-node/) mangler eller er forældet, og ts-node er ikke installeret. Kør: npm run build:cli\n",
    );
    process.exit(2);
  }
  if (process.env.TAKSTSKEMA_TS !== "1") {
    process.stderr.write(
      "takstskema: dist-node/ mangler eller er ældre end kildekoden; kører via ts-node (langsommere). Kør: npm run build:cli\n",
    );
  }
  tsNode.register({ transpileOnly: true, project: path.join(rod, "tsconfig.cli.json") });
  require(path.join(rod, "src", "cli", "main.ts")).koer();
}
