/** Bilag 2's calculation spelled out: ATA-timetakst, ugepris, uger and the total, each with its numbers. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formaterAntal, formaterKr, formaterPct, formaterTal } from "../../../core";
import { useFaellesStil } from "../../stil";
import { formaterDato } from "./logik";
import type { Tillaegsberegning } from "./useTillaegsberegning";

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

export function Beregning({ b }: { b: Tillaegsberegning }): React.ReactElement {
  const { ata, timeomkostning, fravaer, doegn, vfo, uge, timer, uger, start, slut, samlet } = b;
  const s = useStil();
  const f = useFaellesStil();
  return (
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
  );
}
