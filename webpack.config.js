/*
 * Bygning af Excel-tilføjelsesprogrammets sider til dist/:
 *   taskpane.html  opgaveruden (src/taskpane/index.tsx), med Office.js
 *   preview.html   forhåndsvisningen uden Excel (src/preview/index.tsx), uden Office.js
 * samt assets/, manifest.xml og examples/*.xlsx (til forhåndsvisningen).
 *
 *   npm run build       udgivelse: manifestets https://localhost:3000/ skrives om til
 *                       TAKSTSKEMA_URL, som skal være sat (ellers fejler bygningen), fx
 *                       TAKSTSKEMA_URL=https://takst.nordjylland.dk/tilfoejelse/ npm run build
 *                       (eller --env url=…). Kun tilføjelsesprogrammet: taskpane.html, assets/,
 *                       manifest.xml og manifest-pilot.xml ("Takstskema (test)" med eget Id);
 *                       ingen forhåndsvisning, ingen eksempler, ingen kildekort.
 *   npm run build:test  som udgivelsen, men med alt (--env alt): forhåndsvisning, eksempler og
 *                       kildekort til testene, og adressen https://localhost:3000/
 *   npm run build:dev   udvikling: manifestet kopieres uændret (https://localhost:3000/)
 *   npx webpack serve --mode development   udviklingsserver på port 3000 (https, når der
 *                       findes certifikater i ~/.office-addin-dev-certs, ellers http)
 *
 * Kun nogle af siderne: TAKSTSKEMA_SIDER=taskpane,preview (eller --env sider=taskpane).
 * En side, hvis kildefil endnu ikke findes, springes over med en advarsel.
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { FAELLES_HOVEDER, udviklingscertifikater } = require("./scripts/statisk-server");

const ROD = __dirname;
const compilerWebpack = require("webpack");
const STROEM_MAPPE = path.join(ROD, "src", "adapters", "xlsx");
/** The one version (package.json): written into the manifest's <Version> and shown in the pane. */
const VERSION = require("./package.json").version;
const UDVIKLINGSADRESSE = "https://localhost:3000/";
const PORT = 3000;

/** Siderne: indgang, skabelon, og om siden må indlæse Office.js. */
const SIDER = {
  taskpane: { indgang: "src/taskpane/index.tsx", skabelon: "src/taskpane/taskpane.html", officeJs: true },
  preview: { indgang: "src/preview/index.tsx", skabelon: "src/preview/preview.html", officeJs: false },
};

/**
 * Moduler, der aldrig må komme med i Excel-sidernes første JavaScript: ExcelJS. Opgaveruden
 * henter det kun som en chunk for sig (import() i afsnittet Sekretariat), når brugeren vælger
 * indsendte skemaer; forhåndsvisningen bruger det fra start.
 */
const KUN_FORHAANDSVISNING = /[\\/]node_modules[\\/]exceljs[\\/]/;

/**
 * ExcelJS i browseren: den færdigbyggede udgave uden polyfills (ES2015+, ingen Node-shims at
 * sætte op). Den er allerede minimeret og parses ikke igen.
 */
const EXCELJS_BARE = require.resolve("exceljs/dist/exceljs.bare.min.js", { paths: [ROD] });
const JSZIP_BROWSER = /[\\/]node_modules[\\/]jszip[\\/]dist[\\/]jszip(\.min)?\.js$/;
const EXCELJS_BROWSER = /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/;

/**
 * Markerer chunken "exceljs" som minimeret: den er ExcelJS' færdigminimerede udgave, og
 * at minimere den igen koster det meste af produktionsbygningens tid.
 */
class AlleredeMinimeretPlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AlleredeMinimeret", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AlleredeMinimeret", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (chunk.name !== "exceljs") continue;
            const moduler = [...compilation.chunkGraph.getChunkModulesIterable(chunk)];
            if (!moduler.every((m) => EXCELJS_BROWSER.test(m.resource || ""))) continue;
            for (const fil of chunk.files) {
              if (fil.endsWith(".js")) compilation.updateAsset(fil, (kilde) => kilde, { minimized: true });
            }
          }
        },
      );
    });
  }
}

/**
 * Produktionsadressen: https og med afsluttende skråstreg. Uden adresse fejler bygningen: et
 * manifest, der peger på en eksempelvært, må aldrig blive udgivet.
 */
function produktionsadresse(vaerdi) {
  const tekst = vaerdi && String(vaerdi).trim() ? String(vaerdi).trim() : "";
  if (!tekst) {
    throw new Error(
      "En produktionsbygning kræver adressen, hvor tilføjelsesprogrammet skal ligge: " +
        "TAKSTSKEMA_URL=https://takst.nordjylland.dk/tilfoejelse/ npm run build (eller --env url=…). " +
        "Til udvikling: npm run build:dev.",
    );
  }
  let url;
  try {
    url = new URL(tekst);
  } catch {
    throw new Error(`TAKSTSKEMA_URL er ikke en gyldig adresse: ${tekst}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`TAKSTSKEMA_URL skal være en https-adresse (Office kræver det): ${tekst}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Skriver manifestets udviklingsadresser om; AppDomain får kun oprindelsen (skema://vært[:port]). */
function omskrivManifest(xml, adresse) {
  const base = produktionsadresse(adresse);
  const oprindelse = new URL(base).origin;
  return xml.split(UDVIKLINGSADRESSE).join(base).split(UDVIKLINGSADRESSE.slice(0, -1)).join(oprindelse);
}

/** The pilot add-in's own identity, so it can be deployed beside the real one to a pilot group. */
const PILOT_ID = "6f1d2a37-5b8e-4c0a-9e63-2d4b7c81f5a9";
const PILOT_NAVN = "Takstskema (test)";

/** The pilot manifest: the same add-in under its own <Id> and DisplayName "Takstskema (test)". */
function pilotManifest(xml) {
  if (!/<Id>[^<]*<\/Id>/.test(xml) || !/<DisplayName DefaultValue="[^"]*"\/>/.test(xml)) {
    throw new Error("manifest.xml har ingen <Id> eller <DisplayName>.");
  }
  return xml
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${PILOT_ID}</Id>`)
    .replace(/<DisplayName DefaultValue="[^"]*"\/>/, `<DisplayName DefaultValue="${PILOT_NAVN}"/>`);
}

/** Sets the manifest's <Version> to the package's (the one place the version is kept). */
function saetVersion(xml, version = VERSION) {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error("manifest.xml har ingen <Version>.");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

function valgteSider(env) {
  const liste = (env && env.sider) || process.env.TAKSTSKEMA_SIDER;
  const navne = liste
    ? String(liste)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : Object.keys(SIDER);
  for (const navn of navne) {
    if (!SIDER[navn]) throw new Error(`Ukendt side "${navn}"; kendte sider: ${Object.keys(SIDER).join(", ")}`);
  }
  return navne.filter((navn) => {
    const findes = fs.existsSync(path.join(ROD, SIDER[navn].indgang));
    if (!findes) console.warn(`Advarsel: ${SIDER[navn].indgang} findes ikke endnu; ${navn}.html bygges ikke.`);
    return findes;
  });
}

/**
 * Fejler bygningen, hvis ExcelJS havner i en Excel-sides første chunks (dem, siden indlæser
 * ved start). Chunks, siden henter senere med import(), må have det.
 */
class KunForhaandsvisningPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KunForhaandsvisning", (compilation) => {
      compilation.hooks.afterSeal.tap("KunForhaandsvisning", () => {
        for (const [navn, indgang] of compilation.entrypoints) {
          if (navn === "preview") continue;
          // Kun de chunks, siden indlæser ved start; import() giver børnegrupper, som må.
          const chunks = new Set(indgang.chunks);
          const fundne = new Set();
          for (const chunk of chunks) {
            for (const modul of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const kilde = modul.resource || modul.identifier();
              if (KUN_FORHAANDSVISNING.test(kilde)) fundne.add(path.relative(ROD, kilde));
            }
          }
          if (fundne.size > 0) {
            const eksempel = [...fundne].slice(0, 3).join(", ");
            compilation.errors.push(
              new Error(`${navn}.html må ikke indlæse disse moduler ved start (kun med import()): ${eksempel}`),
            );
          }
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "production";
  const produktion = mode === "production";
  // Checked before anything is built, so a missing address fails at once.
  const adresse = produktion ? produktionsadresse(env.url || process.env.TAKSTSKEMA_URL) : null;
  // A release (npm run build) ships only the add-in: no preview, no example workbooks, no
  // source maps, and a pilot manifest beside the real one. `--env alt` (npm run build:test)
  // keeps everything for the tests.
  const udgivelse = produktion && !env.alt;
  const sider = valgteSider(env).filter((navn) => !udgivelse || env.sider || SIDER[navn].officeJs);
  if (sider.length === 0) throw new Error("Ingen af siderne kan bygges: ingen indgangsfiler findes.");
  const certifikater = udviklingscertifikater();

  return {
    mode,
    context: ROD,
    // ES2020: webpacks runtime bruger så globalThis i stedet for new Function("return this").
    target: ["web", "es2020"],
    entry: Object.fromEntries(sider.map((navn) => [navn, `./${SIDER[navn].indgang}`])),
    // Aldrig eval: sidernes Content-Security-Policy tillader det ikke.
    devtool: udgivelse ? false : produktion ? "source-map" : "cheap-module-source-map",
    output: {
      path: path.join(ROD, "dist"),
      filename: produktion ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: produktion ? "[name].[contenthash:8].js" : "[name].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      alias: { exceljs$: EXCELJS_BARE },
    },
    module: {
      // Færdigbygget browserudgave (UMD); at parse den igen giver ingenting.
      noParse: EXCELJS_BROWSER,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES-moduler, så webpack kan ryste ubrugt kode af (fx Fluent-ikoner).
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
        // The core is pure (CONTRIBUTING.md: no Office.js, file system or React, nothing runs
        // on import but its own tables): marked free of side effects, so a shell importing a few
        // names through src/core/index.ts gets those modules, not all of the core. Without it the
        // pane's first JavaScript held every rule (issue 20 § 4).
        { test: /[\\/]src[\\/]core[\\/].*\.ts$/, sideEffects: false },
        // node_modules' JavaScript ned på ES2020 (det, værtstabellens webviews parser), kun
        // hvor det er nødvendigt. ExcelJS (kun forhåndsvisningen) er færdigbygget og parses ikke.
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          exclude: EXCELJS_BROWSER,
          use: path.join(ROD, "scripts", "es-niveau-loader.js"),
        },
        // Bundlens Function("return this") og new Function(tekst) skrives om; CSP'en tillader
        // ingen eval, og bygningen fejler, hvis der står noget tilbage.
        { test: EXCELJS_BROWSER, use: path.join(ROD, "scripts", "uden-function-loader.js") },
        // JSZip's browser build (the .xlsx reader's own look at the zip) has the same setImmediate polyfill.
        { test: JSZIP_BROWSER, use: path.join(ROD, "scripts", "uden-function-loader.js") },
        { test: /\.(png|svg|jpe?g|gif|xlsx)$/i, type: "asset/resource" },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // ExcelJS (kun forhåndsvisningen) i sin egen chunk, så det aldrig blandes med ruden.
          exceljs: { test: KUN_FORHAANDSVISNING, name: "exceljs", chunks: "all", priority: 20, enforce: true },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "all",
            priority: 10,
          },
          // Fluent UI without a fixed name: one chunk for all of it put the combobox, the
          // dialogs and the preview's own components into the pane's first JavaScript. Split
          // by who uses it, the pane loads at start only what Validering uses, and a section's
          // components come with the section (issue 20 § 4).
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/,
            chunks: "all",
            priority: 5,
          },
        },
      },
    },
    performance: { hints: false }, // budgettet for rudens JavaScript måles af bench-scriptet
    plugins: [
      ...sider.map(
        (navn) =>
          new HtmlWebpackPlugin({
            filename: `${navn}.html`,
            template: SIDER[navn].skabelon,
            // Kun sidens egne chunks (og dem, den deler med andre sider).
            chunks: [navn],
            inject: "body",
            scriptLoading: "defer",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: {
              transformer: (indhold) => {
                const xml = indhold.toString("utf8");
                return saetVersion(produktion ? omskrivManifest(xml, adresse) : xml);
              },
            },
          },
          ...(udgivelse
            ? [
                {
                  from: "manifest.xml",
                  to: "manifest-pilot.xml",
                  transform: {
                    transformer: (indhold) =>
                      pilotManifest(saetVersion(omskrivManifest(indhold.toString("utf8"), adresse))),
                  },
                },
              ]
            : [
                { from: "examples/*.xlsx", to: "examples/[name][ext]", noErrorOnMissing: true },
                // The submissions the Sekretariat section checks in the preview.
                { from: "examples/indsendt/*.xlsx", to: "examples/indsendt/[name][ext]", noErrorOnMissing: true },
              ]),
        ],
      }),
      // ExcelJS's browser build has no stream writer and the browser no node:stream: the
      // takstbilag's writer (skriv-bilag.ts) gets StroemBog from stroem-browser.ts here.
      new compilerWebpack.NormalModuleReplacementPlugin(/^\.\/stroem$/, (ressource) => {
        if (path.resolve(ressource.context) === STROEM_MAPPE) ressource.request = "./stroem-browser";
      }),
      // The pane shows the version (src/taskpane/version.ts).
      new compilerWebpack.DefinePlugin({ __TAKSTSKEMA_VERSION__: JSON.stringify(VERSION) }),
      new KunForhaandsvisningPlugin(),
      new AlleredeMinimeretPlugin(),
    ],
    // Stays beside scripts/statisk-server.js: npm start on Windows/macOS has office-addin-debugging
    // start `webpack serve`, which rebuilds on save (watch + hot reload) while Excel shows the pane.
    // Same folder, port, certificates and headers as the static server.
    devServer: {
      port: PORT,
      server: certifikater ? { type: "https", options: certifikater } : "http",
      static: { directory: path.join(ROD, "dist"), publicPath: "/" },
      headers: { ...FAELLES_HOVEDER, "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS" },
      hot: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.SIDER = SIDER;
module.exports.omskrivManifest = omskrivManifest;
module.exports.saetVersion = saetVersion;
module.exports.pilotManifest = pilotManifest;
module.exports.PILOT_NAVN = PILOT_NAVN;
module.exports.VERSION = VERSION;
module.exports.produktionsadresse = produktionsadresse;
module.exports.KUN_FORHAANDSVISNING = KUN_FORHAANDSVISNING;
module.exports.EXCELJS_BROWSER = EXCELJS_BROWSER;
