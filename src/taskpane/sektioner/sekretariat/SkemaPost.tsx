/** A checked submission in the Sekretariat section's list, and the reasons the takstbilag cannot be built. */
import * as React from "react";
import { Badge } from "@fluentui/react-components";
import type { Afvisning } from "../../../adapters/xlsx/bilag-dele";
import { ALVOR_ETIKET, opsummeringTekst } from "../../../core";
import { vis } from "../../faelles/tekst";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { useFaellesStil } from "../../stil";
import { STATUS_TEKST, type SkemaLinje } from "./logik";

export function Afvisninger({ afvisninger }: { afvisninger: readonly Afvisning[] }): React.ReactElement | null {
  if (afvisninger.length === 0) return null;
  return (
    <BeskedBjaelke
      testId="sekretariat-afvisning"
      besked={{
        art: "error",
        titel: "Takstbilaget kan ikke bygges",
        tekst: afvisninger.map((a) => `${a.grund} ${a.raad}`).join(" "),
        detaljer: afvisninger.flatMap((a) => a.linjer.map(vis)),
      }}
    />
  );
}

export function SkemaPost({ linje }: { linje: SkemaLinje }): React.ReactElement {
  const f = useFaellesStil();
  const [aaben, setAaben] = React.useState(false);
  const farve =
    linje.status === "klar"
      ? "success"
      : linje.status === "tilbage"
        ? "danger"
        : linje.status === "ulaeselig"
          ? "warning"
          : "informative";
  const visFund = linje.fund.length > 0 || linje.fejlVedLaesning;
  return (
    <li data-testid="sekretariat-skema" data-status={linje.status}>
      <button
        type="button"
        className={f.listeKnap}
        style={{ padding: "6px 8px" }}
        aria-expanded={visFund ? aaben : undefined}
        onClick={() => setAaben((a) => !a)}
        disabled={!visFund}
      >
        <span className={f.raekke}>
          <Badge appearance="filled" color={farve} data-testid="sekretariat-status">
            {STATUS_TEKST[linje.status]}
          </Badge>
          <strong className={f.ombryd}>{vis(linje.tilbud)}</strong>
        </span>
        <span className={`${f.hjaelp} ${f.ombryd}`} style={{ display: "block" }}>
          {vis(linje.fil)}
          {linje.opsummering ? ` · ${opsummeringTekst(linje.opsummering)}` : ""}
        </span>
      </button>
      {aaben && visFund && (
        <ul className={f.liste} style={{ margin: "4px 0 4px 12px" }} data-testid="sekretariat-fund">
          {linje.fejlVedLaesning && <li className={f.ombryd}>Kan ikke læses: {vis(linje.fejlVedLaesning)}</li>}
          {linje.fund.map((fund, i) => (
            <li key={i} className={`${f.hjaelp} ${f.ombryd}`}>
              <strong>{ALVOR_ETIKET[fund.alvor].etiket}:</strong> {vis(fund.ark)}!{fund.celle}
              {fund.ydelsesId ? ` · ${vis(fund.ydelsesId)}` : ""} · {vis(fund.besked)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
