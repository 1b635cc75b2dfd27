import type { Regel } from "../typer";
import grundlagStemmerIkke from "./grundlag-stemmer-ikke";
import omkostningNegativ from "./omkostning-negativ";
import omkostningskategoriTom from "./omkostningskategori-tom";
import vagtlagMangler from "./vagtlag-mangler";
import vagtlagOverPersonale from "./vagtlag-over-personale";

export const OMKOSTNING_REGLER: readonly Regel[] = [
  grundlagStemmerIkke,
  omkostningNegativ,
  omkostningskategoriTom,
  vagtlagMangler,
  vagtlagOverPersonale,
];
