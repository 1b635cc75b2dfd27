/**
 * The rule contract, modelled on ESLint: a rule's metadata (`meta`) apart from its check
 * (`tjek`). A rule module writes it through `lavRegel` (lav-regel.ts). Severity and
 * thresholds come from the profile.
 */
import type { Grundlag } from "../takstbilag/grundlag";
import type { AfsnitNoegle, Aftale, Profil } from "../profil/typer";
import type { Takstskema } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import type { Alvor, RegelId } from "./id";

export interface RegelMeta<I extends RegelId = RegelId> {
  id: I;
  standardAlvor: Alvor;
  /** One line, Danish: what the rule checks. */
  beskrivelse: string;
  /** Which kind of workbook the rule checks (docs/regler.md: a takstbilag gets its own subset). */
  gaelderFor: readonly ("takstskema" | "takstbilag")[];
  /**
   * Rules whose findings this rule's finding can cause (root cause first): e.g. an overwritten
   * Takstberegningsgrundlag makes the takst look wrong. The engine lists a cause before its effects.
   */
  aarsagTil?: readonly RegelId[];
}

/** A finding's data as JSON: numbers as exact decimal strings ("1920.5"), never floats. */
export type FundVaerdi = string | boolean | null | FundVaerdi[] | { [noegle: string]: FundVaerdi };
export type FundData = { [noegle: string]: FundVaerdi };

/** What a rule reports to the engine (lavRegel words it from the rule's named message). */
export interface FundInput {
  ark: string;
  /** A1 address (a single cell, or a header range for a missing column). */
  celle: string;
  ydelsesId?: string;
  /** Danish: what is wrong, the numbers that matter, and what to do. */
  besked: string;
  /** The name of the rule's message (`beskeder`) that worded `besked`. */
  beskedId: string;
  /** The data the message was worded from. */
  data: FundData;
  /**
   * Only for the documented variants where the rule itself lowers the severity
   * (e.g. "before that: info" in the over-/underskud rules). Never raises it: the engine
   * takes the lower of this and the profile's severity.
   */
  alvor?: "advarsel" | "info";
}

export interface Fund {
  regel: RegelId;
  alvor: Alvor;
  ark: string;
  celle: string;
  ydelsesId?: string;
  paragraf: string | null;
  besked: string;
  /** The rule's message by name (stable for JSON consumers; `besked` is its Danish text). */
  beskedId: string;
  data: FundData;
}

export interface RegelKontekst {
  skema: Takstskema;
  snapshot: WorkbookSnapshot;
  profil: Profil;
  /** The agreement the findings cite (the active profile's). */
  aftale: Aftale;
  /** A section of that agreement as a message names it: afsnit("omkostningskategorier") → "§ 5.5.1". */
  afsnit(noegle: AfsnitNoegle): string;
  /** A rule's own default severity (for rules that compare profiles). */
  standardAlvor(id: RegelId): Alvor;
  rapporter(fund: FundInput): void;
  /** Last year's approved takstbilag, when the sekretariat gave one (`--sidste-aar`). */
  grundlag?: Grundlag;
}

/** A rule; `I` is its ID (the registry's map checks each entry against its key). */
export interface Regel<I extends RegelId = RegelId> {
  meta: RegelMeta<I>;
  /** The rule's messages by name: Danish text from a finding's data (lavRegel). */
  beskeder: Readonly<Record<string, (data: never) => string>>;
  tjek(ctx: RegelKontekst): void;
}

/** Where a finding left out by the engine's cap was (enough to place it on a takst row). */
export interface FundSted {
  ark: string;
  celle: string;
  ydelsesId?: string;
}

/** The findings of one rule (and severity) beyond MAKS_FUND_PR_REGEL: counted, not kept whole. */
export interface UdeladteFund {
  regel: RegelId;
  alvor: Alvor;
  paragraf: string | null;
  antal: number;
  steder: FundSted[];
}

export interface Valideringsresultat {
  profil: string;
  type: Takstskema["type"];
  /** At most MAKS_FUND_PR_REGEL per rule; `udeladt` has the rest. */
  fund: Fund[];
  udeladt?: UdeladteFund[];
  /** Per rule the profile has on: held (no finding) or broken (audit evidence). */
  regler: { holdt: RegelId[]; brudt: RegelId[] };
  /** Every finding, also those left out of `fund`. */
  opsummering: { fejl: number; advarsler: number; info: number };
}
