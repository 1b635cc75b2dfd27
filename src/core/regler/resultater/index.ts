import type { Regel } from "../typer";

export const RESULTAT_REGLER: readonly Regel[] = [];
