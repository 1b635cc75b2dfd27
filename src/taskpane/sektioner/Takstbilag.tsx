/** Section 3 (only for a workbook with tblTakstbilag): status counts, largest changes, pladsændringer, "Marker status". */
import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { TagMultipleRegular } from "@fluentui/react-icons";
import { formaterAntal } from "../../core/format";
import type { TakstbilagRaekke } from "../../core/model";
import { BeskedBjaelke } from "../komponenter/Beskeder";
import { useHandling } from "../komponenter/useHandling";
import { vaelgProfil } from "../profil";
import {
  bevaretTekst,
  pladsaendringer,
  stoersteAendringer,
  takstbilagStatusser,
  taelStatus,
  vis,
  type TakstAendring,
} from "../logik";
import type { FaellesTilstand } from "../Opgaverude";
import { useFaellesStil } from "../stil";

const useStil = makeStyles({
  knap: {
    display: "block",
    width: "100%",
    textAlign: "left",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  hoved: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  navn: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  op: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  ned: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  begrundelse: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  mangler: { display: "block", marginTop: "2px", color: tokens.colorPaletteRedForeground1 },
});

function raekkeNavn(r: TakstbilagRaekke): string {
  const dele = [r.ydelsesId.vaerdi, r.tilbud.vaerdi, r.driftsherre.vaerdi].filter(
    (x): x is string => !!x && x.trim() !== "",
  );
  return dele.length ? vis(dele.join(" · ")) : `Række ${r.raekke}`;
}

export function Takstbilag(props: FaellesTilstand): React.ReactElement | null {
  const { arbejdsbog, indlaest, valider, annoncer, godkendelser } = props;
  const s = useStil();
  const f = useFaellesStil();
  const handling = useHandling();
  const celleHandling = useHandling();
  const tabel = indlaest?.skema.takstbilag;
  if (!tabel) return null;

  const raekker = tabel.raekker;
  const taelling = taelStatus(raekker);
  const { stigninger, fald } = stoersteAendringer(raekker, 5);
  const pladser = pladsaendringer(raekker);

  const vaelg = (ark: string, celle: string): void => {
    void celleHandling.koer("Vælger cellen …", () => arbejdsbog.vaelgCelle(ark, celle));
  };

  const markerStatus = (): void => {
    void handling.koer("Markerer status …", async () => {
      // Validate afresh so Status matches the workbook as it is now (and row positions are current).
      const { resultat, skema, snapshot } = await valider();
      // The profile the validation used: the workbook's only when the user has accepted it.
      const valg = vaelgProfil(snapshot, godkendelser.erGodkendt);
      const statusser = takstbilagStatusser(skema, resultat.fund, valg.profil);
      await arbejdsbog.markerStatus(statusser);
      await valider();
      const t = { OK: 0, Advarsel: 0, Fejl: 0 };
      for (const st of statusser) t[st.status]++;
      const tekst = `Status er markeret på ${statusser.length} rækker: ${t.OK} OK, ${t.Advarsel} advarsel, ${t.Fejl} fejl.`;
      const bevaret = bevaretTekst(statusser);
      handling.setBesked({
        art: bevaret ? "warning" : "success",
        tekst: `${tekst} Kun kolonnerne Status og Fund er ændret.${bevaret ? ` ${bevaret}` : ""}`,
      });
      annoncer(bevaret ? `${tekst} ${bevaret}` : tekst);
    });
  };

  return (
    <div className={f.sektion}>
      <div role="group" aria-label="Rækker efter status" className={f.raekke} data-testid="takstbilag-status">
        <Badge appearance="tint" color="success">
          OK: {taelling.OK}
        </Badge>
        <Badge appearance="tint" color="warning">
          Advarsel: {taelling.Advarsel}
        </Badge>
        <Badge appearance="tint" color="danger">
          Fejl: {taelling.Fejl}
        </Badge>
        <Badge appearance="outline" color="informative">
          Ikke markeret: {taelling.tom}
        </Badge>
      </div>
      <p className={f.hjaelp}>
        {formaterAntal(raekker.length)} takster i {vis(tabel.ark)}. Klik på en række for at gå til den.
      </p>
      <div className={f.raekke}>
        <Button
          appearance="primary"
          icon={<TagMultipleRegular />}
          onClick={markerStatus}
          disabled={handling.arbejder !== null}
          data-testid="marker-status"
        >
          Marker status
        </Button>
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      <p className={f.hjaelp}>Marker status validerer og udfylder kun kolonnerne Status og Fund.</p>
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="takstbilag-besked" />
      <BeskedBjaelke besked={celleHandling.besked} onLuk={() => celleHandling.setBesked(null)} />

      <AendringsListe
        titel="Største stigninger"
        tom="Ingen takster er steget."
        liste={stigninger}
        klasse={s.op}
        onVaelg={vaelg}
        testId="stigninger"
      />
      <AendringsListe
        titel="Største fald"
        tom="Ingen takster er faldet."
        liste={fald}
        klasse={s.ned}
        onVaelg={vaelg}
        testId="fald"
      />

      <h3 className={f.underoverskrift}>Pladsændringer ({pladser.length})</h3>
      {pladser.length === 0 ? (
        <p className={f.hjaelp}>Ingen rækker ændrer pladsantal.</p>
      ) : (
        <ul className={f.liste} data-testid="pladsaendringer">
          {pladser.map((r) => {
            const begrundelse = vis(r.bemaerkninger.vaerdi?.trim());
            const aarsag = r.aarsag.vaerdi ? vis(r.aarsag.vaerdi) : null;
            return (
              <li key={r.raekke} className={f.ombryd}>
                <button
                  type="button"
                  className={s.knap}
                  onClick={() => vaelg(r.bemaerkninger.ark, r.bemaerkninger.adresse)}
                >
                  <span className={s.hoved}>
                    <span className={mergeClasses(s.navn, f.ombryd)}>{raekkeNavn(r)}</span>
                    <span className={f.tal}>
                      {formaterAntal(r.pladserSidsteAar.vaerdi ?? 0)} → {formaterAntal(r.pladser.vaerdi ?? 0)} pladser
                    </span>
                  </span>
                  {aarsag && <span className={s.begrundelse}>Årsag: {aarsag}</span>}
                  {begrundelse ? (
                    <span className={s.begrundelse}>{begrundelse}</span>
                  ) : (
                    <span className={s.mangler}>Ingen begrundelse i Bemærkninger.</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function AendringsListe(props: {
  titel: string;
  tom: string;
  liste: TakstAendring[];
  klasse: string;
  onVaelg: (ark: string, celle: string) => void;
  testId: string;
}): React.ReactElement {
  const s = useStil();
  const f = useFaellesStil();
  return (
    <>
      <h3 className={f.underoverskrift}>{props.titel}</h3>
      {props.liste.length === 0 ? (
        <p className={f.hjaelp}>{props.tom}</p>
      ) : (
        <ol className={f.liste} data-testid={props.testId}>
          {props.liste.map((a) => {
            const r = a.raekke;
            const begrundelse = vis(r.bemaerkninger.vaerdi?.trim());
            return (
              <li key={r.raekke} className={f.ombryd}>
                <button type="button" className={s.knap} onClick={() => props.onVaelg(r.takst.ark, r.takst.adresse)}>
                  <span className={s.hoved}>
                    <span className={mergeClasses(s.navn, f.ombryd)}>{raekkeNavn(r)}</span>
                    <span className={props.klasse}>{a.tekst}</span>
                  </span>
                  {begrundelse ? (
                    <span className={s.begrundelse}>{begrundelse}</span>
                  ) : (
                    <span className={s.mangler}>Ingen begrundelse i Bemærkninger.</span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
