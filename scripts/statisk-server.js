"use strict";
/*
 * Projektets ene statiske server: npm start (scripts/start.js), browsertestene
 * (tests/hjaelp/statisk-server.ts) og benchmarken serverer dist/ gennem den.
 *
 * Kun GET og HEAD; intet uden for mappen (heller ikke via %2e%2e eller NUL); "/" sender
 * videre til forhåndsvisningen; rigtige indholdstyper og nosniff, så browseren aldrig
 * gætter; https, når der gives certifikater. Sidernes Content-Security-Policy står i
 * deres <meta>, så den gælder også inde i Excel, hvor ingen af vores servere er med.
 */
const fs = require("node:fs");
const http = require("node:http");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");

const STANDARDPORT = 3000;

const INDHOLDSTYPER = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Hovederne på hvert svar, også fra webpacks udviklingsserver (webpack.config.js). */
const FAELLES_HOVEDER = Object.freeze({
  // Office (også Office på nettet) henter siderne og ikonerne fra en anden oprindelse.
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-cache",
});

function indholdstype(fil) {
  return INDHOLDSTYPER[path.extname(fil).toLowerCase()] || "application/octet-stream";
}

/** Days before expiry the developer is warned. */
const CERTIFIKAT_VARSEL_DAGE = 14;

/**
 * Whether a certificate (PEM) still holds at `nu`: "gyldig", "snart" (expires within
 * CERTIFIKAT_VARSEL_DAGE) or "udloebet"; with its expiry date. office-addin-dev-certs makes
 * certificates that expire (30 days by default), and Excel then refuses the pane without a word.
 */
function certifikatStatus(pem, nu = new Date()) {
  const udloeber = new Date(new X509Certificate(pem).validTo);
  const tilbage = udloeber.getTime() - nu.getTime();
  const status = tilbage <= 0 ? "udloebet" : tilbage <= CERTIFIKAT_VARSEL_DAGE * 86_400_000 ? "snart" : "gyldig";
  return { status, udloeber };
}

/**
 * Certifikater som office-addin-dev-certs lægger dem, eller null (også når de er udløbet, så
 * npm start installerer nye i stedet for at servere med et certifikat, Excel afviser).
 */
function udviklingscertifikater(mappe = path.join(os.homedir(), ".office-addin-dev-certs"), nu = new Date()) {
  const stier = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  for (const k of Object.keys(stier)) stier[k] = path.join(mappe, stier[k]);
  if (!Object.values(stier).every((s) => fs.existsSync(s))) return null;
  const cert = fs.readFileSync(stier.cert);
  const { status, udloeber } = certifikatStatus(cert, nu);
  const dato = udloeber.toISOString().slice(0, 10);
  if (status === "udloebet") {
    console.warn(
      `Udviklingscertifikatet udløb ${dato}; Excel afviser det. Nye installeres med: npx office-addin-dev-certs install`,
    );
    return null;
  }
  if (status === "snart") {
    console.warn(`Udviklingscertifikatet udløber ${dato}. Forny det med: npx office-addin-dev-certs install`);
  }
  return { key: fs.readFileSync(stier.key), cert, ca: fs.readFileSync(stier.ca) };
}

/**
 * Serverer mappen `rod`. Giver { server, port, adresse ("http://localhost:port/", til
 * mennesker og certifikatet), url ("http://127.0.0.1:port", som browsertestene bruger),
 * anmodninger (hver sti i rækkefølge, når optag er sat; ellers tom), stop() }.
 */
function startServer({ rod, port = STANDARDPORT, vaert = "127.0.0.1", certifikater = null, optag = false }) {
  const rodAbs = path.resolve(rod);
  const anmodninger = [];
  const behandl = (req, res) => {
    const faelles = FAELLES_HOVEDER;
    const tekstsvar = (status, tekst, ekstra = {}) => {
      res.writeHead(status, { ...faelles, ...ekstra, "Content-Type": "text/plain; charset=utf-8" });
      res.end(tekst);
    };
    if (req.method !== "GET" && req.method !== "HEAD")
      return tekstsvar(405, "Kun GET og HEAD.\n", { Allow: "GET, HEAD" });
    let sti;
    try {
      sti = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return tekstsvar(400, "Ugyldig adresse.\n");
    }
    if (optag) anmodninger.push(sti);
    if (sti === "/") {
      res.writeHead(302, { ...faelles, Location: "/preview.html" });
      res.end();
      return;
    }
    const fil = path.resolve(rodAbs, "." + sti);
    const ikkeFundet = () => tekstsvar(404, `Findes ikke: ${sti}\n`);
    if (sti.includes("\0") || (fil !== rodAbs && !fil.startsWith(rodAbs + path.sep))) return ikkeFundet();
    fs.stat(fil, (fejl, stat) => {
      if (fejl || !stat.isFile()) return ikkeFundet();
      res.writeHead(200, { ...faelles, "Content-Type": indholdstype(fil), "Content-Length": stat.size });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(fil)
        .on("error", () => res.destroy())
        .pipe(res);
    });
  };
  const server = certifikater ? https.createServer(certifikater, behandl) : http.createServer(behandl);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, vaert, () => {
      server.off("error", reject);
      const faktiskPort = server.address().port;
      const protokol = certifikater ? "https" : "http";
      resolve({
        server,
        port: faktiskPort,
        adresse: `${protokol}://localhost:${faktiskPort}/`,
        url: `${protokol}://127.0.0.1:${faktiskPort}`,
        anmodninger,
        stop: () =>
          new Promise((r) => {
            server.close(() => r());
            // Åbne forbindelser (keep-alive) må ikke holde serveren i live.
            if (typeof server.closeAllConnections === "function") server.closeAllConnections();
          }),
      });
    });
  });
}

/** Henter en adresse fra serveren; giver { status, type, tekst }. */
function hent(adresse, certifikater) {
  const url = new URL(adresse);
  const modul = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = modul.get(
      // Serveren lytter på 127.0.0.1; localhost kan på nogle maskiner slå op til ::1.
      { host: "127.0.0.1", servername: "localhost", port: url.port, path: url.pathname, ca: certifikater?.ca },
      (res) => {
        const dele = [];
        res.on("data", (d) => dele.push(d));
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            type: res.headers["content-type"],
            tekst: Buffer.concat(dele).toString("utf8"),
          }),
        );
      },
    );
    req.setTimeout(10000, () => req.destroy(new Error("ingen svar inden for 10 sekunder")));
    req.on("error", reject);
  });
}

module.exports = {
  STANDARDPORT,
  FAELLES_HOVEDER,
  INDHOLDSTYPER,
  indholdstype,
  udviklingscertifikater,
  certifikatStatus,
  startServer,
  hent,
};
