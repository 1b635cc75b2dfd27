import type { Regel } from "../typer";

export const OMKOSTNING_REGLER: readonly Regel[] = [];
