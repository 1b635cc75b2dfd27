import type { Regel } from "../typer";
import kategori1IkkeOmfattet from "./kategori-1-ikke-omfattet";
import nytTilbudUdenDriftsaar from "./nyt-tilbud-uden-driftsaar";
import takstaarUdenForAftale from "./takstaar-uden-for-aftale";

export const STAMDATA_REGLER: readonly Regel[] = [kategori1IkkeOmfattet, nytTilbudUdenDriftsaar, takstaarUdenForAftale];
