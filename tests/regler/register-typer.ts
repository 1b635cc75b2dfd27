/**
 * Compile-time checks of the registry's typed map (tsc -p tsconfig.json runs them; a
 * `@ts-expect-error` that no longer errors fails the type check).
 */
import type { RegelId } from "../../src/core/regler/id";
import { REGLER } from "../../src/core/regler";
import type { Regel } from "../../src/core/regler/typer";

type Register = { readonly [I in RegelId]: Regel<I> };

// A rule under another rule's ID.
// @ts-expect-error Regel<"skema-mangler-kolonne"> is not a Regel<"skema-mangler-tabel">
export const forkertId: Register = { ...REGLER, "skema-mangler-tabel": REGLER["skema-mangler-kolonne"] };

// A rule left out.
const { "tal-som-tekst": _udeladt, ...udenEn } = REGLER;
// @ts-expect-error "tal-som-tekst" is missing
export const manglende: Register = udenEn;

// One too many (an ID that is not in REGEL_IDER).
export const ekstra = {
  ...REGLER,
  // @ts-expect-error "ny-regel" is not a RegelId
  "ny-regel": REGLER["tal-som-tekst"],
} satisfies Register;
