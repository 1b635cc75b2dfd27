/** Section 1: validate the workbook, show the findings, select their cells, write the report. */
import * as React from "react";
import {
  Badge,
  Button,
  mergeClasses,
  SearchBox,
  Spinner,
  Switch,
  ToggleButton,
  useId,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  CheckmarkRegular,
  DocumentTableRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import { ALVOR_ETIKET, ALVORER, antalAf, type Alvor, type Fund, paragrafEtiket, regelKilde } from "../../../core";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { ProfilBanner } from "../../komponenter/ProfilBanner";
import { Tekst } from "../../komponenter/Tekst";
import { useHandling, type Handling } from "../../komponenter/useHandling";
import { fundForklaring, taelStatus } from "../../faelles/taelling";
import { vis } from "../../faelles/tekst";
import { useFaellesStil } from "../../stil";
import type { FaellesTilstand } from "../../tilstand";
import { holdtTekst } from "./holdt";
import { grupperFund, type FundFilter } from "./logik";
import { useValideringStil as useStil } from "./stil";
import { useAutoOpdatering } from "./useAutoOpdatering";

const TEST_ID: Record<Alvor, string> = { fejl: "status-fejl", advarsel: "status-advarsler", info: "status-info" };
const BADGE_FARVE: Record<Alvor, "danger" | "warning" | "informative"> = {
  fejl: "danger",
  advarsel: "warning",
  info: "informative",
};

import { useFundliste } from "./hentFundliste";

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
  const [aabne, setAabne] = React.useState<Set<string>>(new Set());
  const [visHoldt, setVisHoldt] = React.useState(false);
  const holdtId = useId("holdt");
  const filterId = useId("filter");
  const { koer } = handling;
  const Fundliste = useFundliste();

  const { auto, setAuto, autoBesked, setAutoBesked } = useAutoOpdatering(arbejdsbog, valider, koer);

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
                  appearance={antalAf(resultat.opsummering, a) > 0 ? "filled" : "tint"}
                  color={BADGE_FARVE[a]}
                  className={s.tal}
                  data-testid={TEST_ID[a]}
                >
                  {antalAf(resultat.opsummering, a)}
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

          {Fundliste ? (
            <Fundliste
              grupper={grupper}
              aftale={profilValg.aftale}
              aabne={aabne}
              onVaelg={vaelg}
              onForklaring={skiftForklaring}
            />
          ) : (
            <Spinner size="tiny" label="Henter fundene …" />
          )}

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
                  const kilde = regelKilde(profilValg.aftale, id);
                  return (
                    <li key={id} className={mergeClasses(s.holdtPost, f.ombryd)}>
                      <CheckmarkCircleRegular className={s.holdtIkon} aria-hidden />
                      <Tekst>{holdtTekst(id)}</Tekst>{" "}
                      <span className={f.hjaelp}>
                        ({id}
                        {kilde ? `, ${paragrafEtiket(kilde.paragraf)}` : ""})
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
