import type { Celle, YdelseRaekke } from "../../model";
import { STAMDATA_FELTER, TBL_RESULTATER, TBL_TAKSTBILAG, TBL_YDELSER, type StamdataKey } from "../../skema/tabeller";
import { lavRegel, type TjekKontekst } from "../lav-regel";
import { formaterKr } from "../../format";
import type { Dec } from "../../penge";
import { sikkertId } from "./hjaelp/ydelses-id";
import { erEnhedstakst, erIndividueltForhandlet, takstGenberegnes } from "../../beregning/takst";
import { vaerdi } from "../ydelser/hjaelp/faelles";
import { tabelOrd } from "../../skema/tabelord";

/** Første driftsår has its own rule (nyt-tilbud-uden-driftsaar). */
const STAMDATA_PAAKRAEVET = STAMDATA_FELTER.filter((f) => f.key !== "foersteDriftsaar");

const YDELSE_PAAKRAEVET = [
  "ydelsesId",
  "ydelse",
  "paragraf",
  "maalgruppe",
  "taksttype",
  "takstenhed",
  "tilbudsform",
  "pladser",
  "takst",
] as const satisfies readonly (keyof YdelseRaekke)[];

/** Time and Stk. are paid per unit, not per place (§ 4.1): no Pladser needed. */
const UDEN_PLADSER: readonly string[] = ["Time", "Stk."];

/**
 * Whether `key` is required for this ydelse (regler.md 2026.2 item 4): no Pladser for Time/Stk.
 * or an Enhedstakst (§ 4.1, regler.md 2026.3 point 1: priced per delivered unit);
 * no Takst for Individuelt forhandlet (§ 5.4.2) or a ydelse with Pladser 0 (closing, § 6.2).
 */
function paakraevet(key: (typeof YDELSE_PAAKRAEVET)[number], r: YdelseRaekke): boolean {
  const enhed = vaerdi(r.takstenhed);
  if (key === "pladser")
    return !erEnhedstakst(vaerdi(r.taksttype)) && (enhed === null || !UDEN_PLADSER.includes(enhed));
  if (key === "takst") {
    const pladser = vaerdi(r.pladser);
    return !erIndividueltForhandlet(vaerdi(r.taksttype)) && !(pladser && pladser.isZero());
  }
  return true;
}

function label(key: string, kolonner: readonly { key: string; label: string }[]): string {
  return kolonner.find((k) => k.key === key)?.label ?? key;
}

/** Empty, with its column present and not unreadable (those have their own findings). */
function tomCelle(c: Celle<unknown>): boolean {
  return c.tom && !c.ulaeselig && !c.mangler;
}

function hjaelp(key: (typeof YDELSE_PAAKRAEVET)[number]): string {
  switch (key) {
    case "ydelsesId":
      return "Giv ydelsen et entydigt ID, fx A1-108.";
    case "taksttype":
    case "takstenhed":
    case "tilbudsform":
      return "Vælg en værdi fra listen.";
    case "pladser":
      return "Skriv antallet af pladser for takståret (0 hvis ydelsen ikke har pladser).";
    case "takst":
      return "Skriv taksten i kr. pr. takstenhed.";
    default:
      return "Udfyld cellen.";
  }
}

/** " for ydelse A1-108" or " i række 3". */
const iYdelse = (d: { ydelsesId?: string; raekke: number }): string =>
  d.ydelsesId ? ` for ydelse ${d.ydelsesId}` : ` i række ${d.raekke}`;

interface IResultater {
  kolonne: string;
  raekke: number;
  ydelsesId?: string;
}

/** " i række 3 for hele tilbuddet (*)" … */
const iResultater = (d: IResultater): string =>
  ` i række ${d.raekke}${d.ydelsesId ? ` for ${d.ydelsesId === "*" ? "hele tilbuddet (*)" : d.ydelsesId}` : ""}`;

const beskeder = {
  takstbilagTakst: (d: { ydelsesId?: string }) =>
    `Takst mangler${d.ydelsesId ? ` for ${d.ydelsesId}` : ""} i ${tabelOrd(TBL_TAKSTBILAG.navn)}. Skriv taksten i kr. pr. takstenhed.`,
  stamdataRaekke: (d: { felt: string }) =>
    `Stamdata mangler rækken "${d.felt}". Tilføj en række med Felt "${d.felt}" og udfyld Værdi.`,
  stamdataTom: (d: { felt: string }) => `Stamdata: "${d.felt}" er ikke udfyldt. Skriv værdien i cellen.`,
  ydelse: (d: { kolonne: string; felt: (typeof YDELSE_PAAKRAEVET)[number]; ydelsesId?: string; raekke: number }) =>
    `${d.kolonne} mangler${iYdelse(d)}. ${hjaelp(d.felt)}`,
  belaegning: (d: { kolonne: string; takstenhed: string; ydelsesId?: string; raekke: number }) =>
    `${d.kolonne} mangler${iYdelse(d)}. En takst pr. ${d.takstenhed.toLowerCase()} beregnes ud fra belægningen; skriv den budgetterede belægning, fx 96 %.`,
  regnskabsaar: (d: IResultater) =>
    `${d.kolonne} mangler${iResultater(d)} i ${tabelOrd(TBL_RESULTATER.navn)}. Skriv det år, resultatet vedrører, fx 2024.`,
  grundlag: (d: IResultater) =>
    `${d.kolonne} mangler${iResultater(d)} i ${tabelOrd(TBL_RESULTATER.navn)}; 5 %-grænsen regnes af det. Skriv regnskabsårets takstberegningsgrundlag.`,
  resultat: (d: IResultater) =>
    `${d.kolonne} mangler${iResultater(d)} i ${tabelOrd(TBL_RESULTATER.navn)}. Skriv regnskabsårets resultat (overskud positivt, underskud negativt).`,
  indregnetITakstaar: (d: IResultater & { indregnet: Dec }) =>
    `${d.kolonne} mangler${iResultater(d)}, men Indregnet er ${formaterKr(d.indregnet)}; uden året tælles beløbet ikke som indregnet. Skriv det takstår, beløbet er indregnet i.`,
};

/**
 * regler.md 2026.3 item 7 (§ 5.3.1, § 5.3.2): a tblResultater row with any amount needs the values
 * the over-/underskud rules judge it by; without them every one of those rules is silent.
 */
function tjekResultater(ctx: TjekKontekst<typeof beskeder>): void {
  for (const r of ctx.skema.resultater?.raekker ?? []) {
    const beloeb = [r.grundlag, r.resultat, r.hensat, r.indregnet] as Celle<Dec>[];
    if (!beloeb.some((c) => c.ulaeselig || (c.vaerdi !== null && !c.vaerdi.isZero()))) continue;
    const ydelsesId = sikkertId(r.ydelsesId.vaerdi);
    const om = (key: "regnskabsaar" | "grundlag" | "resultat" | "indregnetITakstaar"): IResultater => ({
      kolonne: label(key, TBL_RESULTATER.kolonner),
      raekke: r.raekke,
      ydelsesId,
    });
    if (tomCelle(r.regnskabsaar))
      ctx.rapporter({ besked: "regnskabsaar", celle: r.regnskabsaar, ydelsesId, data: om("regnskabsaar") });
    if (tomCelle(r.grundlag)) ctx.rapporter({ besked: "grundlag", celle: r.grundlag, ydelsesId, data: om("grundlag") });
    if (tomCelle(r.resultat)) ctx.rapporter({ besked: "resultat", celle: r.resultat, ydelsesId, data: om("resultat") });
    const indregnet = r.indregnet.vaerdi;
    if (indregnet !== null && indregnet.isPositive() && !indregnet.isZero() && tomCelle(r.indregnetITakstaar))
      ctx.rapporter({
        besked: "indregnetITakstaar",
        celle: r.indregnetITakstaar,
        ydelsesId,
        data: { ...om("indregnetITakstaar"), indregnet },
      });
  }
}

export default lavRegel({
  meta: {
    id: "felt-mangler",
    standardAlvor: "fejl",
    beskrivelse:
      "En påkrævet værdi er tom: Stamdata-felterne; for hver ydelse Ydelses-ID, Ydelse, Paragraf, Målgruppe, Taksttype, Takstenhed, Tilbudsform, Pladser (ikke for Time, Stk. og enhedstakster), Takst (ikke for individuelt forhandlede takster og ydelser med 0 pladser) og Belægningsprocent, når taksten genberegnes (Døgn, Dag, Måned og År; ikke enhedstakster); i tabellen over over- og underskud Regnskabsår, Takstberegningsgrundlag og Resultat på en række med beløb og Indregnet i takstår, når Indregnet er over 0.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder,
  tjek(ctx) {
    const { skema } = ctx;

    if (skema.type === "takstbilag") {
      // A takstbilag is checked for its Takst only (docs/regler.md, "Begreber": Takstbilag).
      for (const r of skema.takstbilag?.raekker ?? []) {
        if (!tomCelle(r.takst)) continue;
        const ydelsesId = sikkertId(r.ydelsesId.vaerdi);
        ctx.rapporter({ besked: "takstbilagTakst", celle: r.takst, ydelsesId, data: { ydelsesId } });
      }
      return;
    }

    const stamdata = skema.stamdata;
    // Without a Felt or Værdi column every row looks missing; skema-mangler-kolonne says what is wrong.
    if (stamdata && !(stamdata.tabel && stamdata.tabel.manglendeKolonner.length > 0)) {
      for (const f of STAMDATA_PAAKRAEVET) {
        const c = stamdata.felter[f.key as StamdataKey] as Celle<unknown>;
        if (c.mangler === "raekke") {
          ctx.rapporter({ besked: "stamdataRaekke", celle: c, data: { felt: f.label } });
        } else if (tomCelle(c)) {
          ctx.rapporter({ besked: "stamdataTom", celle: c, data: { felt: f.label } });
        }
      }
    }

    for (const r of skema.ydelser?.raekker ?? []) {
      const ydelsesId = sikkertId(r.ydelsesId.vaerdi);
      for (const key of YDELSE_PAAKRAEVET) {
        if (tomCelle(r[key]) && paakraevet(key, r))
          ctx.rapporter({
            besked: "ydelse",
            celle: r[key],
            ydelsesId,
            data: { kolonne: label(key, TBL_YDELSER.kolonner), felt: key, ydelsesId, raekke: r.raekke },
          });
      }
      const enhed = vaerdi(r.takstenhed);
      const genberegnes = takstGenberegnes({
        takstenhed: enhed,
        taksttype: vaerdi(r.taksttype),
        pladser: vaerdi(r.pladser),
      });
      if (enhed !== null && genberegnes && tomCelle(r.belaegningsprocent)) {
        ctx.rapporter({
          besked: "belaegning",
          celle: r.belaegningsprocent,
          ydelsesId,
          data: {
            kolonne: label("belaegningsprocent", TBL_YDELSER.kolonner),
            takstenhed: enhed,
            ydelsesId,
            raekke: r.raekke,
          },
        });
      }
    }

    tjekResultater(ctx);
  },
});
