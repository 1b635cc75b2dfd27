/**
 * The one way to write a rule (like typescript-eslint's `createRule`): a module is
 * `export default lavRegel({ meta: {…}, beskeder: { navn: (d) => `…` }, tjek(ctx) {…} })`.
 * A check reports a message by name with its data and the model cell to fix; the engine
 * words the Danish text from the message function and keeps the ID and data on the finding.
 */
import { D, type Dec } from "../penge";
import type { Celle } from "../model";
import type { RegelId } from "./id";
import type { FundData, FundInput, FundVaerdi, Regel, RegelKontekst, RegelMeta } from "./typer";

/** A rule's messages: Danish text from the finding's data. */
// `never` so that a function of any data type fits; the data type is read back per message below.
export type Beskeder = Readonly<Record<string, (data: never) => string>>;

/** Where a finding is: a model cell (`Celle`) or a sheet and address the rule names itself. */
export type Sted = Pick<Celle<unknown>, "ark" | "adresse">;

type DataFor<F> = F extends () => string
  ? { data?: undefined }
  : F extends (data: infer D) => string
    ? { data: D }
    : never;

/** A message of the rule by name with its data (a helper that knows the cell takes this). */
export type Besked<B extends Beskeder> = {
  [K in keyof B & string]: { besked: K } & DataFor<B[K]>;
}[keyof B & string];

/** A finding as a check reports it: a message of the rule by name, its data and the cell to fix. */
export type Rapport<B extends Beskeder> = Besked<B> & {
  celle: Sted;
  /** A Ydelses-ID that is null, undefined or empty is left out of the finding. */
  ydelsesId?: string | null;
  /** See FundInput.alvor. */
  alvor?: FundInput["alvor"];
};

/** The context a rule's check gets: the engine's, with `rapporter` taking a `Rapport` of the rule's messages. */
export interface TjekKontekst<B extends Beskeder> extends Omit<RegelKontekst, "rapporter"> {
  rapporter(rapport: Rapport<B>): void;
}

export interface RegelDefinition<I extends RegelId, B extends Beskeder> {
  meta: RegelMeta<I>;
  beskeder: B;
  tjek(ctx: TjekKontekst<B>): void;
}

/**
 * A message's data as a finding carries it (JSON): numbers as exact decimal strings (decimal.js
 * `toFixed()`, never exponent notation or a float), `undefined` left out. Anything else (a Date,
 * a model cell) is a mistake in the rule and throws, so its tests catch it.
 */
export function dataSomJson(v: unknown, sti = "data"): FundVaerdi | undefined {
  if (v === undefined) return undefined;
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`${sti} er ${v}: kun endelige tal kan stå i et funds data.`);
    return new D(v).toFixed();
  }
  if (D.isDecimal(v)) return (v as Dec).toFixed();
  if (Array.isArray(v)) return v.map((x, i) => dataSomJson(x, `${sti}[${i}]`) ?? null);
  if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    const ud: FundData = {};
    for (const [k, x] of Object.entries(v)) {
      const j = dataSomJson(x, `${sti}.${k}`);
      if (j !== undefined) ud[k] = j;
    }
    return ud;
  }
  throw new Error(
    `${sti} kan ikke stå i et funds data (kun tal, Decimal, tekst, sandhedsværdier, lister og objekter).`,
  );
}

export function lavRegel<const I extends RegelId, const B extends Beskeder>({
  meta,
  beskeder,
  tjek,
}: RegelDefinition<I, B>): Regel<I> {
  return {
    meta,
    beskeder,
    tjek(ctx) {
      tjek({
        ...ctx,
        rapporter: (r: Rapport<B>) => {
          const { besked, celle, ydelsesId, alvor } = r;
          const data = (r as { data?: unknown }).data ?? {};
          const funktion = beskeder[besked] as unknown as ((d: unknown) => string) | undefined;
          if (!funktion) throw new Error(`Reglen ${meta.id} har ingen besked "${besked}".`);
          ctx.rapporter({
            ark: celle.ark,
            celle: celle.adresse,
            // Call sites pass whatever ID they have; a finding without one simply has no field.
            ...(ydelsesId ? { ydelsesId } : {}),
            besked: funktion(data),
            beskedId: besked,
            data: dataSomJson(data) as FundData,
            ...(alvor ? { alvor } : {}),
          });
        },
      });
    },
  };
}
