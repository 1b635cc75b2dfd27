import { lavRegel } from "../lav-regel";
import type { Celle, TillaegRaekke } from "../../model";
import { timetakstPar } from "../../beregning/tillaeg";
import { formaterKr } from "../../format";
import { tilOere, type Dec } from "../../penge";
import { TBL_TILLAEG } from "../../skema/tabeller";
import { hvilken } from "./hjaelp/faelles";
import { tillaegPar } from "./hjaelp/sats";
import { tabelOrd } from "../../skema/tabelord";

interface Dublet {
  /** "Socialpædagog, Hverdag 17-23" */
  hvad: string;
  kategori: string | null;
  /** The row the pair is first on. */
  raekke: number;
}

const navne = (kategori: string | null): string =>
  `Flere timetakster for samme personalekategori er i orden, når de har hver sit navn, fx "${kategori} 1" og "${kategori} 2"; ` +
  `skriv så det rigtige navn i de aftalte tillægsydelser.`;

const TAL = ["timeomkostning", "fravaer", "doegnkoefficient", "vfo", "ataTimetakst"] as const;

/** A cell's number as the lookup returns it; undefined when it cannot be read (then nothing is compared). */
function tal(c: Celle<Dec>): Dec | null | undefined {
  if (c.mangler || c.ulaeselig) return undefined;
  return c.vaerdi;
}

function ens(a: Dec | null | undefined, b: Dec | null | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === null || b === null) return a === b;
  return a.eq(b);
}

/** The rate the written formula returns for the row: the ATA-timetakst cell, rounded to øre as shown. */
function sats(r: TillaegRaekke): Dec | null | undefined {
  const v = tal(r.ataTimetakst);
  return v ? tilOere(v) : v;
}

/**
 * regler.md 2026.3 item 11 (bilag 2: the rate may be "beregnes ud fra den aktuelle medarbejder",
 * so several rates per personalekategori are legitimate): a (Personalekategori, Tidsrum) pair,
 * matched as the one rate lookup matches it, on two rows of tblTillaeg. The lookup takes the first
 * row, so a different rate further down is never used (fejl); an identical row only repeats it
 * (advarsel). On every row after the first, its Personalekategori cell.
 */
export default lavRegel({
  meta: {
    id: "tillaeg-dublet",
    standardAlvor: "fejl",
    beskrivelse:
      "Samme personalekategori og tidsrum må kun stå én gang i tabellen over ATA-timetakster: flere takster for samme kategori skal have hver sit navn (advarsel, når rækkerne er ens).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    gentaget: (d: Dublet & { identisk: boolean; sats: Dec | null }) =>
      `${d.hvad} står også i række ${d.raekke} i ${tabelOrd(TBL_TILLAEG.navn)}${d.identisk ? " med de samme tal" : ` med samme ATA-timetakst${d.sats ? ` (${formaterKr(d.sats)})` : ""}`}. ` +
      `Slet den ene række, eller giv hver række sit eget navn. ${navne(d.kategori)}`,
    andenSats: (d: Dublet & { foersteSats: Dec | null; sats: Dec | null }) =>
      `${d.hvad} står også i række ${d.raekke} i ${tabelOrd(TBL_TILLAEG.navn)}, men med en anden ATA-timetakst` +
      (d.foersteSats && d.sats ? ` (${formaterKr(d.foersteSats)} dér, ${formaterKr(d.sats)} her)` : "") +
      `. Opslaget i de aftalte tillægsydelser bruger den første række, så denne række bruges aldrig. Giv hver række sit eget navn, eller slet den, der er forkert. ${navne(d.kategori)}`,
  },
  tjek(ctx) {
    const foerste = new Map<string, TillaegRaekke>();
    for (const r of ctx.skema.tillaeg?.raekker ?? []) {
      const noegle = timetakstPar(...tillaegPar(r));
      if (noegle === null) continue;
      const f = foerste.get(noegle);
      if (!f) {
        foerste.set(noegle, r);
        continue;
      }
      const dublet: Dublet = {
        hvad: hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi),
        kategori: r.personalekategori.vaerdi,
        raekke: f.raekke,
      };
      const identisk = TAL.every((k) => ens(tal(f[k]), tal(r[k])));
      const a = sats(f);
      const b = sats(r);
      const sammeSats = a !== undefined && b !== undefined && ens(a, b);
      const c = r.personalekategori;
      if (identisk || sammeSats) {
        ctx.rapporter({
          besked: "gentaget",
          celle: c,
          alvor: "advarsel",
          data: { ...dublet, identisk, sats: identisk ? null : (a ?? null) },
        });
        continue;
      }
      ctx.rapporter({
        besked: "andenSats",
        celle: c,
        data: { ...dublet, foersteSats: a ?? null, sats: b ?? null },
      });
    }
  },
});
