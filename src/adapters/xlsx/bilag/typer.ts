/** The takstbilag writer's input (src/adapters/xlsx/skriv-bilag.ts and its parts in this folder). */
import type { BilagRaekke, IkkeIndsendt, Profil, Tilbudsfund } from "../../../core";

/** One finding, as the CLI reports it. */
export interface BilagFund {
  fil: string;
  ark: string;
  celle: string;
  ydelsesId?: string | null;
  regel: string;
  alvor: "fejl" | "advarsel" | "info";
  paragraf: string | null;
  besked: string;
}

export interface BilagInput {
  raekker: readonly BilagRaekke[];
  fund: readonly BilagFund[];
  /** Shown in titles. */
  takstaar?: number;
  /** Under every sheet's title when the Takstår is outside the agreement's years (profile's takstaar). */
  takstaarNote?: string;
  /** The profile's name ("Nordjysk Socialaftale – Styringsaftale 2025-2026"), shown on Oversigt: DAS reads words, not an id. */
  profil?: string;
  /** The body the bilag goes to, from the profile's agreement ("DAS" for Nordjylland). */
  godkender: string;
  /** Days per year for Døgn/Dag takster (the profile's dagePrAar). */
  dagePrAar: number;
  /** The profile's væsentlig-threshold and its measure. */
  takstaendring: Profil["takstaendring"];
  /** Last year's tilbud and ydelser with no submission this year (with `--sidste-aar`). */
  ikkeIndsendt?: readonly IkkeIndsendt[];
  /** Findings about a whole skema (not one takst), counted once per tilbud. */
  tilbudsfund?: readonly Tilbudsfund[];
  /** Files that could not be read, with the reason (listed on Fund). */
  ulaeseligeFiler?: readonly { fil: string; aarsag: string }[];
  /** The date the bilag is made (footer); default today. */
  dato?: Date;
}
