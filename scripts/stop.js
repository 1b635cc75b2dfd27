#!/usr/bin/env node
/*
 * npm stop: stops what `npm start` started in Excel (office-addin-debugging stop manifest.xml),
 * so the sideloaded add-in and the dev server do not linger. TAKSTSKEMA_NPX: another npx (tests).
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { OFFICE_ADDIN_DEBUGGING } = require("./office-vaerktoejer");

const ROD = path.resolve(__dirname, "..");

function stop() {
  const npx = process.env.TAKSTSKEMA_NPX || (process.platform === "win32" ? "npx.cmd" : "npx");
  console.log("Stopper Takstskema i Excel (office-addin-debugging stop manifest.xml) …");
  const koersel = spawnSync(npx, ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", "manifest.xml"], {
    cwd: ROD,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (koersel.error) {
    console.error(`office-addin-debugging kunne ikke startes: ${koersel.error.message}`);
    return 1;
  }
  return koersel.status ?? 1;
}

if (require.main === module) process.exitCode = stop();

module.exports = { stop };
