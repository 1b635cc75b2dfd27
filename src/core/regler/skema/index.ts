import type { Regel } from "../typer";

export const SKEMA_REGLER: readonly Regel[] = [];
