/** One finding in Validering's list: a button that selects its cell, and its explanation with the agreement's words. */
import * as React from "react";
import { Button, mergeClasses, useId } from "@fluentui/react-components";
import {
  type Aftale,
  findRegel,
  type Fund,
  paragrafEtiket,
  paragrafTekst,
  regelKilde,
  ydelsesIdTekst,
} from "../../../core";
import { vis } from "../../faelles/tekst";
import { Tekst } from "../../komponenter/Tekst";
import { useFaellesStil } from "../../stil";
import { useValideringStil as useStil } from "./stil";

export function FundPost(props: {
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
          {fund.ydelsesId ? ` · ${vis(ydelsesIdTekst(fund.ydelsesId))}` : ""}
        </span>
        <span className={s.besked}>
          <Tekst>{fund.besked}</Tekst>
        </span>
        <span className={s.meta}>
          {paragrafEtiket(fund.paragraf)} · {fund.regel}
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
