import { lempelserResume, lempelseTekst, profilLempelser, type Lempelse } from "../../profil/lempelser";
import { efterlignetProfil, profilFraSnapshot, TAKSTPROFIL_ARK } from "../../profil/laes-profil";
import { basisProfil } from "../../profil/register";
import { findSheet } from "../../snapshot";
import { lavRegel } from "../lav-regel";

/** How many loosenings the message names before "og N flere". */
const MAKS_NAEVNT = 8;

type Skjult = "veryHidden" | "hidden" | null;

// A hidden sheet is the way to slip a profile past a reader: say so.
const skjultTekst = (s: Skjult): string =>
  s === "veryHidden"
    ? " (arket er meget skjult og kan ikke vises fra Excels menuer)"
    : s === "hidden"
      ? " (arket er skjult)"
      : "";

interface Hvem {
  profil: string;
  /** The built-in profile it wears the name of, if any. */
  efterlignet: string | null;
  skjult: Skjult;
  basis: string;
}

const hvem = (d: Hvem): string =>
  `Skemaet har sin egen profil "${d.profil}"${d.efterlignet ? `, forklædt med navnet på den indbyggede profil ${d.efterlignet},` : ""} i arket ${TAKSTPROFIL_ARK}${skjultTekst(d.skjult)}`;

export default lavRegel({
  meta: {
    id: "takstprofil-i-skema",
    standardAlvor: "advarsel",
    beskrivelse:
      "Skemaet har sit eget ark Takstprofil med tærskler og alvorsgrader; sekretariatet kontrollerer med sin egen profil, og arket kan løsne kontrollen i tilføjelsesprogrammet.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    ulaeselig: (d: { skjult: Skjult }) =>
      `Skemaet har et ark ${TAKSTPROFIL_ARK}${skjultTekst(d.skjult)} med en profil, der ikke kan læses. ` +
      "Sekretariatet kontrollerer med sin egen profil; slet arket, før skemaet sendes.",
    loesnerIntet: (d: Hvem) =>
      `${hvem(d)}; den løsner intet i forhold til ${d.basis}. Sekretariatet kontrollerer med sin egen profil.`,
    loesner: (d: Hvem & { lempelser: readonly Lempelse[] }) => {
      const naevnt = d.lempelser.slice(0, MAKS_NAEVNT).map(lempelseTekst);
      const resten = d.lempelser.length - naevnt.length;
      return (
        `${hvem(d)}, som i forhold til ${d.basis} har ${lempelserResume(d.lempelser)}: ${naevnt.join("; ")}` +
        `${resten > 0 ? ` og ${resten} flere` : ""}. ` +
        "Tilføjelsesprogrammet bruger den kun, hvis brugeren godkender den, og sekretariatet kontrollerer med sin egen profil. " +
        "Har sekretariatet ikke selv lagt arket i skabelonen, så slet det, før skemaet sendes."
      );
    },
  },
  tjek(ctx) {
    const ark = findSheet(ctx.snapshot, TAKSTPROFIL_ARK);
    if (!ark) return;
    const skjult: Skjult = ark.visibility === "veryHidden" || ark.visibility === "hidden" ? ark.visibility : null;
    const celle = { ark: ark.name, adresse: "A1" };
    const r = profilFraSnapshot(ctx.snapshot);
    if (r === null) return;
    if (!r.ok) {
      ctx.rapporter({ besked: "ulaeselig", celle, data: { skjult } });
      return;
    }
    const base = basisProfil(r.kaede);
    const lempelser = profilLempelser(r.profil, base, ctx.standardAlvor);
    const om: Hvem = {
      profil: r.profil.id,
      efterlignet: efterlignetProfil(r.profil)?.id ?? null,
      skjult,
      basis: base.id,
    };
    if (lempelser.length === 0) ctx.rapporter({ besked: "loesnerIntet", celle, alvor: "info", data: om });
    else ctx.rapporter({ besked: "loesner", celle, data: { ...om, lempelser } });
  },
});
