import type { Regel } from "../typer";

export const STAMDATA_REGLER: readonly Regel[] = [];
