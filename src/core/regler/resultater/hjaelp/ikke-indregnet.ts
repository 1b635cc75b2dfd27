/** The common check of overskud-ikke-indregnet and underskud-ikke-indregnet (§ 5.3.1, § 5.3.2). */
import { formaterKr, formaterPct, formaterPctBroekMod } from "../../../format";
import type { Takstskema } from "../../../model";
import { D, NUL, tilOere, type Dec } from "../../../penge";
import type { TjekKontekst } from "../../lav-regel";
import { beloebSomExcel } from "../../omkostninger/hjaelp/faelles";
import {
  forHvem,
  fristData,
  fristForklaring,
  type FristData,
  iAlt,
  indregnetTaellesIkke,
  indregningsfrist,
  resultatgrupper,
  takstaar,
  type Resultatgruppe,
} from "./faelles";

const HELE_TILBUDDET = "*";

function noegle(id: string): string {
  return id.trim().toUpperCase();
}

/**
 * What tblOmkostninger indregner of `art` in this Takstår beyond what tblResultater's rows with
 * Indregnet i takstår = Takstår account for, per Ydelses-ID (issue 7 § 3: a correctly
 * indregnet amount is never asked for twice; regulering-stemmer-ikke asks to record it).
 */
function uregistreret(skema: Takstskema, art: "overskud" | "underskud", aarNu: number): Map<string, Dec> {
  const kolonne = art === "overskud" ? "indregnetOverskud" : "indregnetUnderskud";
  const pulje = new Map<string, Dec>();
  for (const o of skema.omkostninger?.raekker ?? []) {
    const id = o.ydelsesId.vaerdi;
    const v = beloebSomExcel(o[kolonne]);
    if (!id || v === null || !v.isPositive()) continue;
    pulje.set(noegle(id), (pulje.get(noegle(id)) ?? NUL).plus(v));
  }
  for (const r of skema.resultater?.raekker ?? []) {
    const id = r.ydelsesId.vaerdi;
    const resultat = r.resultat.vaerdi;
    const indregnet = r.indregnet.vaerdi;
    if (!id || resultat === null || resultat.isZero() || indregnet === null) continue;
    if ((art === "overskud") !== resultat.isPositive() || r.indregnetITakstaar.vaerdi !== aarNu) continue;
    if (indregnetTaellesIkke(r)) continue;
    const k = noegle(id);
    if (k === HELE_TILBUDDET) {
      // A '*' row is spread over the ydelser: it accounts for the column as a whole.
      pulje.set(HELE_TILBUDDET, (pulje.get(HELE_TILBUDDET) ?? NUL).minus(indregnet));
    } else if (pulje.has(k)) pulje.set(k, pulje.get(k)!.minus(indregnet));
  }
  return pulje;
}

interface IkkeTalt {
  beloeb: Dec;
  grunde: ("mangler" | "foer")[];
}

/**
 * The group's Indregnet without the rows that count as not indregnet (regler.md 2026.3 item 7),
 * and what is left out and why (null when nothing is).
 */
function taltIndregnet(g: Resultatgruppe): { indregnet: Dec; ikkeTalt: IkkeTalt | null } {
  let indregnet = NUL;
  let udenAar = NUL;
  const grunde = new Set<"mangler" | "foer">();
  for (const r of g.raekker) {
    const v = r.indregnet.vaerdi ?? NUL;
    const grund = indregnetTaellesIkke(r);
    if (grund) {
      grunde.add(grund);
      udenAar = udenAar.plus(v);
    } else indregnet = indregnet.plus(v);
  }
  if (grunde.size === 0) return { indregnet: tilOere(indregnet), ikkeTalt: null };
  return {
    indregnet: tilOere(indregnet),
    ikkeTalt: { beloeb: udenAar, grunde: (["mangler", "foer"] as const).filter((g) => grunde.has(g)) },
  };
}

/** The sentence that says why some of Indregnet is left out ("" when nothing is). */
function ikkeTaltTekst(t: IkkeTalt | null): string {
  if (!t) return "";
  const hvorfor = [
    ...(t.grunde.includes("mangler") ? ["Indregnet i takstår mangler"] : []),
    ...(t.grunde.includes("foer")
      ? ["Indregnet i takstår ligger før regnskabsåret (eller er selve regnskabsåret)"]
      : []),
  ].join(", og ");
  return (
    ` ${formaterKr(t.beloeb)} i Indregnet tælles ikke som indregnet, fordi ${hvorfor}; ` +
    `et resultat indregnes i en takst for et senere år: skriv det takstår, beløbet er indregnet i.`
  );
}

interface IkkeIndregnet {
  art: "overskud" | "underskud";
  ydelsesId?: string;
  regnskabsaar: number;
  resultat: Dec;
  /** Takstberegningsgrundlag; null when it is 0 (no share to name). */
  grundlag: Dec | null;
  pct: number;
  graense: Dec;
  skalIndregnes: Dec;
  frist: FristData;
  indregnet: Dec;
  raekker: number;
  iOmkostninger: Dec;
  mangler: Dec;
  takstaar: number;
  ikkeTalt: IkkeTalt | null;
}

function start(d: IkkeIndregnet): string {
  const andel =
    d.grundlag === null
      ? ""
      : // On its true side of the grænse the message names next (regler.md 2026.3 point 9).
        `, ${formaterPctBroekMod(d.resultat.div(d.grundlag), d.pct)} af takstberegningsgrundlaget på ${formaterKr(d.grundlag)}`;
  const hvordan = d.art === "overskud" ? "som en reduktion af taksten" : "som en takststigning";
  const omk = d.iOmkostninger.isZero()
    ? ""
    : ` og ${formaterKr(d.iOmkostninger)} mere står i ${kolonne(d)} i Omkostninger for takstår ${d.takstaar} uden en række her`;
  return (
    `${d.art === "overskud" ? "Overskuddet" : "Underskuddet"}${forHvem(d.ydelsesId)} i regnskabsår ${d.regnskabsaar} er ${formaterKr(d.resultat)}${andel} ` +
    `Den del, der overstiger ${formaterPct(d.pct)} (${formaterKr(d.graense)}), i alt ${formaterKr(d.skalIndregnes)}, skal indregnes ${hvordan} ` +
    `senest i takstår ${d.frist.aar} (${fristForklaring(d.frist)}); indregnet er ${formaterKr(d.indregnet)}${iAlt(d.raekker)}${omk}, så der mangler ${formaterKr(d.mangler)}`
  );
}

const kolonne = (d: Pick<IkkeIndregnet, "art">): string =>
  d.art === "overskud" ? "Indregnet overskud" : "Indregnet underskud";

const iDenneTakst = (d: IkkeIndregnet): string =>
  `indregn resten i denne takst (${kolonne(d)} i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår ${d.takstaar}`;

/** The messages of overskud-ikke-indregnet and underskud-ikke-indregnet. */
export const IKKE_INDREGNET_BESKEDER = {
  senere: (d: IkkeIndregnet) =>
    `${start(d)} Det kan ske i en senere takst, men senest i ${d.frist.aar}.${ikkeTaltTekst(d.ikkeTalt)}`,
  sidsteFrist: (d: IkkeIndregnet) =>
    `${start(d)} Takstår ${d.takstaar} er sidste frist: ${iDenneTakst(d)}.${ikkeTaltTekst(d.ikkeTalt)}`,
  fristOverskredet: (d: IkkeIndregnet) =>
    `${start(d)} Fristen er overskredet: ${iDenneTakst(d)}, og begrund den sene indregning i Bemærkninger.${ikkeTaltTekst(d.ikkeTalt)}`,
};

export function tjekIkkeIndregnet(
  ctx: TjekKontekst<typeof IKKE_INDREGNET_BESKEDER>,
  art: "overskud" | "underskud",
): void {
  const aarNu = takstaar(ctx.skema);
  if (!ctx.skema.resultater || aarNu === null) return;
  const pct = ctx.profil.overUnderskud.graensePct;
  const pulje = uregistreret(ctx.skema, art, aarNu);
  const tag = (k: string, oenskes: Dec): Dec => {
    const har = D.max(pulje.get(k) ?? NUL, NUL);
    const taget = D.min(har, oenskes);
    pulje.set(k, har.minus(taget));
    return taget;
  };
  // Oldest first, a ydelse's own rows before the whole tilbud's ('*' takes what is left of the column).
  const grupper = resultatgrupper(ctx.skema, ctx.profil)
    .filter((g) => g.fordeling?.art === art && g.regnskabsaar !== null && g.indregnet !== null)
    .sort(
      (a, b) =>
        Number(a.id?.trim() === HELE_TILBUDDET) - Number(b.id?.trim() === HELE_TILBUDDET) ||
        a.regnskabsaar! - b.regnskabsaar!,
    );
  for (const g of grupper) {
    const f = g.fordeling!;
    const regnskabsaar = g.regnskabsaar!;
    const { indregnet, ikkeTalt } = taltIndregnet(g);
    if (!indregnet.lt(f.skalIndregnes)) continue;
    const k = g.id ? noegle(g.id) : "";
    let iOmkostninger = NUL;
    if (k === HELE_TILBUDDET) {
      let rest = NUL;
      for (const [pk, v] of pulje) if (pk !== HELE_TILBUDDET) rest = rest.plus(D.max(v, NUL));
      const samlet = D.max(rest.plus(pulje.get(HELE_TILBUDDET) ?? NUL), NUL);
      iOmkostninger = D.min(samlet, f.skalIndregnes.minus(indregnet));
      pulje.set(HELE_TILBUDDET, (pulje.get(HELE_TILBUDDET) ?? NUL).minus(iOmkostninger));
    } else if (k) iOmkostninger = tag(k, f.skalIndregnes.minus(indregnet));
    const mangler = f.skalIndregnes.minus(indregnet).minus(iOmkostninger);
    if (!mangler.isPositive() || mangler.isZero()) continue;

    const frist = indregningsfrist(ctx.skema, ctx.profil, regnskabsaar, f.art);
    const fristNaaet = aarNu >= frist.aar;
    const grundlag = g.hoved.grundlag.vaerdi!;
    const data: IkkeIndregnet = {
      art,
      ydelsesId: g.id,
      regnskabsaar,
      resultat: f.beloeb,
      grundlag: grundlag.isZero() ? null : grundlag,
      pct,
      graense: f.graense,
      skalIndregnes: f.skalIndregnes,
      frist: fristData(frist, ctx.profil),
      indregnet,
      raekker: g.raekker.length,
      iOmkostninger,
      mangler,
      takstaar: aarNu,
      ikkeTalt,
    };
    const celle = g.sidste.indregnet;
    if (!fristNaaet) ctx.rapporter({ besked: "senere", celle, ydelsesId: g.id, data, alvor: "info" });
    else if (aarNu === frist.aar) ctx.rapporter({ besked: "sidsteFrist", celle, ydelsesId: g.id, data });
    else ctx.rapporter({ besked: "fristOverskredet", celle, ydelsesId: g.id, data });
  }
}
