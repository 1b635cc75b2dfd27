/**
 * The workbook's own profile in Validering: a prompt while it is not accepted (it is not
 * used until the user says so), and a banner that stays while it is in force, naming
 * every rule it turns off and every threshold it loosens.
 */
import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { lempelseTekst, TAKSTPROFIL_ARK } from "../../core";
import { GODKENDELSE_HUSKES } from "../godkendelser";
import { vis } from "../faelles/tekst";
import { arkProfilNavn, efterligningTekst, lempelsesOverskrift } from "../profil";
import type { FaellesTilstand } from "../tilstand";
import type { Handling } from "./useHandling";

const useStil = makeStyles({
  liste: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: "18px",
    overflowWrap: "anywhere",
    // Every rule is named, but 48 of them must not push the findings off the pane.
    maxHeight: "14em",
    overflowY: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  handlinger: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

const SKJULT = { visible: "", hidden: " (skjult)", veryHidden: " (meget skjult)" } as const;

export function ProfilBanner(props: FaellesTilstand & { handling: Handling }): React.ReactElement | null {
  const { profilValg, godkendelser, valider, handling, annoncer } = props;
  const s = useStil();
  const [afvist, setAfvist] = React.useState<string | null>(null);
  const ark = profilValg.ark;
  if (!ark) return null;

  if (!ark.ok) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="profil-ugyldig">
        <MessageBarBody>
          <MessageBarTitle>Projektmappens profil bruges ikke</MessageBarTitle> Arket {TAKSTPROFIL_ARK}
          {SKJULT[ark.synlighed]} indeholder en profil, der ikke kan læses. Der valideres med standardprofilen.
          <ul className={s.liste}>
            {ark.fejl.slice(0, 10).map((f, i) => (
              <li key={i}>{vis(f)}</li>
            ))}
            {ark.fejl.length > 10 && <li>… og {ark.fejl.length - 10} flere</li>}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const efterligning = efterligningTekst(ark);
  const liste = (
    // Focusable so the list can be scrolled from the keyboard.
    <ul className={s.liste} data-testid="profil-lempelser" tabIndex={0} aria-label="Det profilen slår fra eller løsner">
      {ark.lempelser.map((l) => (
        <li key={l.sti}>{vis(lempelseTekst(l))}</li>
      ))}
    </ul>
  );

  if (profilValg.fraArbejdsbog) {
    const brugStandard = (): void => {
      void handling.koer("Validerer med standardprofilen …", async () => {
        godkendelser.tilbagekald();
        setAfvist(ark.noegle);
        await valider();
        annoncer("Der valideres nu med standardprofilen");
      });
    };
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="profil-banner" politeness="polite">
        <MessageBarBody>
          <MessageBarTitle>Projektmappens egen profil er i brug</MessageBarTitle> Der valideres med{" "}
          {vis(arkProfilNavn(ark))} fra arket {TAKSTPROFIL_ARK}
          {SKJULT[ark.synlighed]}, ikke med {ark.base.id}. {efterligning ? `${vis(efterligning)} ` : ""}
          {lempelsesOverskrift(ark)}
          {ark.lempelser.length > 0 && liste}
          <div className={s.handlinger}>
            <Button
              size="small"
              onClick={brugStandard}
              disabled={handling.arbejder !== null}
              data-testid="profil-tilbagekald"
            >
              Brug standardprofilen
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const godkend = (): void => {
    void handling.koer("Validerer med projektmappens profil …", async () => {
      godkendelser.godkend(ark.noegle);
      await valider();
      annoncer("Der valideres nu med projektmappens egen profil");
    });
  };

  if (afvist === ark.noegle) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="profil-afvist">
        <MessageBarBody>
          Projektmappens egen profil i arket {TAKSTPROFIL_ARK} bruges ikke; der valideres med {profilValg.profil.id}.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => setAfvist(null)} data-testid="profil-gennemse">
            Vis profilen
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  return (
    <MessageBar intent="warning" layout="multiline" data-testid="profil-spoergsmaal">
      <MessageBarBody>
        <MessageBarTitle>Projektmappen har sin egen profil</MessageBarTitle> Arket {TAKSTPROFIL_ARK}
        {SKJULT[ark.synlighed]} indeholder {vis(arkProfilNavn(ark))}. Den bruges ikke, før du godkender den. Godkend den
        kun, hvis du ved, hvem der har lagt den i projektmappen (fx sekretariatet i skabelonen).{" "}
        {efterligning ? `${vis(efterligning)} ` : ""}
        {lempelsesOverskrift(ark)} {GODKENDELSE_HUSKES}
        <div className={s.handlinger}>
          <Button
            size="small"
            appearance="primary"
            onClick={godkend}
            disabled={handling.arbejder !== null}
            data-testid="profil-godkend"
          >
            Brug projektmappens profil
          </Button>
          <Button size="small" onClick={() => setAfvist(ark.noegle)} data-testid="profil-afvis">
            Behold standardprofilen
          </Button>
        </div>
        {ark.lempelser.length > 0 && liste}
      </MessageBarBody>
    </MessageBar>
  );
}
