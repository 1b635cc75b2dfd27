import type { Aftale } from "../typer";
import { REGLER } from "./regler";

/** Styringsaftalen for Nordjysk Socialaftale 2025-2026: the agreement the shipped rules quote. */
export const AFTALE: Aftale = {
  id: "styringsaftale-nordjylland-2025-2026",
  navn: "Styringsaftalen for Nordjysk Socialaftale",
  kortnavn: "Styringsaftalen",
  tekst: "docs/kilder/styringsaftale-nordjylland-2025-2026.txt",
  regler: REGLER,
  afsnit: {
    kategorier: "2.2",
    belaegning: "5.2",
    overUnderskud: "5.3",
    hensaettelse: "5.3.1",
    omkostningskategorier: "5.5.1",
    nytTilbudDriftstab: "6.1.2",
  },
};
