/**
 * The preview: the same task pane as in Excel, beside a grid of a workbook held in the
 * browser (the in-memory Excel fake). No Office.js, no network besides its own files.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  Field,
  makeStyles,
  Select,
  Spinner,
  Switch,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { type Arbejdsbog, type Profilindgang, registrerProfil, type WorkbookSnapshot } from "../core";
import { laesXlsx } from "../adapters/xlsx/laes-xlsx";
import { lavArbejdsbog } from "../excel";
import { lavFakeExcel, type FakeExcel } from "../excel/fake";
import { Opgaverude } from "../taskpane/Opgaverude";
import { BeskedBjaelke, type Besked } from "../taskpane/komponenter/Beskeder";
import { laesDanskTal } from "../taskpane/faelles/tal";
import { fejlTekst, vis } from "../taskpane/faelles/tekst";
import { EKSEMPLER, INDSENDTE, STANDARD_EKSEMPEL } from "./eksempler";
import type { Eksempelsaet } from "../taskpane/sektioner/sekretariat/typer";
import { Gitter, type Valgt } from "./Gitter";
import { overvaagArbejdsbog } from "./overvaag";

const useStil = makeStyles({
  side: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // Narrow: the page scrolls as a whole, the pane first and the grid below it.
    "@media (max-width: 760px)": { height: "auto", minHeight: "100vh" },
  },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  titel: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  undertitel: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  skjultInput: { display: "none" },
  indhold: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 760px)": { flexDirection: "column-reverse", flexGrow: 0 },
  },
  gitter: {
    flexGrow: 1,
    minWidth: 0,
    minHeight: "240px",
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    "@media (max-width: 760px)": { height: "420px", flexGrow: 0 },
  },
  rude: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    overflowX: "hidden",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 760px)": { width: "100%", borderLeft: "none", overflowY: "visible" },
  },
  traek: {
    position: "fixed",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(0, 90, 158, 0.15)",
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase500,
    zIndex: 10,
    pointerEvents: "none",
  },
  besked: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

interface Indlaest {
  navn: string;
  fake: FakeExcel;
  arbejdsbog: Arbejdsbog;
  /** Bumped on every new workbook so the pane starts afresh. */
  noegle: number;
}

/** Text typed into a grid cell → a cell value, the way Excel would read it (Danish numbers). */
function celleVaerdi(tekst: string): string | number | null {
  if (tekst.trim() === "") return null;
  if (/^[\s−\-\d.,]+$/.test(tekst)) {
    const d = laesDanskTal(tekst);
    if (d) return d.toNumber();
  }
  return tekst;
}

function startParametre(): { eksempel: string; moerk: boolean; excelApi?: string } {
  const p = new URLSearchParams(window.location.search);
  const e = p.get("eksempel");
  // ?excelapi=1.7: the pane as in an Excel with that API set (e.g. no Excel.createWorkbook below 1.8).
  const api = p.get("excelapi");
  return {
    eksempel: e && EKSEMPLER.some((x) => x.fil === e) ? e : STANDARD_EKSEMPEL,
    moerk: p.get("tema") === "moerk",
    ...(api && /^1\.\d{1,2}$/.test(api) ? { excelApi: api } : {}),
  };
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function hentEksempelfil(sti: string): Promise<ArrayBuffer> {
  const svar = await fetch(sti);
  if (!svar.ok) throw new Error(`eksemplet ${sti} findes ikke på serveren (HTTP ${svar.status})`);
  return svar.arrayBuffer();
}

/**
 * The example the page opens with, fetched as soon as the code runs rather than after the first
 * render: the pane's first validation waits for it (issue 20 § 4). Used once, by the first open.
 */
let startHentning: { fil: string; data: Promise<ArrayBuffer> } | null = (() => {
  const fil = startParametre().eksempel;
  const data = hentEksempelfil(`examples/${encodeURIComponent(fil)}`);
  data.catch(() => undefined); // reported when the page opens it
  return { fil, data };
})();

/** The bundled submissions as picked files, for the Sekretariat section. */
const EKSEMPELSAET: Eksempelsaet = {
  navn: `Brug de ${INDSENDTE.length} indsendte eksempler`,
  hent: () =>
    Promise.all(
      INDSENDTE.map(
        async (navn) =>
          new File([await hentEksempelfil(`examples/indsendt/${encodeURIComponent(navn)}`)], navn, { type: XLSX_TYPE }),
      ),
    ),
};

function fraBase64(b64: string): ArrayBuffer {
  const binaer = atob(b64);
  const ud = new Uint8Array(binaer.length);
  for (let i = 0; i < binaer.length; i++) ud[i] = binaer.charCodeAt(i);
  return ud.buffer;
}

function Forhaandsvisning(): React.ReactElement {
  const s = useStil();
  const start = React.useMemo(startParametre, []);
  const [moerk, setMoerk] = React.useState(start.moerk);
  const [eksempel, setEksempel] = React.useState<string>(start.eksempel);
  const [indlaest, setIndlaest] = React.useState<Indlaest | null>(null);
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  const [aktivtArk, setAktivtArk] = React.useState("");
  const [valgt, setValgt] = React.useState<Valgt | null>(null);
  const [besked, setBesked] = React.useState<Besked | null>(null);
  const [henter, setHenter] = React.useState(false);
  const [traekker, setTraekker] = React.useState(false);
  const filRef = React.useRef<HTMLInputElement>(null);
  const noegle = React.useRef(0);

  const aabn = React.useCallback(
    async (navn: string, data: () => Promise<ArrayBuffer>) => {
      setHenter(true);
      setBesked(null);
      try {
        const snap = await laesXlsx(new Uint8Array(await data()));
        const fake = lavFakeExcel(snap, start.excelApi ? { excelApi: start.excelApi } : {});
        const opretProjektmappe = async (b64: string): Promise<void> => {
          // Excel opens the new workbook in its own window; the preview shows it in the grid.
          setEksempel("");
          await aabnRef.current("takstbilag.xlsx", async () => fraBase64(b64));
        };
        const arbejdsbog = overvaagArbejdsbog(
          lavArbejdsbog(fake.run, { understoetter: fake.understoetter, opretProjektmappe }),
          {
            efterSkrivning: () => setSnapshot(fake.snapshot()),
            efterValg: (ark, celle) => {
              const rigtigt = fake.snapshot().sheets.find((a) => a.name.toLowerCase() === ark.toLowerCase());
              if (rigtigt) setAktivtArk(rigtigt.name);
              setValgt({ ark: rigtigt?.name ?? ark, celle });
            },
          },
        );
        const foerste = snap.sheets.find((a) => (a.visibility ?? "visible") === "visible");
        setIndlaest({ navn, fake, arbejdsbog, noegle: ++noegle.current });
        setSnapshot(fake.snapshot());
        setAktivtArk(foerste?.name ?? "");
        setValgt(null);
      } catch (e) {
        setBesked({ art: "error", tekst: `${navn} kunne ikke åbnes: ${fejlTekst(e)}` });
      } finally {
        setHenter(false);
      }
    },
    [start.excelApi],
  );
  const aabnRef = React.useRef(aabn);
  aabnRef.current = aabn;

  const hentEksempel = React.useCallback(
    (fil: string) =>
      aabn(fil, () => {
        const tidlig = startHentning?.fil === fil ? startHentning.data : null;
        startHentning = null;
        return tidlig ?? hentEksempelfil(`examples/${encodeURIComponent(fil)}`);
      }),
    [aabn],
  );

  React.useEffect(() => {
    void hentEksempel(start.eksempel);
  }, [hentEksempel, start.eksempel]);

  const aabnFil = (fil: File | undefined): void => {
    if (!fil) return;
    if (!/\.xlsx$/i.test(fil.name)) {
      setBesked({
        art: "error",
        tekst: `${fil.name} er ikke en .xlsx-fil. Forhåndsvisningen kan kun åbne Excel-projektmapper (.xlsx).`,
      });
      return;
    }
    setEksempel("");
    void aabn(fil.name, () => fil.arrayBuffer());
  };

  // The whole page accepts a dropped .xlsx.
  React.useEffect(() => {
    const over = (e: DragEvent): void => {
      if (e.dataTransfer?.types.includes("Files")) {
        e.preventDefault();
        setTraekker(true);
      }
    };
    const ud = (e: DragEvent): void => {
      if (e.relatedTarget === null) setTraekker(false);
    };
    const slip = (e: DragEvent): void => {
      e.preventDefault();
      setTraekker(false);
      aabnFilRef.current(e.dataTransfer?.files[0]);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", ud);
    window.addEventListener("drop", slip);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", ud);
      window.removeEventListener("drop", slip);
    };
  }, []);
  const aabnFilRef = React.useRef(aabnFil);
  aabnFilRef.current = aabnFil;

  const rediger = (ark: string, celle: string, tekst: string): void => {
    if (!indlaest) return;
    try {
      indlaest.fake.redigerCelle(ark, celle, celleVaerdi(tekst));
      setSnapshot(indlaest.fake.snapshot());
    } catch (e) {
      setBesked({ art: "error", tekst: fejlTekst(e) });
    }
  };

  const tema = moerk ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={tema} lang="da">
      <div className={s.side}>
        <header className={s.top}>
          <div>
            <h1 className={s.titel}>Takstskema – forhåndsvisning</h1>
            <p className={s.undertitel}>
              Opgaveruden som i Excel, mod en projektmappe i browseren. Intet sendes nogen steder hen.
            </p>
          </div>
          <Field label="Eksempel" size="small">
            <Select
              size="small"
              value={eksempel}
              onChange={(_, d) => {
                setEksempel(d.value);
                void hentEksempel(d.value);
              }}
              data-testid="vaelg-eksempel"
            >
              {eksempel === "" && <option value="">Egen fil</option>}
              {EKSEMPLER.map((e) => (
                <option key={e.fil} value={e.fil}>
                  {e.navn}
                </option>
              ))}
            </Select>
          </Field>
          <Button size="small" icon={<FolderOpenRegular />} onClick={() => filRef.current?.click()}>
            Åbn .xlsx …
          </Button>
          <input
            ref={filRef}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={s.skjultInput}
            aria-label="Åbn en .xlsx-fil"
            data-testid="fil-input"
            onChange={(e) => {
              aabnFil(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          <Switch label="Mørkt tema" checked={moerk} onChange={(_, d) => setMoerk(d.checked)} />
          {henter && <Spinner size="tiny" label="Åbner …" />}
          {indlaest && !henter && (
            <span className={s.undertitel} data-testid="aaben-fil">
              Åben: {vis(indlaest.navn)}
            </span>
          )}
        </header>
        {besked && (
          <div className={s.besked}>
            <BeskedBjaelke besked={besked} onLuk={() => setBesked(null)} testId="preview-fejl" />
          </div>
        )}
        <div className={s.indhold}>
          <section className={s.gitter} aria-label="Projektmappen">
            {snapshot && (
              <Gitter
                snapshot={snapshot}
                aktivtArk={aktivtArk}
                onSkiftArk={setAktivtArk}
                valgt={valgt}
                onVaelg={setValgt}
                onRediger={rediger}
              />
            )}
          </section>
          <aside className={s.rude} aria-label="Opgaverude" data-testid="opgaverude">
            {indlaest && (
              <Opgaverude
                key={indlaest.noegle}
                arbejdsbog={indlaest.arbejdsbog}
                tema={tema}
                // The preview's stand-in for the document URL: the file's name in this browser.
                dokument={`preview:${indlaest.navn}`}
                eksempelsaet={EKSEMPELSAET}
              />
            )}
          </aside>
        </div>
        {traekker && (
          <div className={s.traek} aria-hidden>
            Slip .xlsx-filen for at åbne den
          </div>
        )}
      </div>
    </FluentProvider>
  );
}

declare global {
  interface Window {
    /**
     * Test hook: profile folders that do not ship, set by a browser test before the page's
     * script runs (the fictitious test region, tests/profil/testregion/). Never set in use.
     */
    takstskemaTestprofiler?: readonly Profilindgang[];
  }
}
for (const indgang of window.takstskemaTestprofiler ?? []) registrerProfil(indgang);

const rod = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
rod.replaceChildren();
createRoot(rod).render(
  <React.StrictMode>
    <Forhaandsvisning />
  </React.StrictMode>,
);
