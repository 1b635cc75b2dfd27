/** Section 4: insert the takstskema layout into the open workbook. */
import * as React from "react";
import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { TableAddRegular, TableInsertColumnRegular } from "@fluentui/react-icons";
import {
  type Fortrydelse,
  SKABELON_ARK,
  SKABELON_TABELLER,
  SKABELON_VERSION,
  type WorkbookSnapshot,
} from "../../../core";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { useHandling, validerIgen } from "../../komponenter/useHandling";
import { useFaellesStil } from "../../stil";
import { tabellerTekst, TabellerTekst } from "../../faelles/tabelnavne";
import type { FaellesTilstand } from "../../tilstand";

/** The template's tables the workbook lacks, when it has at least one of the template's sheets (else: Indsæt skabelon). */
export function manglendeTabeller(snapshot: WorkbookSnapshot): string[] {
  const ark = new Set(snapshot.sheets.map((a) => a.name.trim().toLowerCase()));
  if (!SKABELON_ARK.some((n) => ark.has(n.toLowerCase()))) return [];
  const tabeller = new Set(snapshot.tables.map((t) => t.name.toLowerCase()));
  return SKABELON_TABELLER.map((t) => t.navn).filter((n) => !tabeller.has(n.toLowerCase()));
}

/** What "Tilføj manglende tabeller" did, in words: which tables came from the user's own cells. */
export function tilfoejetTekst(tabeller: readonly string[], omdannet: readonly string[]): string {
  const nye = tabeller.filter((t) => !omdannet.includes(t));
  const dele: string[] = [];
  if (omdannet.length > 0) {
    dele.push(
      `${TabellerTekst(omdannet)} er lavet af de celler, der stod der: overskrifter og data er de samme, kun er de nu en tabel.`,
    );
  }
  if (nye.length > 0) {
    dele.push(`${TabellerTekst(nye)} er indsat, hvor skabelonen har ${nye.length === 1 ? "den" : "dem"}.`);
  }
  return `${dele.join(" ")} Ingen celler med indhold er ændret.`;
}

export function Skabelon(props: FaellesTilstand): React.ReactElement {
  const { arbejdsbog, valider, annoncer, indlaest } = props;
  const f = useFaellesStil();
  const handling = useHandling();
  const mangler = indlaest ? manglendeTabeller(indlaest.snapshot) : [];
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
      // The new tables (the ATA-timetakster, …) should be known to the other sections.
      await valider();
    });
  };

  const fortryd = (fortrydelse: Fortrydelse): void => {
    void handling.koer("Fortryder …", async () => {
      await arbejdsbog.fortryd(fortrydelse);
      handling.setBesked({
        art: "info",
        titel: "Fortrudt",
        tekst: "Tabellerne er fjernet igen; cellerne er som før.",
      });
      annoncer("Tilføjelsen af tabellerne er fortrudt");
      await validerIgen(handling, valider);
    });
  };

  const tilfoej = (): void => {
    if (!aarOk || aar === null) return;
    void handling.koer("Tilføjer de manglende tabeller …", async () => {
      const ud = await arbejdsbog.tilfoejManglendeTabeller(aar);
      handling.setBesked({
        art: "success",
        tekst: tilfoejetTekst(ud.tabeller, ud.omdannet),
        handling: { tekst: "Fortryd", onKlik: () => fortryd(ud.fortrydelse), testId: "fortryd-tabeller" },
      });
      annoncer(`${ud.tabeller.length === 1 ? "Tabellen er tilføjet" : "Tabellerne er tilføjet"}`);
      await validerIgen(handling, valider);
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
      {mangler.length > 0 && (
        <>
          <p className={f.hjaelp} data-testid="manglende-tabeller">
            Projektmappen har skabelonens ark, men mangler {tabellerTekst(mangler)} (fx et skema kopieret fra sidste
            år). Står en tabels overskriftsrække og data allerede på arket, bliver de til tabellen, uændret; ellers
            indsættes tabellen, hvor skabelonen har den. Ingen celler med indhold ændres.
          </p>
          <div className={f.raekke}>
            <Button
              icon={<TableInsertColumnRegular />}
              onClick={tilfoej}
              disabled={!aarOk || handling.arbejder !== null}
              data-testid="tilfoej-tabeller"
            >
              Tilføj manglende tabeller
            </Button>
          </div>
        </>
      )}
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="skabelon-besked" />
    </div>
  );
}
