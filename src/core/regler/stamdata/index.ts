import type { Regel } from "../typer";
import kategori1IkkeOmfattet from "./kategori-1-ikke-omfattet";
import nytTilbudUdenDriftsaar from "./nyt-tilbud-uden-driftsaar";

export const STAMDATA_REGLER: readonly Regel[] = [kategori1IkkeOmfattet, nytTilbudUdenDriftsaar];
