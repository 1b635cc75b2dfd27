/**
 * The task pane: five sections in an accordion (a tab strip with five Danish labels does
 * not fit 320 px). It sees the workbook only through `Arbejdsbog`, so the same component
 * runs inside Excel and in the preview.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Arbejdsbog, Valideringsresultat } from "../core";
import { annonceringForValidering } from "./faelles/taelling";
import { STANDARD_VALG, type ProfilValg } from "./profil";
import { lavGodkendelser, lokaltLager, type Lager } from "./godkendelser";
import { useHandling } from "./komponenter/useHandling";
import { BeskedBjaelke } from "./komponenter/Beskeder";
import { VENTER_BESKED } from "./faelles/tekst";
import { VERSION } from "./version";
import { Validering } from "./sektioner/validering/Validering";
import { hentFundliste } from "./sektioner/validering/hentFundliste";
import type { Eksempelsaet, SekretariatData } from "./sektioner/sekretariat/typer";
import type { Miljoe } from "./sektioner/om/logik";
import { useFaellesStil } from "./stil";
import type { FaellesTilstand, Indlaest, Valideret } from "./tilstand";

// Only Validering is open when the pane starts: every other section's code (and the Fluent
// components only it uses: the combobox, dialogs, fields) loads when it is first opened, so the
// pane's first JavaScript holds no more than the first validation needs (issue 20 § 4). The
// Sekretariat's ExcelJS part loads later still, when files are picked.
const Tillaegsydelse = React.lazy(() =>
  import(/* webpackChunkName: "tillaeg" */ "./sektioner/tillaeg/Tillaegsydelse").then((m) => ({
    default: m.Tillaegsydelse,
  })),
);
const Takstbilag = React.lazy(() =>
  import(/* webpackChunkName: "takstbilag" */ "./sektioner/takstbilag/Takstbilag").then((m) => ({
    default: m.Takstbilag,
  })),
);
const Sekretariat = React.lazy(() =>
  import(/* webpackChunkName: "sekretariat-rude" */ "./sektioner/sekretariat/Sekretariat").then((m) => ({
    default: m.Sekretariat,
  })),
);
const Skabelon = React.lazy(() =>
  import(/* webpackChunkName: "skabelon" */ "./sektioner/skabelon/Skabelon").then((m) => ({
    default: m.Skabelon,
  })),
);
const Indstillinger = React.lazy(() =>
  import(/* webpackChunkName: "indstillinger" */ "./sektioner/indstillinger/Indstillinger").then((m) => ({
    default: m.Indstillinger,
  })),
);
const Om = React.lazy(() =>
  import(/* webpackChunkName: "om" */ "./sektioner/om/Om").then((m) => ({
    default: m.Om,
  })),
);

/** The reader, the profile choice and the rules: most of the code, and not needed to draw the pane. */
const hentMotor = () => import(/* webpackChunkName: "motor" */ "./motor");

/** A section whose code is still loading: a small spinner where its content will be. */
function Henter({ children }: { children: React.ReactNode }): React.ReactElement {
  return (
    <React.Suspense fallback={<Spinner size="tiny" label="Henter afsnittet …" data-testid="henter-afsnit" />}>
      {children}
    </React.Suspense>
  );
}

export interface OpgaverudeProps {
  arbejdsbog: Arbejdsbog;
  tema: Theme;
  /** Validate as soon as the pane opens (the ribbon's "Valider" opens the pane on the result). Default true. */
  validerVedStart?: boolean;
  /**
   * The workbook's location (Office.context.document.url; the file name in the preview):
   * an accepted workbook profile is remembered for it. Null or absent: for this session only.
   */
  dokument?: string | null;
  /** Where acceptances are kept (default localStorage; null: nowhere beyond the session). */
  lager?: Lager | null;
  /** A ready set of submissions for the Sekretariat section (the preview's examples/indsendt/). */
  eksempelsaet?: Eksempelsaet;
  /** Office.context.partitionKey: part of the storage key where the host partitions storage. */
  partition?: string | null;
  /** The Excel the pane runs in, for "Om Takstskema" (null or absent: outside Excel). */
  miljoe?: Miljoe | null;
}

const useStil = makeStyles({
  rod: {
    boxSizing: "border-box",
    minWidth: 0,
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  top: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  titel: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  undertitel: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  panel: {
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    marginLeft: 0,
    marginRight: 0,
  },
  overskrift: {
    fontWeight: tokens.fontWeightSemibold,
  },
  fod: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

export function Opgaverude(props: OpgaverudeProps): React.ReactElement {
  const s = useStil();
  return (
    // The layout class sits on an inner div: FluentProvider copies its own className onto the
    // portal container of every popup (applyStylesToPortals), and min-height/background there
    // laid a blank sheet over the whole page when a dropdown opened.
    <FluentProvider theme={props.tema} lang="da" style={{ minHeight: "100%" }}>
      <div className={s.rod}>
        <Indhold {...props} />
      </div>
    </FluentProvider>
  );
}

function Indhold({
  arbejdsbog,
  validerVedStart = true,
  dokument,
  lager,
  eksempelsaet,
  partition,
  miljoe,
}: OpgaverudeProps): React.ReactElement {
  const s = useStil();
  const f = useFaellesStil();
  const [indlaest, setIndlaest] = React.useState<Indlaest | null>(null);
  const [profilValg, setProfilValg] = React.useState<ProfilValg>(STANDARD_VALG);
  const [resultat, setResultat] = React.useState<Valideringsresultat | null>(null);
  const [annoncering, setAnnoncering] = React.useState("");
  const [aabne, setAabne] = React.useState<string[]>(["validering"]);
  // Kept here: a collapsed section's panel is unmounted, and the checked submissions must stay.
  const [sekretariat, setSekretariat] = React.useState<SekretariatData | null>(null);
  const valideringHandling = useHandling();
  const sekvens = React.useRef(0);
  const godkendelser = React.useMemo(
    () => lavGodkendelser(dokument ?? null, lager === undefined ? lokaltLager() : lager, partition),
    [dokument, lager, partition],
  );

  const annoncer = React.useCallback((tekst: string) => {
    // A zero-width space toggles so the same words are announced again.
    setAnnoncering((forrige) => (forrige === tekst ? tekst + "\u200b" : tekst));
  }, []);

  const valider = React.useCallback(async (): Promise<Valideret> => {
    const nr = ++sekvens.current;
    // The workbook is read while the engine loads (the first time; later it is there).
    // The findings' list comes with it, so a result never shows before its list.
    const [snapshot, motor] = await Promise.all([arbejdsbog.laesSnapshot(), hentMotor(), hentFundliste()]);
    const { skema, valg, resultat: r } = motor.laesOgValider(snapshot, godkendelser.erGodkendt);
    if (nr === sekvens.current) {
      setIndlaest({ snapshot, skema });
      setProfilValg(valg);
      setResultat(r);
      annoncer(annonceringForValidering(r.opsummering));
    }
    return { snapshot, skema, resultat: r };
  }, [arbejdsbog, annoncer, godkendelser]);

  // The engine starts loading with the pane, also when it does not validate at once.
  React.useEffect(() => {
    Promise.all([hentMotor(), hentFundliste()]).catch(() => undefined); // valider() reports a failed load
  }, []);

  // Excel holds every call while the user edits a cell: say so rather than spin for ever.
  const [venter, setVenter] = React.useState(false);
  React.useEffect(() => arbejdsbog.foelgVentetid?.(setVenter), [arbejdsbog]);

  const faelles: FaellesTilstand = { arbejdsbog, indlaest, profilValg, resultat, valider, godkendelser, annoncer };

  const startet = React.useRef(false);
  React.useEffect(() => {
    if (!validerVedStart || startet.current) return;
    startet.current = true;
    void valideringHandling.koer("Validerer …", valider);
  }, [validerVedStart, valider, valideringHandling]);

  const harTakstbilag = !!indlaest?.skema.takstbilag;
  // A takstbilag (no tblYdelser) puts its own section first and opens on it the first time it is read.
  const erBilag = indlaest?.skema.type === "takstbilag";
  const bilagAabnet = React.useRef(false);
  React.useEffect(() => {
    if (erBilag && !bilagAabnet.current) {
      bilagAabnet.current = true;
      setAabne(["takstbilag"]);
    }
  }, [erBilag]);
  const takstbilag = {
    id: "takstbilag",
    titel: "Takstbilag",
    indhold: (
      <Henter>
        <Takstbilag {...faelles} />
      </Henter>
    ),
  };
  const sektioner: { id: string; titel: string; indhold: React.ReactNode }[] = [
    ...(harTakstbilag && erBilag ? [takstbilag] : []),
    { id: "validering", titel: "Validering", indhold: <Validering {...faelles} handling={valideringHandling} /> },
    {
      id: "tillaeg",
      titel: "Tillægsydelse",
      indhold: (
        <Henter>
          <Tillaegsydelse {...faelles} />
        </Henter>
      ),
    },
    ...(harTakstbilag && !erBilag ? [takstbilag] : []),
    {
      id: "sekretariat",
      titel: "Sekretariat",
      indhold: (
        <Henter>
          <Sekretariat {...faelles} data={sekretariat} setData={setSekretariat} eksempelsaet={eksempelsaet} />
        </Henter>
      ),
    },
    {
      id: "skabelon",
      titel: "Skabelon",
      indhold: (
        <Henter>
          <Skabelon {...faelles} />
        </Henter>
      ),
    },
    {
      id: "indstillinger",
      titel: "Indstillinger",
      indhold: (
        <Henter>
          <Indstillinger {...faelles} />
        </Henter>
      ),
    },
    {
      id: "om",
      titel: "Om Takstskema",
      indhold: (
        <Henter>
          <Om {...faelles} miljoe={miljoe ?? null} />
        </Henter>
      ),
    },
  ];

  return (
    <main aria-label="Takstskema">
      <header className={s.top}>
        <h1 className={s.titel}>Takstskema</h1>
        <p className={s.undertitel}>Kontrol mod {profilValg.aftale.navn}</p>
      </header>
      <div role="status" aria-live="polite" aria-atomic="true" className={f.skjult} data-testid="annoncering">
        {annoncering}
      </div>
      {venter && (
        <div className={s.top}>
          <BeskedBjaelke besked={VENTER_BESKED} testId="besked-venter" />
        </div>
      )}
      <Accordion multiple collapsible openItems={aabne} onToggle={(_, d) => setAabne(d.openItems.map(String))}>
        {sektioner.map((sek) => (
          <AccordionItem key={sek.id} value={sek.id} data-testid={`sektion-${sek.id}`}>
            <AccordionHeader as="h2" size="large" expandIconPosition="end" className={s.overskrift}>
              {sek.titel}
            </AccordionHeader>
            <AccordionPanel className={s.panel}>{sek.indhold}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <footer className={s.fod}>
        <span data-testid="version">Takstskema {VERSION}</span>
      </footer>
    </main>
  );
}
