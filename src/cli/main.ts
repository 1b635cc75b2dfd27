/**
 * The command line (contract: docs/kommandolinje.md): a thin shell around the reader, the
 * engine and the .xlsx adapters. `main` takes its streams as arguments so tests run it
 * in-process; bin/takstskema.js calls `koer`.
 */
import { promises as fs } from "fs";
import * as path from "path";
import {
  aftaleFor,
  erKendtProfil,
  type Grundlag,
  hentProfil,
  ikkeIndsendt,
  type IkkeIndsendt,
  ikkeIndsendtLinjer,
  laesGrundlag,
  laesProfilTekst,
  passerSomSidsteAar,
  rigtigtGrundlagTekst,
  PROFILER,
  type Profilindgang,
  skjulCpr,
  STANDARD_PROFIL_ID,
  type Takstskema,
  type WorkbookSnapshot,
} from "../core";
import { ArgumentFejl, HJAELP, parseArgumenter, type Kommando } from "./argumenter";
import {
  afvisningTekst,
  bilagAfvisninger,
  bilagDel,
  bilagInput,
  findDubletter,
  type BilagDel,
} from "../adapters/xlsx/bilag-dele";
import {
  findFiler,
  GRAENSE_VARIABLER,
  laesFilData,
  laesRegulaerFil,
  maksBytes,
  skrivFilAtomisk,
  visningAf,
  xlsxGraenser,
  type Graenser,
  type Inputfil,
} from "./filer";
import {
  afslutningskode,
  filTekst,
  jsonDokument,
  jsonTekst,
  opsummeringTekst,
  profilLinje,
  samlet,
  slutLinje,
  synligeLinjer,
  vis,
  vist,
  type FilResultat,
} from "./uddata";
import { tjekUddata } from "./udvagt";
import { breve, klarTekst, skemaStatus, type SkemaStatus } from "./tilbagemelding";

export interface CliIo {
  stdout(tekst: string): void;
  stderr(tekst: string): void;
  /** Progress lines are shown only on a terminal. */
  stderrErTerminal: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

function version(): string {
  // package.json sits two levels above both src/cli and dist-node/src/cli … one more for dist-node.
  for (const op of ["../../package.json", "../../../package.json"]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(path.join(__dirname, op)) as { name?: string; version?: string };
      if (pkg.name === "takstskema" && pkg.version) return pkg.version;
    } catch {
      // try the next
    }
  }
  return "ukendt";
}

// ------------------------------------------------------------------ profile

/**
 * The profile is the sekretariat's choice (--profil, default the shipped one). A submitted
 * workbook's own Takstprofil sheet is NOT used here: a driftsherre must not be able to
 * loosen the checks of its own skema.
 */
async function vaelgProfil(arg: string | undefined, cwd: string): Promise<Profilindgang> {
  const id = arg ?? STANDARD_PROFIL_ID;
  if (arg === undefined || erKendtProfil(arg)) return { profil: hentProfil(id), aftale: aftaleFor(id) };
  const sti = path.resolve(cwd, arg);
  let tekst: string;
  try {
    await fs.stat(sti);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && !/\.json$/i.test(arg) && !/[\\/]/.test(arg)) {
      const kendte = Object.keys(PROFILER).join(", ");
      throw new ArgumentFejl(vist`Ukendt profil "${arg}": hverken en indbygget profil (${kendte}) eller en profilfil.`);
    }
  }
  try {
    // A regular file of at most 1 MB: not a pipe, not /dev/zero.
    tekst = (await laesRegulaerFil(sti, 1024 * 1024)).toString("utf8");
  } catch (e) {
    const grund = (e as Error).message.replace(/\.$/, "");
    throw new ArgumentFejl(vist`Profilfilen ${arg} kan ikke læses: ${grund.charAt(0).toLowerCase() + grund.slice(1)}.`);
  }
  const r = laesProfilTekst(tekst, PROFILER, { kilde: { art: "fil", fil: arg } });
  if (!r.ok)
    throw new ArgumentFejl(vist`Profilen i ${arg} kan ikke bruges:` + r.fejl.map((f) => `\n  ${vis(f)}`).join(""));
  return { profil: r.profil, aftale: r.aftale };
}

// ------------------------------------------------------------------ reading and checking

/** A submitted skema's tilbud and Ydelses-IDs, to find last year's that did not submit. */
type Indsendt = Parameters<typeof ikkeIndsendt>[1][number];

function indsendtAf(skema: Takstskema): Indsendt {
  const f = skema.stamdata?.felter;
  return {
    driftsherre: f?.driftsherre.vaerdi ?? null,
    tilbud: f?.tilbud.vaerdi ?? null,
    tilbudsportalId: f?.tilbudsportalId.vaerdi ?? null,
    ydelsesIder: (skema.ydelser?.raekker ?? []).flatMap((r) => (r.ydelsesId.vaerdi ? [r.ydelsesId.vaerdi] : [])),
  };
}

interface Kontrolleret {
  fil: Inputfil;
  resultat: FilResultat;
  skema?: Takstskema;
}

function laesefejlTekst(e: unknown): string {
  const besked = e instanceof Error ? e.message : String(e);
  // A bound of the reader (zip-graenser.ts): say how to raise it.
  const graense = (e as { graense?: keyof Graenser } | null)?.graense;
  return graense && GRAENSE_VARIABLER[graense]
    ? `${besked} Grænsen kan ændres med miljøvariablen ${GRAENSE_VARIABLER[graense]}.`
    : besked;
}

/**
 * Reads and validates the files one after another (ExcelJS parsing is CPU-bound, so more
 * parallelism would not help); the next file's bytes are read while this one is parsed.
 * Every file is read exactly once, and `hver` sees its result at once, so nothing but the
 * results is kept. A file that cannot be read also gets one line on stderr naming it and the
 * reason (issue 17 § 4: the sekretariat sees it even with stdout in a file or a pipe); the
 * exit code is then 2 (produkt.md).
 */
async function kontroller(
  filer: readonly Inputfil[],
  valg: Profilindgang,
  io: CliIo,
  maks: number,
  hverFil: (k: Kontrolleret) => void,
  grundlag?: Grundlag,
  sidsteAarNavn = "",
): Promise<void> {
  const hver = (k: Kontrolleret): void => {
    if ("fejlVedLaesning" in k.resultat) {
      rydFremskridt(io);
      io.stderr(ulaeseligLinje(k.resultat.fil, k.resultat.fejlVedLaesning));
    }
    hverFil(k);
  };
  const graenser = graenserEllerFejl(io.env);
  // ExcelJS takes a third of a second to load: only commands that read files pay for it.
  const { kontrollerXlsx } = await import("../adapters/xlsx/kontroller");
  const fremskridt = io.stderrErTerminal && filer.length > 1;
  const hent = (i: number): Promise<Buffer> | null => {
    const f = filer[i];
    if (!f || f.fejl) return null;
    const p = laesFilData(f.sti, maks);
    p.catch(() => undefined); // handled when awaited
    return p;
  };
  let naeste = hent(0);
  for (let i = 0; i < filer.length; i++) {
    const f = filer[i];
    const denne = naeste;
    naeste = hent(i + 1);
    if (fremskridt) io.stderr(`\rLæser ${i + 1}/${filer.length}: ${vis(path.basename(f.visning))}\x1b[K`);
    if (f.fejl || !denne) {
      hver({ fil: f, resultat: { fil: f.visning, fejlVedLaesning: f.fejl ?? "Filen kan ikke læses." } });
      continue;
    }
    let data: Buffer;
    try {
      data = await denne;
    } catch (e) {
      hver({ fil: f, resultat: { fil: f.visning, fejlVedLaesning: laesefejlTekst(e) } });
      continue;
    }
    const valgMedGrundlag = grundlag ? { ...valg, grundlag } : valg;
    const k = await kontrollerXlsx(data, f.visning, valgMedGrundlag, graenser, laesefejlTekst);
    if (grundlag && k.skema) tjekSidsteAarsAar(grundlag, k.skema, f.visning, sidsteAarNavn);
    hver({ fil: f, ...k });
  }
  if (fremskridt) io.stderr("\r\x1b[K");
}

/**
 * Last year's takstbilag must be the year before the skema's: this year's bilag given by
 * mistake measures every change from itself, so no takst rises and a missing justification
 * passes. Stops the run (exit 2) at the first skema that shows it, before its findings print.
 */
function tjekSidsteAarsAar(grundlag: Grundlag, skema: Takstskema, fil: string, navn: string): void {
  if (skema.type !== "takstskema") return;
  const aar = skema.stamdata?.felter.takstaar.vaerdi;
  if (passerSomSidsteAar(grundlag, aar) || typeof aar !== "number") return;
  throw new ArgumentFejl(
    vist`Sidste års takstbilag ${navn} gælder takstår ${grundlag.takstaar}, men ${fil} gælder takstår ${aar}; ` +
      `${rigtigtGrundlagTekst(aar)}. Angiv det med --sidste-aar.`,
  );
}

/** The stderr line for a file that cannot be read: its name and the reason, each on this one line. */
export function ulaeseligLinje(fil: string, aarsag: string): string {
  return vist`${fil}: kunne ikke læses: ${aarsag}` + "\n";
}

/** Clears the progress line before other output, so the two do not run together on a terminal. */
function rydFremskridt(io: CliIo): void {
  if (io.stderrErTerminal) io.stderr("\r\x1b[K");
}

async function filerFraArgumenter(stier: readonly string[], io: CliIo, udelad: string[] = []): Promise<Inputfil[]> {
  const { filer, tommeMapper, sprunget } = await findFiler(stier, io.cwd, udelad);
  for (const m of tommeMapper) io.stderr(`Mappen ${vis(m)} indeholder ingen .xlsx-filer.\n`);
  for (const s of sprunget)
    io.stderr(`Springer over ${vis(s)}: en projektmappe med makroer (.xlsm) læses ikke; gem den som .xlsx.\n`);
  if (filer.length === 0) throw new ArgumentFejl("Der blev ikke fundet nogen .xlsx-filer at kontrollere.");
  return filer;
}

// ------------------------------------------------------------------ last year's takstbilag

/**
 * `--sidste-aar`: last year's approved takstbilag, read into the core's Grundlag. A file that
 * cannot be read or used is an argument error (exit 2) naming what is missing, before any
 * skema is checked.
 */
async function hentGrundlag(arg: string | undefined, io: CliIo, maks: number): Promise<Grundlag | undefined> {
  if (!arg) return undefined;
  const sti = path.resolve(io.cwd, arg);
  const navn = visningAf(arg, io.cwd);
  let data: Buffer;
  try {
    data = await laesRegulaerFil(sti, maks);
  } catch (e) {
    const grund = (e as Error).message.replace(/\.$/, "");
    throw new ArgumentFejl(
      vist`Sidste års takstbilag ${navn} kan ikke læses: ${grund.charAt(0).toLowerCase() + grund.slice(1)}` + ".",
    );
  }
  const { laesXlsx } = await import("../adapters/xlsx/laes-xlsx");
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await laesXlsx(data, graenserEllerFejl(io.env));
  } catch (e) {
    throw new ArgumentFejl(vist`Sidste års takstbilag ${navn} kan ikke læses: ${laesefejlTekst(e)}`);
  }
  const r = laesGrundlag(snapshot);
  if (!r.ok) throw new ArgumentFejl(vist`Sidste års takstbilag ${navn} kan ikke bruges: ${r.fejl}`);
  return r.grundlag;
}

/** "Ikke indsendt" as lines for the terminal. */
function ikkeIndsendtTekst(liste: readonly IkkeIndsendt[]): string {
  if (liste.length === 0) return "";
  // Last year's names come from a workbook: shown through vis (CPR masked, line breaks visible).
  const linjer = ikkeIndsendtLinjer(liste).map((l) => `  ${vis(l)}`);
  return `\nIkke indsendt i år, men med i sidste års takstbilag (${liste.length}):\n${linjer.join("\n")}\n`;
}

// ------------------------------------------------------------------ feedback letters

/** The folder for `--tilbagemelding`, made when missing; a file of that name is an argument error. */
async function tilbagemeldingsMappe(arg: string, io: CliIo): Promise<string> {
  const sti = path.resolve(io.cwd, arg);
  try {
    await fs.mkdir(sti, { recursive: true });
    if (!(await fs.stat(sti)).isDirectory()) throw new Error("ikke en mappe");
  } catch {
    throw new ArgumentFejl(`--tilbagemelding ${visningAf(arg, io.cwd)} er ikke en mappe, der kan skrives i.`);
  }
  return sti;
}

/** One letter per takstskema; names made unique with -2, -3 … (two files of the same tilbud). */
async function skrivBreve(
  mappe: string,
  arg: string,
  status: readonly SkemaStatus[],
  aftale: Profilindgang["aftale"],
  io: CliIo,
): Promise<void> {
  let n = 0;
  for (const b of breve(status, aftale)) {
    const udVis = path.join(visningAf(arg, io.cwd), b.filnavn);
    await skrivFilAtomisk(path.join(mappe, b.filnavn), Buffer.from(b.tekst, "utf8"), udVis);
    n++;
  }
  io.stderr(
    `${n} ${n === 1 ? "tilbagemelding er skrevet" : "tilbagemeldinger er skrevet"} til ${vis(visningAf(arg, io.cwd))}.\n`,
  );
}

// ------------------------------------------------------------------ commands

function graenserEllerFejl(env: Record<string, string | undefined>): Partial<Graenser> {
  try {
    return xlsxGraenser(env);
  } catch (e) {
    throw new ArgumentFejl((e as Error).message);
  }
}

function maksEllerFejl(env: Record<string, string | undefined>): number {
  try {
    return maksBytes(env);
  } catch (e) {
    throw new ArgumentFejl((e as Error).message);
  }
}

async function valider(k: Extract<Kommando, { navn: "valider" }>, io: CliIo): Promise<number> {
  const maks = maksEllerFejl(io.env);
  graenserEllerFejl(io.env); // a bad value is an argument error before any file is read
  const valg = await vaelgProfil(k.profil, io.cwd);
  const { profil } = valg;
  const rapportSti = k.rapport ? path.resolve(io.cwd, k.rapport) : undefined;
  const grundlag = await hentGrundlag(k.sidsteAar, io, maks);
  const udelad = [...(rapportSti ? [rapportSti] : []), ...(k.sidsteAar ? [path.resolve(io.cwd, k.sidsteAar)] : [])];
  const filer = await filerFraArgumenter(k.stier, io, udelad);
  if (rapportSti) await tjekUddata("--rapport", visningAf(k.rapport!, io.cwd), rapportSti, filer, k.overskriv === true);
  const resultater: FilResultat[] = [];
  if (k.format === "tekst") io.stdout(profilLinje(profil));
  const indsendte: Indsendt[] = [];
  const status: SkemaStatus[] = [];
  let ulaeselige = 0;
  const brevMappe = k.tilbagemelding ? await tilbagemeldingsMappe(k.tilbagemelding, io) : undefined;
  await kontroller(
    filer,
    valg,
    io,
    maks,
    ({ resultat, skema }) => {
      resultater.push(resultat);
      if (skema && "resultat" in resultat && resultat.resultat.type === "takstskema") indsendte.push(indsendtAf(skema));
      if ("resultat" in resultat) status.push(skemaStatus(resultat.fil, skema, resultat.resultat));
      else ulaeselige++;
      if (k.format === "tekst") {
        rydFremskridt(io);
        io.stdout(filTekst(resultat, profil));
      }
    },
    grundlag,
    k.sidsteAar ? visningAf(k.sidsteAar, io.cwd) : "",
  );
  if (k.format === "json") io.stdout(jsonTekst(jsonDokument(profil, resultater)));
  else {
    if (grundlag) io.stdout(ikkeIndsendtTekst(ikkeIndsendt(grundlag, indsendte)));
    io.stdout(klarTekst(status, ulaeselige, valg));
    io.stdout(slutLinje(samlet(resultater)));
  }
  if (brevMappe) await skrivBreve(brevMappe, k.tilbagemelding!, status, valg.aftale, io);
  if (rapportSti) {
    const { skrivRapport } = await import("../adapters/xlsx/rapport");
    const udVis = visningAf(k.rapport!, io.cwd);
    await skrivFilAtomisk(rapportSti, await skrivRapport(profil, resultater), udVis);
    io.stderr(`Rapporten er skrevet til ${vis(udVis)}.\n`);
  }
  return afslutningskode(resultater);
}

async function bilag(k: Extract<Kommando, { navn: "bilag" }>, io: CliIo): Promise<number> {
  const maks = maksEllerFejl(io.env);
  graenserEllerFejl(io.env);
  const valg = await vaelgProfil(k.profil, io.cwd);
  const udSti = path.resolve(io.cwd, k.ud);
  const grundlag = await hentGrundlag(k.sidsteAar, io, maks);
  const filer = await filerFraArgumenter(k.stier, io, [
    udSti,
    ...(k.sidsteAar ? [path.resolve(io.cwd, k.sidsteAar)] : []),
  ]);
  await tjekUddata("--ud", visningAf(k.ud, io.cwd), udSti, filer, k.overskriv === true);
  const dele: BilagDel[] = [];
  const resultater: FilResultat[] = [];
  let skemaer = 0;
  await kontroller(
    filer,
    valg,
    io,
    maks,
    ({ resultat, skema }) => {
      resultater.push(resultat);
      rydFremskridt(io);
      if ("resultat" in resultat) {
        if (resultat.resultat.type === "takstbilag")
          io.stderr(`${vis(resultat.fil)} er et takstbilag, ikke et takstskema; dets rækker tages ikke med.\n`);
        else skemaer++;
        // The file's rows are taken out now, so its model is not kept for the rest of the run.
        dele.push(bilagDel({ fil: resultat.fil, skema: skema!, resultat: resultat.resultat, grundlag }));
        io.stdout(`${vis(resultat.fil)}: ${opsummeringTekst(resultat.resultat.opsummering)}\n`);
      } else {
        io.stdout(`${vis(resultat.fil)}: kunne ikke læses: ${vis(resultat.fejlVedLaesning)}\n`);
      }
    },
    grundlag,
    k.sidsteAar ? visningAf(k.sidsteAar, io.cwd) : "",
  );
  if (dele.length === 0) throw new ArgumentFejl("Ingen af filerne kunne læses; takstbilaget er ikke skrevet.");
  const dubletter = findDubletter(dele);
  const afvisninger = bilagAfvisninger(dele, dubletter, grundlag);
  if (afvisninger.length > 0) throw new ArgumentFejl(afvisninger.map(afvisningTekst).join("\n"));
  for (const a of dubletter.advarsler) io.stderr(`Advarsel: ${vis(a.fil)}: ${vis(a.besked)}\n`);
  // The writer is loaded only by the command that uses it: `valider` starts faster.
  const { skrivBilag } = await import("../adapters/xlsx/skriv-bilag");
  const udVis = visningAf(k.ud, io.cwd);
  const mangler = grundlag
    ? ikkeIndsendt(
        grundlag,
        dele.flatMap((d) => (d.afsender ? [{ ...d.afsender, ydelsesIder: d.afsender.ydelser.map((y) => y.id) }] : [])),
      )
    : undefined;
  const input = bilagInput(dele, resultater, valg, dubletter.advarsler);
  await skrivFilAtomisk(udSti, await skrivBilag(mangler ? { ...input, ikkeIndsendt: mangler } : input), udVis);
  if (mangler) io.stdout(ikkeIndsendtTekst(mangler));
  const raekker = dele.reduce((n, d) => n + d.raekker.length, 0);
  io.stdout(
    `\nTakstbilaget er skrevet til ${vis(udVis)}: ${raekker} ${raekker === 1 ? "takst" : "takster"} fra ${skemaer} ${skemaer === 1 ? "skema" : "skemaer"}.\n`,
  );
  io.stdout(slutLinje(samlet(resultater)));
  return afslutningskode(resultater);
}

async function skabelon(k: Extract<Kommando, { navn: "skabelon" }>, io: CliIo): Promise<number> {
  const takstaar = k.takstaar ?? new Date().getFullYear() + 1;
  // The help in the template names the chosen profile's thresholds and its agreement's sections.
  const { profil, aftale } = await vaelgProfil(k.profil, io.cwd);
  const udSti = path.resolve(io.cwd, k.ud);
  await tjekUddata("--ud", visningAf(k.ud, io.cwd), udSti, [], k.overskriv === true);
  const { skrivSkabelon } = await import("../adapters/xlsx/skriv-skabelon");
  const data = await skrivSkabelon({ takstaar, profil, aftale });
  const udVis = visningAf(k.ud, io.cwd);
  await skrivFilAtomisk(udSti, data, udVis);
  io.stdout(`Skabelonen for takstår ${takstaar} er skrevet til ${vis(udVis)}.\n`);
  return 0;
}

// ------------------------------------------------------------------ entry points

/** Runs one command and returns its exit code. Never throws; never prints a stack trace for a user error. */
export async function main(argv: readonly string[], delvisIo: Partial<CliIo> = {}): Promise<number> {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stderrErTerminal: false,
    cwd: process.cwd(),
    env: process.env,
    ...delvisIo,
  };
  try {
    const k = parseArgumenter(argv);
    switch (k.navn) {
      case "hjaelp":
        io.stdout(HJAELP + "\n");
        return 0;
      case "version":
        io.stdout(`takstskema ${version()}\n`);
        return 0;
      case "valider":
        return await valider(k, io);
      case "bilag":
        return await bilag(k, io);
      case "skabelon":
        return await skabelon(k, io);
    }
  } catch (e) {
    // Messages can name a path or quote a file: masked and made visible here, the last boundary.
    if (e instanceof ArgumentFejl) {
      io.stderr(`takstskema: ${synligeLinjer(skjulCpr(e.message))}\n`);
      return 2;
    }
    // Any other error is one line: its values were not escaped where it was made.
    const besked = e instanceof Error ? e.message : String(e);
    io.stderr(`takstskema: ${vis(besked)}\n`);
    if (io.env.TAKSTSKEMA_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    return 2;
  }
}

/** For bin/takstskema.js: real streams, exit code via process.exitCode so output is flushed. */
export function koer(argv: readonly string[] = process.argv.slice(2)): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0); // e.g. piped into `head`
  });
  void main(argv, { stderrErTerminal: Boolean(process.stderr.isTTY) }).then((kode) => {
    process.exitCode = kode;
  });
}

if (require.main === module) koer();
