import { lempelserResume, lempelseTekst, profilLempelser } from "../../profil/lempelser";
import { efterlignetProfil, profilFraSnapshot, TAKSTPROFIL_ARK } from "../../profil/laes-profil";
import { basisProfil } from "../../profil/register";
import { findSheet } from "../../snapshot";
import { lavRegel } from "../lav-regel";

/** How many loosenings the message names before "og N flere". */
const MAKS_NAEVNT = 8;

export default lavRegel({
  meta: {
    id: "takstprofil-i-skema",
    standardAlvor: "advarsel",
    beskrivelse:
      "Skemaet har sit eget ark Takstprofil med tærskler og alvorsgrader; sekretariatet kontrollerer med sin egen profil, og arket kan løsne kontrollen i tilføjelsesprogrammet.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    const ark = findSheet(ctx.snapshot, TAKSTPROFIL_ARK);
    if (!ark) return;
    // A hidden sheet is the way to slip a profile past a reader: say so.
    const skjult =
      ark.visibility === "veryHidden"
        ? " (arket er meget skjult og kan ikke vises fra Excels menuer)"
        : ark.visibility === "hidden"
          ? " (arket er skjult)"
          : "";
    const sted = { ark: ark.name, celle: "A1" };
    const r = profilFraSnapshot(ctx.snapshot);
    if (r === null) return;
    if (!r.ok) {
      ctx.rapporter({
        ...sted,
        besked:
          `Skemaet har et ark ${TAKSTPROFIL_ARK}${skjult} med en profil, der ikke kan læses. ` +
          "Sekretariatet kontrollerer med sin egen profil; slet arket, før skemaet sendes.",
      });
      return;
    }
    const base = basisProfil(r.kaede);
    const lempelser = profilLempelser(r.profil, base, ctx.standardAlvor);
    const efterlignet = efterlignetProfil(r.profil);
    const forklaedt = efterlignet ? `, forklædt med navnet på den indbyggede profil ${efterlignet.id},` : "";
    const hvem = `Skemaet har sin egen profil "${r.profil.id}"${forklaedt} i arket ${TAKSTPROFIL_ARK}${skjult}`;
    if (lempelser.length === 0) {
      ctx.rapporter({
        ...sted,
        alvor: "info",
        besked: `${hvem}; den løsner intet i forhold til ${base.id}. Sekretariatet kontrollerer med sin egen profil.`,
      });
      return;
    }
    const naevnt = lempelser.slice(0, MAKS_NAEVNT).map(lempelseTekst);
    const resten = lempelser.length - naevnt.length;
    ctx.rapporter({
      ...sted,
      besked:
        `${hvem}, som i forhold til ${base.id} har ${lempelserResume(lempelser)}: ${naevnt.join("; ")}` +
        `${resten > 0 ? ` og ${resten} flere` : ""}. ` +
        "Tilføjelsesprogrammet bruger den kun, hvis brugeren godkender den, og sekretariatet kontrollerer med sin egen profil. " +
        "Har sekretariatet ikke selv lagt arket i skabelonen, så slet det, før skemaet sendes.",
    });
  },
});
