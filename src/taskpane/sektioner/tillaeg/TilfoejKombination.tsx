/**
 * "Eller skriv tallene selv" leads somewhere (issue 20 § 1): a Personalekategori/Tidsrum pair
 * the table over ATA-timetakster lacks can be added there with the typed numbers, behind a
 * confirmation, with Fortryd; then Indsæt finds it.
 */
import * as React from "react";
import { TableAddRegular } from "@fluentui/react-icons";
import { type Arbejdsbog, formaterKr, formaterPctBroek, type Fortrydelse, type NyTimetakst } from "../../../core";
import { BekraeftKnap } from "../../komponenter/Bekraeft";
import { validerIgen, type Handling } from "../../komponenter/useHandling";
import { vis } from "../../faelles/tekst";
import type { Tillaegsberegning } from "./useTillaegsberegning";

/** The pair with the typed numbers, when it can be added: a rate table, no row for the pair, every number readable. */
export function nyKombination(b: Tillaegsberegning, harTabel: boolean): NyTimetakst | null {
  const { felter, timeomkostning, fravaer, doegn, vfo } = b;
  if (!harTabel || b.match || felter.personalekategori.trim() === "") return null;
  if (!timeomkostning || b.timeomkostningUgyldig || !fravaer.broek || !doegn.broek || !vfo.broek) return null;
  return {
    personalekategori: felter.personalekategori.trim(),
    tidsrum: felter.tidsrum,
    timeomkostning: timeomkostning.toNumber(),
    fravaer: fravaer.broek.toNumber(),
    doegnkoefficient: doegn.broek.toNumber(),
    vfo: vfo.broek.toNumber(),
  };
}

export function TilfoejKombination(props: {
  ny: NyTimetakst;
  b: Tillaegsberegning;
  arbejdsbog: Arbejdsbog;
  handling: Handling;
  valider: () => Promise<unknown>;
  annoncer: (tekst: string) => void;
}): React.ReactElement {
  const { ny, b, arbejdsbog, handling, valider, annoncer } = props;
  const par = `${vis(ny.personalekategori)}, ${ny.tidsrum}`;

  const fortryd = (fortrydelse: Fortrydelse, hvor: string): void => {
    void handling.koer("Fortryder …", async () => {
      await arbejdsbog.fortryd(fortrydelse);
      handling.setBesked({
        art: "info",
        titel: "Fortrudt",
        tekst: `${par} er fjernet fra tabellen over ATA-timetakster igen; ${hvor} er som før.`,
      });
      annoncer("Tilføjelsen til tabellen over ATA-timetakster er fortrudt");
      await validerIgen(handling, valider);
    });
  };

  const tilfoej = (): void => {
    void handling.koer("Tilføjer kombinationen …", async () => {
      const sted = await arbejdsbog.tilfoejTimetakst(ny);
      const hvor = `${vis(sted.ark)}!${sted.celle}`;
      handling.setBesked({
        art: "success",
        tekst: `${par} er tilføjet i ${hvor} i tabellen over ATA-timetakster, med formlen for ATA-timetaksten. Nu kan du indsætte tillægsydelsen.`,
        handling: { tekst: "Fortryd", onKlik: () => fortryd(sted.fortrydelse, hvor), testId: "fortryd-kombination" },
      });
      annoncer(`${par} er tilføjet i tabellen over ATA-timetakster`);
      await arbejdsbog.vaelgCelle(sted.ark, sted.celle);
      await validerIgen(handling, valider);
    });
  };

  return (
    <BekraeftKnap
      knap={{
        icon: <TableAddRegular />,
        disabled: handling.arbejder !== null,
        "data-testid": "tilfoej-kombination",
        children: "Tilføj kombinationen til tabellen",
      }}
      titel="Tilføj kombinationen til tabellen over ATA-timetakster?"
      indhold={
        <>
          <p>
            En ny række i tabellen over ATA-timetakster på arket Tillægsydelser: {par} med timeomkostning{" "}
            {formaterKr(ny.timeomkostning)}, fraværskorrektion {formaterPctBroek(ny.fravaer)}, døgnkoefficient{" "}
            {formaterPctBroek(ny.doegnkoefficient)} og variable følgeomkostninger {formaterPctBroek(ny.vfo)}
            {/* formaterKr ends in "kr.", which ends the sentence too. */}
            {b.ata ? `, så ATA-timetaksten bliver ${formaterKr(b.ata)}` : "."}
          </p>
          <p>
            Rækken får tabellens formel for ATA-timetaksten. Har tabellen ingen tom række, og står en bredere tabel
            under den, indsættes en hel række i arket, så alt under den rykker én række ned; ellers ændres ingen andre
            celler. Du kan fortryde bagefter, og derefter kan du indsætte tillægsydelsen.
          </p>
        </>
      }
      bekraeft="Tilføj"
      onBekraeft={tilfoej}
      testId="bekraeft-kombination"
    />
  );
}
