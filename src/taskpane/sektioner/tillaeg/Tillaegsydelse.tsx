/** Section 2: the ATA-timetakst and price of a tillægsydelse (bilag 2), spelled out, and "Indsæt". */
import * as React from "react";
import { Combobox, Field, Input, Option, Select, Spinner, Textarea } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { formaterAntal, formaterKr, type Fortrydelse, TIDSRUM } from "../../../core";
import { BekraeftKnap } from "../../komponenter/Bekraeft";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { ProcentFelt, TalFelt } from "../../komponenter/ProcentFelt";
import { useHandling, validerIgen } from "../../komponenter/useHandling";
import { vis } from "../../faelles/tekst";
import { useFaellesStil } from "../../stil";
import type { FaellesTilstand } from "../../tilstand";
import { Beregning } from "./Beregning";
import { nyKombination, TilfoejKombination } from "./TilfoejKombination";
import { formaterDato } from "./logik";
import { ens, useTillaegsberegning } from "./useTillaegsberegning";

export function Tillaegsydelse(props: FaellesTilstand): React.ReactElement {
  const { arbejdsbog, indlaest, annoncer, valider, profilValg } = props;
  const f = useFaellesStil();
  const handling = useHandling();
  const b = useTillaegsberegning(indlaest, profilValg.profil);
  const { felter, saet, kategorier, match, start, slut, timer, samlet, persondata, prisAfviger, nyRaekke, dublet } = b;
  const kanIndsaette = b.klar && handling.arbejder === null;
  // A pair the rate table lacks, with the numbers typed: it can be added there first.
  const kombination = nyKombination(b, !!indlaest?.skema.tillaeg);
  const kategoriRef = React.useRef<HTMLInputElement>(null);

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
            ref={kategoriRef}
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
            // Fluent leaves aria-activedescendant on the field after the list has gone (it is
            // rendered only while the field has focus): a reference to nothing (axe, critical).
            onBlur={() => kategoriRef.current?.removeAttribute("aria-activedescendant")}
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
          ugyldig={b.timeomkostningUgyldig}
          testId="tillaeg-timeomkostning"
        />
        <ProcentFelt
          etiket="Fraværskorrektion (%)"
          vaerdi={felter.fravaer}
          onChange={saet("fravaer")}
          ugyldig={b.fravaer.ugyldig}
          tjek={b.fravaerTjek}
          testId="tillaeg-fravaer"
          feltTestId="felt-fravaer"
        />
        <ProcentFelt
          etiket="Døgnkoefficient, d (%)"
          vaerdi={felter.doegnkoefficient}
          onChange={saet("doegnkoefficient")}
          ugyldig={b.doegn.ugyldig}
          tjek={b.doegnTjek}
          testId="tillaeg-doegnkoefficient"
          feltTestId="felt-doegnkoefficient"
        />
        <ProcentFelt
          etiket="Følgeomkostninger, vfo (%)"
          vaerdi={felter.vfo}
          onChange={saet("vfo")}
          ugyldig={b.vfo.ugyldig}
          tjek={b.vfoTjek}
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
        ugyldig={b.timerUgyldig}
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

      <Beregning b={b} />

      {prisAfviger && (
        <BeskedBjaelke
          besked={{
            art: "warning",
            titel: "Kan ikke indsættes",
            tekst: prisAfviger,
            handling:
              match && b.afvigerFraTabel
                ? { tekst: "Brug tabellens tal", onKlik: b.brugTabellensTal, testId: "brug-tabellens-tal" }
                : undefined,
          }}
          testId="tillaeg-pris-afviger"
        />
      )}
      {kombination && (
        <div className={f.raekke}>
          <TilfoejKombination
            ny={kombination}
            b={b}
            arbejdsbog={arbejdsbog}
            handling={handling}
            valider={valider}
            annoncer={annoncer}
          />
        </div>
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
      {b.mangler.length > 0 && (
        <p className={f.hjaelp}>Udfyld {b.mangler.join(", ")} for at indsætte rækken i tabellen over tillægsydelser.</p>
      )}
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="tillaeg-besked" />
    </div>
  );
}
