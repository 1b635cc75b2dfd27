/** Section 2: the ATA-timetakst and price of a tillægsydelse (bilag 2), spelled out, and "Indsæt". */
import * as React from "react";
import {
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
import type { Fortrydelse, NyTillaegsberegning } from "../../../core/arbejdsbog";
import { antalUger, ataTimetakst, periodepris, timetakstNoegle, ugepris } from "../../../core/beregning/tillaeg";
import { findRegel } from "../../../core/regler";
import type { RegelId } from "../../../core/regler/id";
import { tillaegRaekkeForPar } from "../../../core/regler/tillaeg/hjaelp/sats";
import { tjekDoegnkoefficient, tjekFravaer, tjekVfo } from "../../../core/regler/tillaeg/hjaelp/tjek";
import { alvorFor } from "../../../core/valider";
import { formaterAntal, formaterKr, formaterPct, formaterTal } from "../../../core/format";
import type { TillaegRaekke } from "../../../core/model";
import { D, type Dec } from "../../../core/penge";
import { TIDSRUM } from "../../../core/skema/tabeller";
import { BekraeftKnap } from "../../komponenter/Bekraeft";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { ProcentFelt, TalFelt, type FeltTjek } from "../../komponenter/ProcentFelt";
import { useHandling, validerIgen } from "../../komponenter/useHandling";
import { laesDanskTal, tilInputTekst } from "../../faelles/tal";
import { vis } from "../../faelles/tekst";
import {
  datoTilSerial,
  findDublet,
  formaterDato,
  prisAfvigerFraIndsat,
  tillaegKategorier,
  vurderPersondata,
} from "./logik";
import { useFaellesStil } from "../../stil";
import type { FaellesTilstand } from "../../tilstand";

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

/** Two names as the rate lookup compares them (regler.md 2026.3 item 11). */
function ens(a: string, b: string | null | undefined): boolean {
  return timetakstNoegle(b ?? "") === timetakstNoegle(a);
}

/** A number as typed (Danish decimal comma). Empty is no number, but not an error either. */
function talFelt(tekst: string): { tal: Dec | null; ugyldig: boolean } {
  if (tekst.trim() === "") return { tal: null, ugyldig: false };
  const tal = laesDanskTal(tekst);
  return { tal, ugyldig: tal === null };
}

/** Percent as typed (33 or "33 %") → fraction 0.33. Empty counts as 0. */
function pctFelt(tekst: string): { broek: Dec | null; ugyldig: boolean } {
  if (tekst.trim() === "") return { broek: new D(0), ugyldig: false };
  const { tal, ugyldig } = talFelt(tekst);
  return { broek: tal && tal.div(100), ugyldig };
}

function pctFraBroek(b: Dec | null): string {
  return b === null ? "" : tilInputTekst(b.times(100));
}

/** A tblTillaeg row's numbers as the fields show them. */
function tabellensTal(r: TillaegRaekke): Pick<Felter, "timeomkostning" | "fravaer" | "doegnkoefficient" | "vfo"> {
  return {
    timeomkostning: tilInputTekst(r.timeomkostning.vaerdi),
    fravaer: pctFraBroek(r.fravaer.vaerdi),
    doegnkoefficient: pctFraBroek(r.doegnkoefficient.vaerdi),
    vfo: pctFraBroek(r.vfo.vaerdi),
  };
}

export function Tillaegsydelse(props: FaellesTilstand): React.ReactElement {
  const { arbejdsbog, indlaest, annoncer, valider, profilValg } = props;
  const s = useStil();
  const f = useFaellesStil();
  const handling = useHandling();
  const [felter, setFelter] = React.useState<Felter>(TOMME);
  const saet = (k: keyof Felter) => (v: string) => setFelter((x) => ({ ...x, [k]: v }));

  const tabelRaekker: TillaegRaekke[] = indlaest?.skema.tillaeg?.raekker ?? [];
  const kategorier = tillaegKategorier(tabelRaekker);
  // The row whose rate the inserted row's formula and the rules use: the core's one lookup.
  const match = tillaegRaekkeForPar(tabelRaekker, felter.personalekategori, felter.tidsrum) ?? undefined;

  // Picking a combination from tblTillaeg fills in its numbers (the user may still change them).
  const forrigeMatch = React.useRef<TillaegRaekke | undefined>(undefined);
  React.useEffect(() => {
    if (match && match !== forrigeMatch.current) {
      setFelter((x) => ({ ...x, ...tabellensTal(match) }));
    }
    forrigeMatch.current = match;
  }, [match]);

  const { tal: timeomkostning, ugyldig: timeomkostningUgyldig } = talFelt(felter.timeomkostning);
  const fravaer = pctFelt(felter.fravaer);
  const doegn = pctFelt(felter.doegnkoefficient);
  const vfo = pctFelt(felter.vfo);
  const { tal: timer, ugyldig: timerUgyldig } = talFelt(felter.timerPrUge);
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
  const brugTabellensTal = (): void => {
    if (!match) return;
    setFelter((x) => ({ ...x, ...tabellensTal(match) }));
  };

  // Bilag 2's rules as the user types, with the validator's own checks and the profile's severities.
  // The profile the validation uses (the workbook's only once accepted).
  const profil = profilValg.profil;
  const regelTjek = (id: RegelId, besked: string | null): FeltTjek | null => {
    const regel = findRegel(id);
    const alvor = regel ? alvorFor(regel, profil) : "fra";
    if (!besked || alvor === "fra") return null;
    return { besked, tilstand: alvor === "fejl" ? "error" : "warning" };
  };
  const vfoTjek = regelTjek("ata-vfo-over-5-pct", tjekVfo(vfo.broek, "", profil.tillaeg));
  const doegnTjek = regelTjek(
    "ata-doegnkoefficient-i-normaltid",
    tjekDoegnkoefficient(doegn.broek, felter.tidsrum, null, profil.tillaeg),
  );
  const fravaerTjek = regelTjek(
    "ata-fravaer-usandsynlig",
    felter.fravaer.trim() !== "" && fravaer.broek ? tjekFravaer(fravaer.broek, "", profil.tillaeg) : null,
  );

  // The price shown must be the price the inserted row's formulas give (they look up tblTillaeg).
  const prisAfviger =
    felter.personalekategori.trim() === ""
      ? null
      : prisAfvigerFraIndsat(indlaest?.skema.tillaeg?.raekker ?? null, felter.personalekategori, felter.tidsrum, ata);

  const persondata = vurderPersondata(felter.beskrivelse);
  const mangler: string[] = [];
  if (!felter.personalekategori.trim()) mangler.push("Personalekategori");
  if (timer === null || timer.isZero()) mangler.push("Timer pr. uge");
  if (start === null) mangler.push("Startdato");
  if (slut === null) mangler.push("Slutdato");

  const kanIndsaette =
    mangler.length === 0 &&
    periodeOk &&
    persondata?.art !== "cpr" &&
    prisAfviger === null &&
    handling.arbejder === null;

  // The row as it will be written: tblTillaeg's own spelling (the formula's lookup would find it either way).
  const raaTekst = (v: unknown, ellers: string): string => (typeof v === "string" && v.trim() ? v : ellers);
  const nyRaekke: NyTillaegsberegning | null =
    timer !== null && start !== null && slut !== null
      ? {
          beskrivelse: felter.beskrivelse.trim(),
          personalekategori: raaTekst(match?.personalekategori.raa, felter.personalekategori.trim()),
          tidsrum: raaTekst(match?.tidsrum.raa, felter.tidsrum),
          timerPrUge: timer.toNumber(),
          startdato: start,
          slutdato: slut,
        }
      : null;
  const dublet = nyRaekke ? findDublet(indlaest?.skema.tillaegsberegning?.raekker ?? [], nyRaekke) : null;

  const fortryd = (fortrydelse: Fortrydelse, hvor: string): void => {
    void handling.koer("Fortryder …", async () => {
      await arbejdsbog.fortryd(fortrydelse);
      handling.setBesked({ art: "info", titel: "Fortrudt", tekst: `Indsættelsen er fortrudt; ${hvor} er som før.` });
      annoncer(`Indsættelsen i ${hvor} er fortrudt`);
      await validerIgen(handling, valider);
    });
  };

  const indsaet = (): void => {
    if (!kanIndsaette || !nyRaekke) return;
    void handling.koer("Indsætter …", async () => {
      const sted = await arbejdsbog.indsaetTillaegsberegning(nyRaekke);
      const hvor = `${vis(sted.ark)}!${sted.celle}`;
      handling.setBesked({
        art: "success",
        tekst: `Rækken er indsat i ${hvor} i tabellen over tillægsydelser, med formler der slår ATA-timetaksten op i tabellen over ATA-timetakster.`,
        handling: { tekst: "Fortryd", onKlik: () => fortryd(sted.fortrydelse, hvor), testId: "fortryd-tillaeg" },
      });
      annoncer(`Tillægsydelsen er indsat i ${hvor}`);
      await arbejdsbog.vaelgCelle(sted.ark, sted.celle);
      await validerIgen(handling, valider);
    });
  };

  return (
    <div className={f.sektion}>
      <p className={f.hjaelp}>
        Beregn prisen på en tillægsydelse efter bilag 2: vælg personalekategori og tidsrum fra tabellen over
        ATA-timetakster på arket Tillægsydelser, eller skriv tallene selv.
      </p>
      <Field label="Personalekategori" required>
        {kategorier.length > 0 ? (
          <Combobox
            freeform
            placeholder="Vælg eller skriv"
            // Fluent's own label for the arrow is English ("Open").
            expandIcon={{ "aria-label": "Vis personalekategorierne" }}
            value={felter.personalekategori}
            selectedOptions={kategorier.filter((k) => ens(felter.personalekategori, k))}
            onChange={(e) => saet("personalekategori")(e.target.value)}
            // Leaving the field fires a selection without an option: keep what the user typed.
            onOptionSelect={(_, d) => {
              if (d.optionValue !== undefined) saet("personalekategori")(d.optionValue);
            }}
            data-testid="tillaeg-personalekategori"
          >
            {kategorier.map((k) => (
              <Option key={k} value={k} text={vis(k)}>
                {vis(k)}
              </Option>
            ))}
          </Combobox>
        ) : (
          // Nothing to choose from: a plain text field, not a dropdown that opens empty.
          <Input
            className={f.fyld}
            placeholder="Fx Socialpædagog"
            value={felter.personalekategori}
            onChange={(_, d) => saet("personalekategori")(d.value)}
            data-testid="tillaeg-personalekategori"
          />
        )}
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
      {match && (
        <p className={f.hjaelp} data-testid="tillaeg-kilde">
          Tallene er hentet fra tabellen over ATA-timetakster (arket {vis(match.ark)}, række {match.raekke}).
        </p>
      )}
      <div className={f.toKolonner}>
        <TalFelt
          etiket="Timeomkostning (kr.)"
          vaerdi={felter.timeomkostning}
          onChange={saet("timeomkostning")}
          ugyldig={timeomkostningUgyldig}
          testId="tillaeg-timeomkostning"
        />
        <ProcentFelt
          etiket="Fraværskorrektion (%)"
          vaerdi={felter.fravaer}
          onChange={saet("fravaer")}
          ugyldig={fravaer.ugyldig}
          tjek={fravaerTjek}
          testId="tillaeg-fravaer"
          feltTestId="felt-fravaer"
        />
        <ProcentFelt
          etiket="Døgnkoefficient, d (%)"
          vaerdi={felter.doegnkoefficient}
          onChange={saet("doegnkoefficient")}
          ugyldig={doegn.ugyldig}
          tjek={doegnTjek}
          testId="tillaeg-doegnkoefficient"
          feltTestId="felt-doegnkoefficient"
        />
        <ProcentFelt
          etiket="Følgeomkostninger, vfo (%)"
          vaerdi={felter.vfo}
          onChange={saet("vfo")}
          ugyldig={vfo.ugyldig}
          tjek={vfoTjek}
          testId="tillaeg-vfo"
          feltTestId="felt-vfo"
        />
      </div>
      <TalFelt
        etiket="Timer pr. uge"
        required
        hint="Fx ½ time på 5 hverdage = 2,5. Negative timer giver en negativ tillægsydelse."
        vaerdi={felter.timerPrUge}
        onChange={saet("timerPrUge")}
        ugyldig={timerUgyldig}
        testId="tillaeg-timer"
      />
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

      {prisAfviger && (
        <BeskedBjaelke
          besked={{
            art: "warning",
            titel: "Kan ikke indsættes",
            tekst: prisAfviger,
            handling:
              match && afvigerFraTabel
                ? { tekst: "Brug tabellens tal", onKlik: brugTabellensTal, testId: "brug-tabellens-tal" }
                : undefined,
          }}
          testId="tillaeg-pris-afviger"
        />
      )}
      <div className={f.raekke}>
        <BekraeftKnap
          knap={{
            appearance: "primary",
            icon: <AddRegular />,
            disabled: !kanIndsaette,
            "data-testid": "indsaet-tillaeg",
            children: "Indsæt",
          }}
          titel="Indsæt tillægsydelsen?"
          indhold={
            nyRaekke && (
              <>
                <p>
                  En ny række i tabellen over tillægsydelser på arket Tillægsydelser: {vis(nyRaekke.personalekategori)},{" "}
                  {nyRaekke.tidsrum}, {formaterAntal(timer ?? 0)} {timer?.abs().eq(1) ? "time" : "timer"} pr. uge fra{" "}
                  {formaterDato(nyRaekke.startdato)} til {formaterDato(nyRaekke.slutdato)}
                  {samlet ? `, samlet ${formaterKr(samlet)}` : "."}
                </p>
                <p>
                  Rækken får formler, der slår ATA-timetaksten op i tabellen over ATA-timetakster. Ingen andre celler
                  ændres, og du kan fortryde bagefter.
                </p>
              </>
            )
          }
          advarsel={
            dublet
              ? {
                  art: "warning",
                  titel: "Findes allerede",
                  tekst: `Række ${dublet.raekke} på arket ${vis(dublet.ark)} har samme personalekategori, tidsrum, timer og periode. Indsæt kun igen, hvis der er tale om en ny aftale.`,
                }
              : null
          }
          bekraeft={dublet ? "Indsæt alligevel" : "Indsæt"}
          onBekraeft={indsaet}
          testId="bekraeft-tillaeg"
        />
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      {mangler.length > 0 && (
        <p className={f.hjaelp}>Udfyld {mangler.join(", ")} for at indsætte rækken i tabellen over tillægsydelser.</p>
      )}
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="tillaeg-besked" />
    </div>
  );
}
