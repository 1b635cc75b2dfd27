/** Section 2: the ATA-timetakst and price of a tillægsydelse (bilag 2), spelled out, and "Indsæt". */
import * as React from "react";
import {
  Button,
  Combobox,
  Field,
  Input,
  makeStyles,
  Option,
  Select,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { antalUger, ataTimetakst, periodepris, ugepris } from "../../core/beregning/tillaeg";
import { formaterAntal, formaterKr, formaterPct, formaterTal } from "../../core/format";
import type { TillaegRaekke } from "../../core/model";
import { D, type Dec } from "../../core/penge";
import { TIDSRUM } from "../../core/skema/tabeller";
import { BeskedBjaelke } from "../komponenter/Beskeder";
import { useHandling } from "../komponenter/useHandling";
import { datoTilSerial, formaterDato, laesDanskTal, tilInputTekst, vis, vurderPersondata } from "../logik";
import type { FaellesTilstand } from "../Opgaverude";
import { useFaellesStil } from "../stil";

const useStil = makeStyles({
  beregning: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  post: { margin: 0 },
  etiket: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  udregning: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  resultat: { fontWeight: tokens.fontWeightSemibold },
});

interface Felter {
  personalekategori: string;
  tidsrum: string;
  timeomkostning: string;
  fravaer: string;
  doegnkoefficient: string;
  vfo: string;
  timerPrUge: string;
  startdato: string;
  slutdato: string;
  beskrivelse: string;
}

const TOMME: Felter = {
  personalekategori: "",
  tidsrum: TIDSRUM[0],
  timeomkostning: "",
  fravaer: "",
  doegnkoefficient: "",
  vfo: "",
  timerPrUge: "",
  startdato: "",
  slutdato: "",
  beskrivelse: "",
};

function ens(a: string, b: string | null | undefined): boolean {
  return (b ?? "").trim().toLocaleLowerCase("da-DK") === a.trim().toLocaleLowerCase("da-DK");
}

/** Percent as typed (33 or "33 %") → fraction 0.33. Empty counts as 0. */
function pctFelt(tekst: string): { broek: Dec | null; fejl: boolean } {
  if (tekst.trim() === "") return { broek: new D(0), fejl: false };
  const v = laesDanskTal(tekst);
  return v === null ? { broek: null, fejl: true } : { broek: v.div(100), fejl: false };
}

function pctFraBroek(b: Dec | null): string {
  return b === null ? "" : tilInputTekst(b.times(100));
}

export function Tillaegsydelse(props: FaellesTilstand): React.ReactElement {
  const { arbejdsbog, indlaest, annoncer } = props;
  const s = useStil();
  const f = useFaellesStil();
  const handling = useHandling();
  const [felter, setFelter] = React.useState<Felter>(TOMME);
  const saet = (k: keyof Felter) => (v: string) => setFelter((x) => ({ ...x, [k]: v }));

  const tabelRaekker: TillaegRaekke[] = indlaest?.skema.tillaeg?.raekker ?? [];
  const kategorier = [
    ...new Set(tabelRaekker.map((r) => r.personalekategori.vaerdi?.trim()).filter((k): k is string => !!k)),
  ];
  const match = tabelRaekker.find(
    (r) => ens(felter.personalekategori, r.personalekategori.vaerdi) && ens(felter.tidsrum, r.tidsrum.vaerdi),
  );

  // Picking a combination from tblTillaeg fills in its numbers (the user may still change them).
  const forrigeMatch = React.useRef<TillaegRaekke | undefined>(undefined);
  React.useEffect(() => {
    if (match && match !== forrigeMatch.current) {
      setFelter((x) => ({
        ...x,
        timeomkostning: tilInputTekst(match.timeomkostning.vaerdi),
        fravaer: pctFraBroek(match.fravaer.vaerdi),
        doegnkoefficient: pctFraBroek(match.doegnkoefficient.vaerdi),
        vfo: pctFraBroek(match.vfo.vaerdi),
      }));
    }
    forrigeMatch.current = match;
  }, [match]);

  const timeomkostning = felter.timeomkostning.trim() === "" ? null : laesDanskTal(felter.timeomkostning);
  const fravaer = pctFelt(felter.fravaer);
  const doegn = pctFelt(felter.doegnkoefficient);
  const vfo = pctFelt(felter.vfo);
  const timer = felter.timerPrUge.trim() === "" ? null : laesDanskTal(felter.timerPrUge);
  const start = felter.startdato ? datoTilSerial(felter.startdato) : null;
  const slut = felter.slutdato ? datoTilSerial(felter.slutdato) : null;

  const ata =
    timeomkostning && fravaer.broek && doegn.broek && vfo.broek
      ? ataTimetakst({ timeomkostning, fravaer: fravaer.broek, doegnkoefficient: doegn.broek, vfo: vfo.broek })
      : null;
  const uge = ata && timer ? ugepris({ ataTimetakst: ata, timerPrUge: timer }) : null;
  const periodeOk = start !== null && slut !== null && slut >= start;
  const uger = periodeOk ? antalUger(start, slut) : null;
  const samlet = uge && periodeOk ? periodepris({ ugepris: uge, startdato: start, slutdato: slut }) : null;

  const afvigerFraTabel =
    match &&
    !(
      timeomkostning?.eq(match.timeomkostning.vaerdi ?? NaN) &&
      fravaer.broek?.eq(match.fravaer.vaerdi ?? 0) &&
      doegn.broek?.eq(match.doegnkoefficient.vaerdi ?? 0) &&
      vfo.broek?.eq(match.vfo.vaerdi ?? 0)
    );

  const persondata = vurderPersondata(felter.beskrivelse);
  const mangler: string[] = [];
  if (!felter.personalekategori.trim()) mangler.push("Personalekategori");
  if (timer === null || timer.isZero()) mangler.push("Timer pr. uge");
  if (start === null) mangler.push("Startdato");
  if (slut === null) mangler.push("Slutdato");

  const fejlVedFelt = (tekst: string, v: unknown): string | undefined =>
    tekst.trim() !== "" && v === null ? "Skriv et tal, fx 206,00" : undefined;
  const pctFejl = (p: { fejl: boolean }): string | undefined => (p.fejl ? "Skriv en procent, fx 33" : undefined);

  const kanIndsaette = mangler.length === 0 && periodeOk && persondata?.art !== "cpr" && handling.arbejder === null;

  const indsaet = (): void => {
    if (!kanIndsaette || timer === null || start === null || slut === null) return;
    void handling.koer("Indsætter …", async () => {
      const sted = await arbejdsbog.indsaetTillaegsberegning({
        beskrivelse: felter.beskrivelse.trim(),
        personalekategori: felter.personalekategori.trim(),
        tidsrum: felter.tidsrum,
        timerPrUge: timer.toNumber(),
        startdato: start,
        slutdato: slut,
      });
      await arbejdsbog.vaelgCelle(sted.ark, sted.celle);
      handling.setBesked({
        art: "success",
        tekst: `Rækken er indsat i ${vis(sted.ark)}!${sted.celle} i tabellen tblTillaegsberegning, med formler der slår ATA-timetaksten op i tblTillaeg.`,
      });
      annoncer(`Tillægsydelsen er indsat i ${vis(sted.ark)}!${sted.celle}`);
    });
  };

  return (
    <div className={f.sektion}>
      <p className={f.hjaelp}>
        Beregn prisen på en tillægsydelse efter bilag 2: vælg personalekategori og tidsrum fra tabellen tblTillaeg,
        eller skriv tallene selv.
      </p>
      <Field label="Personalekategori" required>
        <Combobox
          freeform
          placeholder={kategorier.length ? "Vælg eller skriv" : "Fx Socialpædagog"}
          value={felter.personalekategori}
          selectedOptions={kategorier.filter((k) => ens(felter.personalekategori, k))}
          onChange={(e) => saet("personalekategori")(e.target.value)}
          onOptionSelect={(_, d) => saet("personalekategori")(d.optionValue ?? "")}
          data-testid="tillaeg-personalekategori"
        >
          {kategorier.map((k) => (
            <Option key={k} value={k} text={vis(k)}>
              {vis(k)}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Tidsrum" required>
        <Select value={felter.tidsrum} onChange={(_, d) => saet("tidsrum")(d.value)} data-testid="tillaeg-tidsrum">
          {TIDSRUM.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      {match ? (
        <p className={f.hjaelp} data-testid="tillaeg-kilde">
          Tallene er hentet fra tblTillaeg ({vis(match.ark)}, række {match.raekke}).
          {afvigerFraTabel && " Du har ændret dem: den indsatte række bruger stadig tabellens tal."}
        </p>
      ) : (
        felter.personalekategori.trim() !== "" &&
        indlaest?.skema.tillaeg && (
          <p className={f.hjaelp}>
            Kombinationen findes ikke i tblTillaeg. Skriv tallene selv; tilføj kombinationen til tblTillaeg, før du
            indsætter, så rækkens formler kan slå timetaksten op.
          </p>
        )
      )}
      <div className={f.toKolonner}>
        <Field label="Timeomkostning (kr.)" validationMessage={fejlVedFelt(felter.timeomkostning, timeomkostning)}>
          <Input
            className={f.fyld}
            inputMode="decimal"
            value={felter.timeomkostning}
            onChange={(_, d) => saet("timeomkostning")(d.value)}
            data-testid="tillaeg-timeomkostning"
          />
        </Field>
        <Field label="Fraværskorrektion (%)" validationMessage={pctFejl(fravaer)}>
          <Input
            className={f.fyld}
            inputMode="decimal"
            value={felter.fravaer}
            onChange={(_, d) => saet("fravaer")(d.value)}
            data-testid="tillaeg-fravaer"
          />
        </Field>
        <Field label="Døgnkoefficient, d (%)" validationMessage={pctFejl(doegn)}>
          <Input
            className={f.fyld}
            inputMode="decimal"
            value={felter.doegnkoefficient}
            onChange={(_, d) => saet("doegnkoefficient")(d.value)}
            data-testid="tillaeg-doegnkoefficient"
          />
        </Field>
        <Field label="Variable følgeomk., vfo (%)" validationMessage={pctFejl(vfo)}>
          <Input
            className={f.fyld}
            inputMode="decimal"
            value={felter.vfo}
            onChange={(_, d) => saet("vfo")(d.value)}
            data-testid="tillaeg-vfo"
          />
        </Field>
      </div>
      <Field
        label="Timer pr. uge"
        required
        hint="Fx ½ time på 5 hverdage = 2,5. Negative timer giver en negativ tillægsydelse."
        validationMessage={fejlVedFelt(felter.timerPrUge, timer)}
      >
        <Input
          className={f.fyld}
          inputMode="decimal"
          value={felter.timerPrUge}
          onChange={(_, d) => saet("timerPrUge")(d.value)}
          data-testid="tillaeg-timer"
        />
      </Field>
      <div className={f.toKolonner}>
        <Field label="Startdato" required>
          <Input
            className={f.fyld}
            type="date"
            value={felter.startdato}
            onChange={(_, d) => saet("startdato")(d.value)}
            data-testid="tillaeg-startdato"
          />
        </Field>
        <Field
          label="Slutdato"
          required
          validationMessage={
            start !== null && slut !== null && slut < start ? "Slutdatoen ligger før startdatoen." : undefined
          }
        >
          <Input
            className={f.fyld}
            type="date"
            value={felter.slutdato}
            onChange={(_, d) => saet("slutdato")(d.value)}
            data-testid="tillaeg-slutdato"
          />
        </Field>
      </div>
      <Field
        label="Beskrivelse"
        hint="Beskriv ydelsen, ikke borgeren: ingen navne eller CPR-numre."
        validationState={persondata ? (persondata.art === "cpr" ? "error" : "warning") : "none"}
        validationMessage={persondata?.besked}
      >
        <Textarea
          value={felter.beskrivelse}
          resize="vertical"
          onChange={(_, d) => saet("beskrivelse")(d.value)}
          data-testid="tillaeg-beskrivelse"
        />
      </Field>

      <section aria-label="Beregning" className={s.beregning} data-testid="tillaeg-beregning">
        <div className={s.post}>
          <div className={s.etiket}>ATA-timetakst</div>
          {ata && timeomkostning && fravaer.broek && doegn.broek && vfo.broek ? (
            <p className={s.udregning}>
              {formaterKr(timeomkostning)} × (1 + {formaterPct(fravaer.broek.times(100))} +{" "}
              {formaterPct(doegn.broek.times(100))} + {formaterPct(vfo.broek.times(100))}) ={" "}
              <output className={s.resultat} data-testid="ata-timetakst">
                {formaterKr(ata)}
              </output>
            </p>
          ) : (
            <p className={f.hjaelp}>Udfyld timeomkostning og procenter.</p>
          )}
        </div>
        <div className={s.post}>
          <div className={s.etiket}>Ugepris</div>
          {uge && ata && timer ? (
            <p className={s.udregning}>
              {formaterAntal(timer)} {timer.abs().eq(1) ? "time" : "timer"} × {formaterKr(ata)} ={" "}
              <output className={s.resultat} data-testid="ugepris">
                {formaterKr(uge)}
              </output>{" "}
              pr. uge
            </p>
          ) : (
            <p className={f.hjaelp}>Udfyld timer pr. uge.</p>
          )}
        </div>
        <div className={s.post}>
          <div className={s.etiket}>Uger</div>
          {uger && start !== null && slut !== null ? (
            <p className={s.udregning}>
              {formaterDato(start)} – {formaterDato(slut)}: {formaterTal(slut - start + 1)} dage ÷ 7 ={" "}
              <output className={s.resultat} data-testid="uger">
                {formaterTal(uger, 2)} uger
              </output>
            </p>
          ) : (
            <p className={f.hjaelp}>Vælg start- og slutdato (begge dage regnes med).</p>
          )}
        </div>
        <div className={s.post}>
          <div className={s.etiket}>Samlet pris</div>
          {samlet && uge && uger ? (
            <p className={s.udregning}>
              {formaterKr(uge)} × {formaterTal(uger, 2)} uger ={" "}
              <output className={s.resultat} data-testid="samlet-pris">
                {formaterKr(samlet)}
              </output>
              {!uger.eq(uger.toDecimalPlaces(2)) && (
                <span className={f.hjaelp}> (regnet med det uafrundede antal uger)</span>
              )}
            </p>
          ) : (
            <p className={f.hjaelp}>Beregnes, når ugepris og periode er udfyldt.</p>
          )}
        </div>
      </section>

      <div className={f.raekke}>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          onClick={indsaet}
          disabled={!kanIndsaette}
          data-testid="indsaet-tillaeg"
        >
          Indsæt
        </Button>
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      {mangler.length > 0 && (
        <p className={f.hjaelp}>Udfyld {mangler.join(", ")} for at indsætte rækken i tblTillaegsberegning.</p>
      )}
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="tillaeg-besked" />
    </div>
  );
}
