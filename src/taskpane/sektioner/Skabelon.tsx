/** Section 4: insert the takstskema layout into the open workbook. */
import * as React from "react";
import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { SKABELON_VERSION } from "../../core/skema/tabeller";
import { BeskedBjaelke } from "../komponenter/Beskeder";
import { useHandling } from "../komponenter/useHandling";
import type { FaellesTilstand } from "../Opgaverude";
import { useFaellesStil } from "../stil";

export function Skabelon(props: FaellesTilstand): React.ReactElement {
  const { arbejdsbog, valider, annoncer } = props;
  const f = useFaellesStil();
  const handling = useHandling();
  const [aarTekst, setAarTekst] = React.useState(String(new Date().getFullYear() + 1));
  const aar = /^\d{4}$/.test(aarTekst.trim()) ? Number(aarTekst.trim()) : null;
  const aarOk = aar !== null && aar >= 2000 && aar <= 2100;

  const indsaet = (): void => {
    if (!aarOk || aar === null) return;
    void handling.koer("Indsætter skabelonen …", async () => {
      await arbejdsbog.indsaetSkabelon(aar);
      handling.setBesked({
        art: "success",
        tekst: `Skabelonen for takståret ${aar} er indsat. Udfyld arkene fra Stamdata og frem, og tryk Valider.`,
      });
      annoncer(`Skabelonen for ${aar} er indsat`);
      // The new tables (tblTillaeg, …) should be known to the other sections.
      await valider();
    });
  };

  return (
    <div className={f.sektion}>
      <p className={f.hjaelp}>
        Indsætter takstskemaets ark (Stamdata, Ydelser, Omkostninger, Over- og underskud, Tillægsydelser) med tabeller,
        rullelister og formler, version {SKABELON_VERSION}. Findes et ark med samme navn allerede, indsættes intet.
      </p>
      <Field
        label="Takstår"
        required
        validationMessage={aarOk ? undefined : "Skriv et årstal mellem 2000 og 2100, fx 2026."}
      >
        <Input
          type="number"
          min={2000}
          max={2100}
          value={aarTekst}
          onChange={(_, d) => setAarTekst(d.value)}
          data-testid="skabelon-takstaar"
        />
      </Field>
      <div className={f.raekke}>
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          onClick={indsaet}
          disabled={!aarOk || handling.arbejder !== null}
          data-testid="indsaet-skabelon"
        >
          Indsæt skabelon
        </Button>
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="skabelon-besked" />
    </div>
  );
}
