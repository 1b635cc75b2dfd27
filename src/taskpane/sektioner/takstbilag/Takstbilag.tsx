/**
 * Section 3 (only for a workbook with tblTakstbilag): status counts, "Marker status", and what
 * DAS decides as the bilag's Oversigt shows it (takstændringer over the threshold and
 * pladsændringer, largest first, made by the core's takstbilag).
 */
import * as React from "react";
import { Spinner, ToggleButton, tokens } from "@fluentui/react-components";
import { TagMultipleRegular } from "@fluentui/react-icons";
import { antalTekst, formaterAntal, type Fortrydelse, type TakstbilagRaekke } from "../../../core";
import { BekraeftKnap } from "../../komponenter/Bekraeft";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { useHandling, validerIgen } from "../../komponenter/useHandling";
import { vaelgProfil } from "../../profilvalg";
import { statusForklaring, taelStatus, type StatusTaelling } from "../../faelles/taelling";
import { vis } from "../../faelles/tekst";
import { bevaretTekst, dasLister, takstbilagStatusser } from "./logik";
import { AendringsListe, RaekkeKnap, RaekkeListe } from "./RaekkeListe";
import { useTakstbilagStil as useStil } from "./stil";
import { useFaellesStil } from "../../stil";
import type { FaellesTilstand } from "../../tilstand";

type StatusValg = keyof StatusTaelling;

const STATUS_KNAPPER: { valg: StatusValg; etiket: string; farve: string }[] = [
  { valg: "OK", etiket: "OK", farve: tokens.colorPaletteGreenBorder2 },
  { valg: "Advarsel", etiket: "Advarsel", farve: tokens.colorPaletteDarkOrangeBorder2 },
  { valg: "Fejl", etiket: "Fejl", farve: tokens.colorPaletteRedBorder2 },
  { valg: "tom", etiket: "Ikke markeret", farve: tokens.colorNeutralStroke1 },
];

/** The row's Status as the filter sees it ("tom" when empty or not one of the three). */
function statusAf(r: TakstbilagRaekke): StatusValg {
  const s = r.status.vaerdi;
  return s === "OK" || s === "Advarsel" || s === "Fejl" ? s : "tom";
}

export function Takstbilag(props: FaellesTilstand): React.ReactElement | null {
  const { arbejdsbog, indlaest, valider, annoncer, godkendelser, resultat, profilValg } = props;
  const s = useStil();
  const f = useFaellesStil();
  const handling = useHandling();
  const celleHandling = useHandling();
  const [statusFilter, setStatusFilter] = React.useState<StatusValg | null>(null);
  const tabel = indlaest?.skema.takstbilag;
  if (!tabel) return null;

  const raekker = tabel.raekker;
  const taelling = taelStatus(raekker);
  // A status badge filters every list below to the rows with that status.
  const vist = statusFilter === null ? raekker : raekker.filter((r) => statusAf(r) === statusFilter);
  const das = dasLister(vist, profilValg.profil);

  const vaelg = (ark: string, celle: string): void => {
    void celleHandling.koer("Vælger cellen …", async () => {
      await arbejdsbog.vaelgCelle(ark, celle);
      annoncer(`Cellen ${vis(ark)}!${celle} er valgt`);
    });
  };

  const fortryd = (fortrydelse: Fortrydelse): void => {
    void handling.koer("Fortryder …", async () => {
      await arbejdsbog.fortryd(fortrydelse);
      handling.setBesked({
        art: "info",
        titel: "Fortrudt",
        tekst: "Status og Fund er som før markeringen.",
      });
      annoncer("Markeringen af status er fortrudt");
      await validerIgen(handling, valider);
    });
  };

  const markerStatus = (): void => {
    void handling.koer("Markerer status …", async () => {
      // Validate afresh so Status matches the workbook as it is now (and row positions are current).
      const { resultat, skema, snapshot } = await valider();
      // The profile the validation used: the workbook's only when the user has accepted it.
      const valg = vaelgProfil(snapshot, godkendelser.erGodkendt);
      const statusser = takstbilagStatusser(skema, resultat.fund, valg.profil);
      const fortrydelse = await arbejdsbog.markerStatus(statusser);
      const t = { OK: 0, Advarsel: 0, Fejl: 0 };
      for (const st of statusser) t[st.status]++;
      const tekst = `Status er markeret på ${formaterAntal(statusser.length)} ${statusser.length === 1 ? "række" : "rækker"}: ${t.OK} OK, ${antalTekst(t.Advarsel, "advarsel")}, ${antalTekst(t.Fejl, "fejl")}.`;
      const bevaret = bevaretTekst(statusser);
      handling.setBesked({
        art: bevaret ? "warning" : "success",
        tekst: `${tekst} Kun kolonnerne Status og Fund er ændret.${bevaret ? ` ${bevaret}` : ""}`,
        handling: { tekst: "Fortryd", onKlik: () => fortryd(fortrydelse), testId: "fortryd-status" },
      });
      annoncer(bevaret ? `${tekst} ${bevaret}` : tekst);
      await validerIgen(handling, valider);
    });
  };

  return (
    <div className={f.sektion}>
      <div role="group" aria-label="Vis rækker efter status" className={f.raekke} data-testid="takstbilag-status">
        {STATUS_KNAPPER.map((k) => (
          <ToggleButton
            key={k.valg}
            size="small"
            appearance={statusFilter === k.valg ? "primary" : "outline"}
            checked={statusFilter === k.valg}
            className={s.statusKnap}
            style={{ borderLeftColor: k.farve }}
            onClick={() => setStatusFilter((x) => (x === k.valg ? null : k.valg))}
            data-testid={`status-filter-${k.valg}`}
          >
            {k.etiket}: {taelling[k.valg]}
          </ToggleButton>
        ))}
      </div>
      <p className={f.hjaelp} data-testid="takstbilag-taelling">
        {statusForklaring(taelling, resultat?.opsummering ?? null)} Takstbilaget står på arket {vis(tabel.ark)}. Vælg en
        status for kun at se de rækker; klik på en række for at gå til den.
      </p>
      <div className={f.raekke}>
        <BekraeftKnap
          knap={{
            appearance: "primary",
            icon: <TagMultipleRegular />,
            disabled: handling.arbejder !== null,
            "data-testid": "marker-status",
            children: "Marker status",
          }}
          titel="Marker status?"
          indhold={
            <>
              <p>
                Projektmappen valideres, og kolonnerne Status og Fund udfyldes i alle {formaterAntal(raekker.length)}{" "}
                rækker i tabellen på arket Takstbilag. Det, der står i de to kolonner nu, overskrives.
              </p>
              <p>Ingen andre celler ændres, og du kan fortryde bagefter.</p>
            </>
          }
          bekraeft="Marker status"
          onBekraeft={markerStatus}
          testId="bekraeft-status"
        />
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="takstbilag-besked" />
      <BeskedBjaelke besked={celleHandling.besked} onLuk={() => celleHandling.setBesked(null)} />

      {statusFilter !== null && (
        <RaekkeListe
          titel={
            <>
              {STATUS_KNAPPER.find((k) => k.valg === statusFilter)?.etiket} ({vist.length})
            </>
          }
          tom="Ingen rækker har denne status."
          testId="status-raekker"
        >
          {vist.map((r) => (
            <RaekkeKnap
              key={r.raekke}
              raekke={r}
              celle={r.status}
              onVaelg={vaelg}
              visCelle
              hoejre={<span className={s.raekkeNr}>Række {r.raekke}</span>}
            >
              {r.fund.vaerdi && <span className={s.begrundelse}>{vis(r.fund.vaerdi)}</span>}
            </RaekkeKnap>
          ))}
        </RaekkeListe>
      )}

      <AendringsListe
        titel={
          <>
            Takstændringer over {das.graense} ({formaterAntal(das.antalTakster)})
          </>
        }
        tom="Ingen takstændringer over grænsen."
        liste={das.takster}
        klasse={s.op}
        celle="takst"
        onVaelg={vaelg}
        testId="vaesentlige"
      />
      <AendringsListe
        titel={<>Pladsændringer til godkendelse ({formaterAntal(das.antalPladser)})</>}
        tom="Ingen rækker ændrer pladsantal."
        liste={das.pladser}
        klasse={f.tal}
        celle="bemaerkninger"
        onVaelg={vaelg}
        testId="pladsaendringer"
      />
      <p className={f.hjaelp} data-testid="takstbilag-pladser">
        Pladser i alt: {formaterAntal(das.pladserSidsteAar)} sidste år, {formaterAntal(das.pladserIAar)} i år
        {das.ikkeSammenlignet > 0
          ? ` (${formaterAntal(das.ikkeSammenlignet)} ${das.ikkeSammenlignet === 1 ? "takst" : "takster"} uden tal for begge år er ikke med)`
          : ""}
        . Listerne og tallene er de samme som på takstbilagets Oversigt.
      </p>
    </div>
  );
}
