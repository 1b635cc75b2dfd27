/**
 * The reader: snapshot → Takstskema model (docs/skabelon.md, "Sådan finder læseren data").
 * It never throws on bad input; what it cannot read becomes an Indlaesningsproblem (facts,
 * not a message) that the input rules word and report.
 */
import { a1 } from "../adresse";
import type {
  Celle,
  FundetTabel,
  Indlaesningsproblem,
  OmkostningRaekke,
  Stamdata,
  StamdataTypes,
  TakstbilagRaekke,
  Takstskema,
  YdelseRaekke,
} from "../model";
import {
  cellFormula,
  cellNumberFormat,
  cellValue,
  findSheet,
  type CellValue,
  type WorkbookSnapshot,
} from "../snapshot";
import {
  STAMDATA_FELTER,
  TBL_OMKOSTNINGER,
  TBL_RESULTATER,
  TBL_STAMDATA,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEG_FAST_PRIS,
  TBL_TILLAEGSBEREGNING,
  TBL_YDELSER,
  paakraevedeKolonner,
  type StamdataKey,
  type TabelDef,
} from "../skema/tabeller";
import { findTabel, normaliserOverskrift, overskriftOmraade, type Placering } from "./find-tabel";
import { erTom, laesVaerdi } from "./vaerdier";
import { tilSerial1900 } from "../dato";

type AnyCelle = Celle<unknown>;
type AnyRaekke = Record<string, AnyCelle> & { ark: string; raekke: number };

class Laeser {
  problemer: Indlaesningsproblem[] = [];
  constructor(private snapshot: WorkbookSnapshot) {}

  celle(
    p: Placering,
    raekke: number,
    kolonne: number,
    def: { label: string; type: string; enumVaerdier?: readonly string[]; procentpoint?: boolean },
    ydelsesId?: string,
    stamdata = false,
  ): AnyCelle {
    const ark = p.ark;
    const raa: CellValue = cellValue(ark, raekke, kolonne);
    const adresse = a1(raekke, kolonne);
    const formel = cellFormula(ark, raekke, kolonne);
    const valg = def.procentpoint
      ? { procentpoint: { procentFormat: (cellNumberFormat(ark, raekke, kolonne) ?? "").includes("%") } }
      : {};
    // A date cell of a 1904 workbook holds a 1904 serial; the core works in 1900 serials.
    const somDato = def.type === "dato" && typeof raa === "number" ? tilSerial1900(raa, this.snapshot.date1904) : raa;
    const l = laesVaerdi(somDato, def.type as never, def.enumVaerdier, valg);
    const c: AnyCelle = { ark: ark.name, adresse, raa, vaerdi: l.vaerdi, tom: l.tom };
    if (formel) c.formel = formel;
    const sted = { ark: ark.name, celle: adresse, ...(ydelsesId ? { ydelsesId } : {}) };
    if (l.fejl) {
      c.ulaeselig = true;
      this.problemer.push({ art: "ulaeselig-vaerdi", ...sted, felt: def.label, vaerdi: raa, fejl: l.fejl });
    } else if (l.somTekst) {
      c.somTekst = true;
      // Stamdata's Værdi column holds text and numbers alike: "2026" typed as text is simply read
      // (regler.md 2026.2 item 12), never "så Excel kan regne med det".
      if (stamdata) return c;
      const laestSom = def.type === "dato" ? "dato" : "tal";
      this.problemer.push({ art: "tal-som-tekst", ...sted, felt: def.label, vaerdi: raa, laestSom });
    }
    return c;
  }

  tabel<R>(def: TabelDef): FundetTabel<R> | null {
    const p = findTabel(this.snapshot, def);
    if (!p) return null;
    const omraade = overskriftOmraade(p);
    const manglende = paakraevedeKolonner(def).filter((k) => !p.kolonner[k]);
    for (const kolonne of manglende) {
      this.problemer.push({ art: "kolonne-mangler", ark: p.ark.name, celle: omraade, tabel: def.navn, kolonne });
    }
    for (const d of p.dubletter) {
      this.problemer.push({
        art: "dobbelt-overskrift",
        ark: p.ark.name,
        celle: d.adresse,
        tabel: def.navn,
        overskrift: d.overskrift,
        laest: p.kolonner[d.key]?.adresse,
      });
    }

    const idKol = p.kolonner["ydelsesId"];
    const raekker: R[] = [];
    const kolonner = def.kolonner.map((k) => ({ def: k, fundet: p.kolonner[k.key] }));
    for (let r = p.overskriftRaekke + 1; r <= p.bund; r++) {
      // Empty rows inside a table are skipped, not read as empty ydelser.
      let tom = true;
      for (const k of kolonner) {
        if (k.fundet && !erTom(cellValue(p.ark, r, k.fundet.kolonne))) {
          tom = false;
          break;
        }
      }
      if (tom) continue;
      let ydelsesId: string | undefined;
      if (idKol) {
        const v = cellValue(p.ark, r, idKol.kolonne);
        if (typeof v === "string" || typeof v === "number") ydelsesId = String(v).trim() || undefined;
      }
      const raekke = { ark: p.ark.name, raekke: r } as AnyRaekke;
      for (const k of kolonner) {
        if (k.fundet) {
          raekke[k.def.key] = this.celle(p, r, k.fundet.kolonne, k.def, ydelsesId);
        } else {
          raekke[k.def.key] = {
            ark: p.ark.name,
            adresse: a1(r, p.venstre),
            raa: null,
            vaerdi: null,
            tom: true,
            mangler: "kolonne",
          };
        }
      }
      raekker.push(raekke as unknown as R);
    }
    return {
      navn: def.navn,
      ark: p.ark.name,
      kilde: p.kilde,
      overskriftRaekke: p.overskriftRaekke,
      overskriftOmraade: omraade,
      kolonner: p.kolonner,
      manglendeKolonner: manglende,
      raekker,
    };
  }

  stamdata(): Stamdata | null {
    const tabel = this.tabel<AnyRaekke>(TBL_STAMDATA);
    const labelTilFelt = new Map<string, (typeof STAMDATA_FELTER)[number]>(
      STAMDATA_FELTER.map((f) => [normaliserOverskrift(f.label), f]),
    );
    const vaerdiCeller = new Map<StamdataKey, { ark: string; raekke: number; kolonne: number }>();

    if (tabel) {
      const vaerdiKol = tabel.kolonner["vaerdi"];
      for (const r of tabel.raekker) {
        const felt = labelTilFelt.get(normaliserOverskrift(r["felt"].raa));
        if (felt && vaerdiKol && !vaerdiCeller.has(felt.key)) {
          vaerdiCeller.set(felt.key, { ark: r.ark, raekke: r.raekke, kolonne: vaerdiKol.kolonne });
        }
      }
    } else {
      // No Felt/Værdi headers: look for the field labels on the sheet, value in the next cell to the right.
      const ark = findSheet(this.snapshot, TBL_STAMDATA.ark);
      if (!ark) return null;
      ark.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const felt = labelTilFelt.get(normaliserOverskrift(v));
          if (felt && !vaerdiCeller.has(felt.key))
            vaerdiCeller.set(felt.key, { ark: ark.name, raekke: ark.top + i, kolonne: ark.left + j + 1 });
        }),
      );
      if (vaerdiCeller.size === 0) return null;
    }

    const arkNavn = tabel?.ark ?? [...vaerdiCeller.values()][0].ark;
    const ark = findSheet(this.snapshot, arkNavn)!;
    const reserve = tabel ? (tabel.kolonner["felt"]?.adresse ?? a1(tabel.overskriftRaekke, 1)) : "A1";
    const felter = {} as Record<StamdataKey, AnyCelle>;
    for (const f of STAMDATA_FELTER) {
      const pos = vaerdiCeller.get(f.key);
      if (pos) {
        const p: Placering = {
          ark,
          kilde: "tabel",
          overskriftRaekke: 0,
          venstre: 0,
          hoejre: 0,
          bund: 0,
          kolonner: {},
          dubletter: [],
        };
        felter[f.key] = this.celle(p, pos.raekke, pos.kolonne, f, undefined, true);
      } else {
        felter[f.key] = { ark: arkNavn, adresse: reserve, raa: null, vaerdi: null, tom: true, mangler: "raekke" };
      }
    }
    return {
      tabel: tabel as FundetTabel<unknown> | null,
      felter: felter as unknown as { [K in StamdataKey]: Celle<StamdataTypes[K]> },
    };
  }

  mangler(def: TabelDef): void {
    const ark = findSheet(this.snapshot, def.ark);
    this.problemer.push({
      art: "tabel-mangler",
      ark: ark?.name ?? def.ark,
      celle: "A1",
      tabel: def.navn,
      arkFindes: !!ark,
    });
  }
}

export function laesTakstskema(snapshot: WorkbookSnapshot): Takstskema {
  const l = new Laeser(snapshot);
  const ydelser = l.tabel<YdelseRaekke>(TBL_YDELSER);
  const takstbilag = l.tabel<TakstbilagRaekke>(TBL_TAKSTBILAG);
  const type: Takstskema["type"] = takstbilag && !ydelser ? "takstbilag" : "takstskema";

  const stamdata = l.stamdata();
  const omkostninger = l.tabel<OmkostningRaekke>(TBL_OMKOSTNINGER);
  const skema: Takstskema = {
    type,
    stamdata,
    ydelser,
    omkostninger,
    resultater: l.tabel(TBL_RESULTATER),
    tillaeg: l.tabel(TBL_TILLAEG),
    tillaegFastPris: l.tabel(TBL_TILLAEG_FAST_PRIS),
    tillaegsberegning: l.tabel(TBL_TILLAEGSBEREGNING),
    takstbilag,
    problemer: l.problemer,
  };
  if (type === "takstskema") {
    if (!stamdata) l.mangler(TBL_STAMDATA);
    if (!ydelser) l.mangler(TBL_YDELSER);
    if (!omkostninger) l.mangler(TBL_OMKOSTNINGER);
  }
  return skema;
}
