/** Validering's findings, grouped by severity; the arrow keys move between them. */
import * as React from "react";
import { useArrowNavigationGroup } from "@fluentui/react-components";
import { ALVOR_ETIKET, ALVORER, type Aftale, type Alvor, type Fund } from "../../../core";
import { useFaellesStil } from "../../stil";
import { FundPost } from "./FundPost";
import { fundNoegle } from "./logik";
import { useValideringStil as useStil } from "./stil";

export function Fundliste(props: {
  grupper: Record<Alvor, Fund[]>;
  aftale: Aftale;
  /** The keys (fundNoegle) of the findings whose explanation is open. */
  aabne: ReadonlySet<string>;
  onVaelg(fund: Fund): void;
  onForklaring(noegle: string): void;
}): React.ReactElement {
  const { grupper, aftale, aabne, onVaelg, onForklaring } = props;
  const s = useStil();
  const f = useFaellesStil();
  const pilNavigation = useArrowNavigationGroup({ axis: "vertical", tabbable: true });
  return (
    <div {...pilNavigation}>
      {ALVORER.filter((a) => grupper[a].length > 0).map((a) => (
        <section key={a} aria-label={ALVOR_ETIKET[a].overskrift}>
          <h3 className={s.gruppe}>
            {ALVOR_ETIKET[a].overskrift} ({grupper[a].length})
          </h3>
          <ul className={f.liste} data-testid={`fund-${a}`}>
            {grupper[a].map((fund, i) => {
              const noegle = fundNoegle(fund, i);
              return (
                <FundPost
                  aftale={aftale}
                  key={noegle}
                  fund={fund}
                  aaben={aabne.has(noegle)}
                  onVaelg={() => onVaelg(fund)}
                  onForklaring={() => onForklaring(noegle)}
                  kantKlasse={a === "fejl" ? s.fejlKant : a === "advarsel" ? s.advarselKant : s.infoKant}
                />
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
