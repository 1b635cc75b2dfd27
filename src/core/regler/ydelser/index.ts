import type { Regel } from "../typer";

export const YDELSE_REGLER: readonly Regel[] = [];
