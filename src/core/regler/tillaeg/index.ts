import type { Regel } from "../typer";
import ataVfoOver5Pct from "./ata-vfo-over-5-pct";
import ataDoegnkoefficientINormaltid from "./ata-doegnkoefficient-i-normaltid";
import ataDoegnkoefficientMangler from "./ata-doegnkoefficient-mangler";
import ataFravaerUsandsynlig from "./ata-fravaer-usandsynlig";
import ataTimetakstAfviger from "./ata-timetakst-afviger";
import tillaegBeregningAfviger from "./tillaeg-beregning-afviger";
import tillaegUdenSlutdato from "./tillaeg-uden-slutdato";
import tillaegUkendtTimetakst from "./tillaeg-ukendt-timetakst";
import tillaegDublet from "./tillaeg-dublet";

export const TILLAEG_REGLER: readonly Regel[] = [
  ataVfoOver5Pct,
  ataDoegnkoefficientINormaltid,
  ataDoegnkoefficientMangler,
  ataFravaerUsandsynlig,
  ataTimetakstAfviger,
  tillaegBeregningAfviger,
  tillaegUdenSlutdato,
  tillaegUkendtTimetakst,
  tillaegDublet,
];
