/** Section 1: validate the workbook, show the findings, select their cells, write the report. */
import * as React from "react";
import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  SearchBox,
  Spinner,
  Switch,
  ToggleButton,
  tokens,
  useArrowNavigationGroup,
  useId,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  CheckmarkRegular,
  DocumentTableRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import type { Alvor } from "../../../core/regler/id";
import { findRegel } from "../../../core/regler";
import { regelKilde } from "../../../core/profil/register";
import type { Aftale } from "../../../core/profil/typer";
import type { Fund } from "../../../core/regler/typer";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { ProfilBanner } from "../../komponenter/ProfilBanner";
import { Tekst } from "../../komponenter/Tekst";
import { fejlBesked, useHandling, type Handling } from "../../komponenter/useHandling";
import { holdtTekst } from "./holdt";
import { ALVOR_ETIKET, taelStatus } from "../../faelles/taelling";
import { vis } from "../../faelles/tekst";
import { debounce, fundNoegle, grupperFund, type FundFilter } from "./logik";
import { useFaellesStil } from "../../stil";
import { fundForklaring } from "../../faelles/taelling";
import type { FaellesTilstand } from "../../tilstand";

const ALVORER: readonly Alvor[] = ["fejl", "advarsel", "info"];
const TEST_ID: Record<Alvor, string> = { fejl: "status-fejl", advarsel: "status-advarsler", info: "status-info" };
const BADGE_FARVE: Record<Alvor, "danger" | "warning" | "informative"> = {
  fejl: "danger",
  advarsel: "warning",
  info: "informative",
};

/** "5.3.1" → "§ 5.3.1"; "bilag 2" → "Bilag 2"; null → the template's own requirement. */
export function paragrafTekst(p: string | null): string {
  if (!p) return "Skabelonens krav";
  if (/^\d/.test(p)) return `§ ${p}`;
  return p.charAt(0).toUpperCase() + p.slice(1);
}

const useStil = makeStyles({
  // With the shared f.listeKnap.
  fund: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  fejlKant: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  advarselKant: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  infoKant: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  sted: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  besked: { display: "block", marginTop: "2px" },
  meta: {
    display: "block",
    marginTop: "2px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  forklaring: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  citat: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontStyle: "italic",
    whiteSpace: "pre-wrap",
  },
  gruppe: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  tal: { fontVariantNumeric: "tabular-nums" },
  holdtPost: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  holdtIkon: { color: tokens.colorPaletteGreenForeground1, verticalAlign: "middle", marginRight: "4px" },
});

export function Validering(props: FaellesTilstand & { handling: Handling }): React.ReactElement {
  const { arbejdsbog, resultat, valider, handling, indlaest, annoncer, profilValg } = props;
  const s = useStil();
  const f = useFaellesStil();
  const celleHandling = useHandling();
  const rapportHandling = useHandling();
  const [filter, setFilter] = React.useState<FundFilter>({
    alvor: { fejl: true, advarsel: true, info: true },
    tekst: "",
  });
  const [auto, setAuto] = React.useState(false);
  const [autoBesked, setAutoBesked] = React.useState<ReturnType<typeof fejlBesked> | null>(null);
  const [aabne, setAabne] = React.useState<Set<string>>(new Set());
  const [visHoldt, setVisHoldt] = React.useState(false);
  const pilNavigation = useArrowNavigationGroup({ axis: "vertical", tabbable: true });
  const holdtId = useId("holdt");
  const filterId = useId("filter");
  const { koer } = handling;

  // "Opdater automatisk": re-validate 1 s after the last edit.
  React.useEffect(() => {
    if (!auto) return;
    let aktiv = true;
    let afmeld: (() => Promise<void>) | null = null;
    const d = debounce(() => void koer("Validerer …", valider), 1000);
    arbejdsbog
      .naarAendret(() => d.kald())
      .then(
        (a) => {
          if (aktiv) afmeld = a;
          else a().catch((e: unknown) => console.error(e));
        },
        (e: unknown) => {
          if (!aktiv) return;
          setAutoBesked(fejlBesked(e));
          setAuto(false);
        },
      );
    return () => {
      aktiv = false;
      d.annuller();
      if (afmeld) afmeld().catch((e: unknown) => setAutoBesked(fejlBesked(e)));
    };
  }, [auto, arbejdsbog, valider, koer]);

  const grupper = resultat ? grupperFund(resultat.fund, filter) : null;
  const antalVist = grupper ? ALVORER.reduce((n, a) => n + grupper[a].length, 0) : 0;

  const vaelg = (fund: Fund): void => {
    void celleHandling.koer("Vælger cellen …", async () => {
      await arbejdsbog.vaelgCelle(fund.ark, fund.celle);
      annoncer(`Cellen ${vis(fund.ark)}!${fund.celle} er valgt`);
    });
  };

  const skrivRapport = (): void => {
    if (!resultat) return;
    void rapportHandling.koer("Skriver rapporten …", async () => {
      const stamdata = indlaest?.skema.stamdata?.felter;
      const tilbud = vis(stamdata?.tilbud.vaerdi) || "projektmappen";
      const driftsherre = vis(stamdata?.driftsherre.vaerdi);
      const dato = new Date().toLocaleDateString("da-DK", { day: "numeric", month: "long", year: "numeric" });
      const overskrift = `Valideringsrapport for ${tilbud}${driftsherre ? ` (${driftsherre})` : ""}, ${dato}, profil ${resultat.profil}`;
      await arbejdsbog.skrivRapport(resultat.fund, overskrift);
      rapportHandling.setBesked({
        art: "success",
        tekst: `${resultat.fund.length} fund er skrevet i arket Valideringsrapport (arket erstattes ved næste kørsel).`,
      });
      annoncer("Rapporten er skrevet i arket Valideringsrapport");
    });
  };

  const skiftForklaring = (noegle: string): void => {
    setAabne((forrige) => {
      const ny = new Set(forrige);
      if (ny.has(noegle)) ny.delete(noegle);
      else ny.add(noegle);
      return ny;
    });
  };

  return (
    <div className={f.sektion}>
      <ProfilBanner {...props} />
      <div className={f.raekke}>
        <Button
          appearance="primary"
          icon={<ShieldCheckmarkRegular />}
          onClick={() => void koer("Validerer …", valider)}
          disabled={handling.arbejder !== null}
          data-testid="valider"
        >
          Valider
        </Button>
        <Button
          icon={<DocumentTableRegular />}
          onClick={skrivRapport}
          disabled={!resultat || rapportHandling.arbejder !== null}
          data-testid="skriv-rapport"
        >
          Skriv rapport
        </Button>
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      <Switch
        label="Opdater automatisk efter ændringer"
        checked={auto}
        onChange={(_, d) => {
          setAutoBesked(null);
          setAuto(d.checked);
        }}
        data-testid="opdater-automatisk"
      />
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="validering-fejl" />
      <BeskedBjaelke besked={autoBesked} onLuk={() => setAutoBesked(null)} />
      <BeskedBjaelke besked={celleHandling.besked} onLuk={() => celleHandling.setBesked(null)} />
      <BeskedBjaelke
        besked={rapportHandling.besked}
        onLuk={() => rapportHandling.setBesked(null)}
        testId="rapport-besked"
      />

      {!resultat && !handling.arbejder && !handling.besked && (
        <p className={f.hjaelp}>Tryk Valider for at kontrollere projektmappen mod profilen under Indstillinger.</p>
      )}

      {resultat && grupper && (
        <>
          <div role="group" aria-label="Vis fund efter alvor" className={f.raekke}>
            {ALVORER.map((a) => (
              <ToggleButton
                key={a}
                size="small"
                // The pressed state must show in both themes: a checkmark, and "off" looks empty.
                icon={filter.alvor[a] ? <CheckmarkRegular /> : undefined}
                appearance={filter.alvor[a] ? "secondary" : "subtle"}
                checked={filter.alvor[a]}
                onClick={() => setFilter((x) => ({ ...x, alvor: { ...x.alvor, [a]: !x.alvor[a] } }))}
                data-testid={`filter-${a}`}
              >
                {ALVOR_ETIKET[a].overskrift}&nbsp;
                <Badge
                  appearance={resultat.opsummering[a === "advarsel" ? "advarsler" : a] > 0 ? "filled" : "tint"}
                  color={BADGE_FARVE[a]}
                  className={s.tal}
                  data-testid={TEST_ID[a]}
                >
                  {resultat.opsummering[a === "advarsel" ? "advarsler" : a]}
                </Badge>
              </ToggleButton>
            ))}
          </div>
          {indlaest?.skema.takstbilag && (
            <p className={f.hjaelp} data-testid="fund-taelling">
              {fundForklaring(resultat.opsummering, taelStatus(indlaest.skema.takstbilag.raekker))}
            </p>
          )}
          <SearchBox
            className={f.fyld}
            id={filterId}
            placeholder="Søg i fund (celle, Ydelses-ID, tekst)"
            aria-label="Søg i fund"
            // Fluent's own label for the clear button is English ("clear").
            dismiss={{ "aria-label": "Ryd søgningen", title: "Ryd søgningen" }}
            value={filter.tekst}
            onChange={(_, d) => setFilter((x) => ({ ...x, tekst: d.value }))}
            data-testid="fund-soeg"
          />
          {resultat.fund.length === 0 && (
            <BeskedBjaelke
              besked={
                // Never a plain "Ingen fund" while a workbook profile has switched rules off.
                profilValg.fraArbejdsbog && profilValg.ark?.ok && profilValg.ark.lempelser.length > 0
                  ? {
                      art: "warning",
                      titel: "Ingen fund med projektmappens profil",
                      tekst: `${resultat.regler.holdt.length} regler holdt, men profilen slår regler fra eller løsner dem (se ovenfor).`,
                    }
                  : {
                      art: "success",
                      titel: "Ingen fund",
                      tekst: `Alle ${resultat.regler.holdt.length} regler, profilen har slået til, holdt.`,
                    }
              }
            />
          )}
          {resultat.fund.length > 0 && antalVist === 0 && <p className={f.hjaelp}>Ingen fund passer til filteret.</p>}

          <div {...pilNavigation}>
            {ALVORER.filter((a) => grupper[a].length > 0).map((a) => (
              <section key={a} aria-label={ALVOR_ETIKET[a].overskrift}>
                <h3 className={s.gruppe}>
                  {ALVOR_ETIKET[a].overskrift} ({grupper[a].length})
                </h3>
                <ul className={f.liste} data-testid={`fund-${a}`}>
                  {grupper[a].map((fund, i) => {
                    const noegle = fundNoegle(fund, i);
                    return (
                      <FundPost
                        aftale={profilValg.aftale}
                        key={noegle}
                        fund={fund}
                        aaben={aabne.has(noegle)}
                        onVaelg={() => vaelg(fund)}
                        onForklaring={() => skiftForklaring(noegle)}
                        kantKlasse={a === "fejl" ? s.fejlKant : a === "advarsel" ? s.advarselKant : s.infoKant}
                      />
                    );
                  })}
                </ul>
              </section>
            ))}
          </div>

          <div>
            <Button
              appearance="subtle"
              aria-expanded={visHoldt}
              aria-controls={holdtId}
              onClick={() => setVisHoldt((v) => !v)}
              data-testid="vis-holdt"
            >
              {visHoldt ? "Skjul" : "Vis"} regler der holdt ({resultat.regler.holdt.length})
            </Button>
            {visHoldt && (
              <ul id={holdtId} className={f.liste} aria-label="Regler der holdt" data-testid="regler-holdt">
                {resultat.regler.holdt.map((id) => {
                  const kilde = findRegel(id) && regelKilde(profilValg.aftale, id);
                  return (
                    <li key={id} className={mergeClasses(s.holdtPost, f.ombryd)}>
                      <CheckmarkCircleRegular className={s.holdtIkon} aria-hidden />
                      <Tekst>{holdtTekst(id)}</Tekst>{" "}
                      <span className={f.hjaelp}>
                        ({id}
                        {kilde ? `, ${paragrafTekst(kilde.paragraf)}` : ""})
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function FundPost(props: {
  fund: Fund;
  aftale: Aftale;
  aaben: boolean;
  onVaelg: () => void;
  onForklaring: () => void;
  kantKlasse: string;
}): React.ReactElement {
  const { fund, aftale, aaben, onVaelg, onForklaring, kantKlasse } = props;
  const s = useStil();
  const f = useFaellesStil();
  const forklaringId = useId("forklaring");
  const meta = findRegel(fund.regel)?.meta;
  const kilde = meta && regelKilde(aftale, fund.regel);
  return (
    <li className={f.ombryd}>
      <button
        type="button"
        className={mergeClasses(f.listeKnap, s.fund, kantKlasse)}
        onClick={onVaelg}
        data-testid="finding"
        data-celle={vis(`${fund.ark}!${fund.celle}`)}
      >
        <span className={s.sted}>
          {vis(fund.ark)}!{fund.celle}
          {fund.ydelsesId ? ` · ${vis(fund.ydelsesId)}` : ""}
        </span>
        <span className={s.besked}>
          <Tekst>{fund.besked}</Tekst>
        </span>
        <span className={s.meta}>
          {paragrafTekst(fund.paragraf)} · {fund.regel}
        </span>
      </button>
      {meta && kilde && (
        <>
          <Button
            appearance="transparent"
            size="small"
            aria-expanded={aaben}
            aria-controls={forklaringId}
            // The visible word first (label in name), then which finding: a list of "Forklaring" says nothing.
            aria-label={`${aaben ? "Skjul forklaring" : "Forklaring"} til ${vis(fund.ark)}!${fund.celle}: ${meta.beskrivelse.replace(/`/g, "")}`}
            onClick={onForklaring}
            data-testid="forklaring-knap"
          >
            {aaben ? "Skjul forklaring" : "Forklaring"}
          </Button>
          {aaben && (
            <div id={forklaringId} className={s.forklaring} data-testid="forklaring">
              <div>
                <Tekst>{meta.beskrivelse}</Tekst>
              </div>
              <blockquote className={s.citat}>
                {kilde.paragraf ? `${aftale.kortnavn}, ${paragrafTekst(kilde.paragraf)}: ` : "Skabelonen: "}“
                <Tekst>{kilde.citat}</Tekst>”
              </blockquote>
            </div>
          )}
        </>
      )}
    </li>
  );
}
