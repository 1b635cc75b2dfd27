import * as React from "react";
import { Badge, Button } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular } from "@fluentui/react-icons";
import type { Brev } from "../../../core";
import { vis } from "../../faelles/tekst";
import type { Besked } from "../../komponenter/Beskeder";
import { useFaellesStil } from "../../stil";
import { hentFil, TEKST_TYPE } from "./hentFil";
import { brevOverskrift, kopierTekst, kopiTekst, SAMLET_BREVFIL, samletBrevfil } from "./logik";

/** "Tilbagemeldinger": each tilbud's letter, to copy or download, as `valider --tilbagemelding` writes it. */
export function Tilbagemeldinger({
  breve,
  setBesked,
  annoncer,
}: {
  breve: readonly Brev[];
  setBesked(b: Besked | null): void;
  annoncer(t: string): void;
}): React.ReactElement {
  const f = useFaellesStil();
  const kopier = async (b: Brev): Promise<void> => {
    const udklip = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    const fejl = await kopierTekst(kopiTekst(b), udklip);
    const hvem = vis(brevOverskrift(b));
    if (fejl) setBesked({ art: "warning", tekst: fejl });
    else {
      setBesked({ art: "success", tekst: `Brevet til ${hvem} er kopieret. Sæt det ind i en mail.` });
      annoncer(`Brevet til ${hvem} er kopieret`);
    }
  };
  return (
    <div data-testid="sekretariat-breve">
      <p className={f.hjaelp}>
        Et brev til hvert tilbud, til Kontaktpersonen i Stamdata, med det der skal rettes: det samme som kommandolinjens{" "}
        <code>valider --tilbagemelding</code> skriver. Kopiér et brev ind i en mail, eller hent det som tekstfil.
      </p>
      <div className={f.raekke}>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => hentFil(samletBrevfil(breve), SAMLET_BREVFIL, TEKST_TYPE)}
          data-testid="sekretariat-breve-hent-alle"
        >
          Hent alle i én fil
        </Button>
      </div>
      <ul className={f.liste}>
        {breve.map((b) => (
          <li key={b.filnavn} data-testid="sekretariat-brev" data-fil={b.filnavn} style={{ marginBottom: 8 }}>
            <span className={f.raekke}>
              <Badge appearance="tint" color={b.status.fejl > 0 ? "danger" : "success"}>
                {b.status.fejl > 0 ? "Skal rettes" : "Modtaget"}
              </Badge>
              <strong className={f.ombryd}>{vis(brevOverskrift(b))}</strong>
            </span>
            <span className={`${f.hjaelp} ${f.ombryd}`} style={{ display: "block" }}>
              {vis(b.status.kontaktperson ?? "Kontaktperson mangler")}
              {b.status.email ? ` · ${vis(b.status.email)}` : ""}
            </span>
            <span className={f.raekke}>
              <Button
                size="small"
                icon={<CopyRegular />}
                onClick={() => void kopier(b)}
                data-testid="sekretariat-brev-kopier"
              >
                Kopiér
              </Button>
              <Button
                size="small"
                icon={<ArrowDownloadRegular />}
                onClick={() => hentFil(b.tekst, b.filnavn, TEKST_TYPE)}
                title={b.filnavn}
                aria-label={`Hent brevet som ${b.filnavn}`}
                data-testid="sekretariat-brev-hent"
              >
                Hent som tekstfil
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
