import type { Regel } from "../typer";
import takstbilagAendringStemmerIkke from "./takstbilag-aendring-stemmer-ikke";

export const TAKSTBILAG_REGLER: readonly Regel[] = [takstbilagAendringStemmerIkke];
