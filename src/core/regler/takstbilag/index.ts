import type { Regel } from "../typer";

export const TAKSTBILAG_REGLER: readonly Regel[] = [];
