import type { Regel } from "../typer";

export const TILLAEG_REGLER: readonly Regel[] = [];
