import type { Aftale } from "../typer";
import { REGLER } from "./regler";

/** Styringsaftalen for Nordjysk Socialaftale 2025-2026: the agreement the shipped rules quote. */
export const AFTALE: Aftale = {
  id: "styringsaftale-nordjylland-2025-2026",
  navn: "Styringsaftalen for Nordjysk Socialaftale",
  kortnavn: "Styringsaftalen",
  godkender: "DAS",
  tekst: "docs/kilder/styringsaftale-nordjylland-2025-2026.txt",
  regler: REGLER,
  afsnit: {
    kategorier: "2.2",
    begrundelse: "2.2.3, 3.1, 5.5.2",
    beregning: "5.1",
    belaegning: "5.2",
    overUnderskud: "5.3",
    hensaettelse: "5.3.1",
    overskud: "5.3.1",
    underskud: "5.3.2",
    omkostningskategorier: "5.5.1",
    vagtlag: "5.4.7",
    stoettetimer: "5.5.2",
    sundhedsydelser: "5.5.3",
    tillaeg: "bilag 2",
    tillaegTidsbegraenset: "5.4.7",
    nytTilbudDriftstab: "6.1.2",
    saerligeTilbud: "7.4",
  },
};
