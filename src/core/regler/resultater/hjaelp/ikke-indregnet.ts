/** The common check of overskud-ikke-indregnet and underskud-ikke-indregnet (§ 5.3.1, § 5.3.2). */
import { formaterKr, formaterPct, formaterPctBroekMod } from "../../../format";
import type { Takstskema } from "../../../model";
import { D, NUL, tilOere, type Dec } from "../../../penge";
import type { TjekKontekst } from "../../lav-regel";
import { beloebSomExcel } from "../../omkostninger/hjaelp/faelles";
import {
  forHvem,
  fristForklaring,
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

/**
 * The group's Indregnet without the rows that count as not indregnet (regler.md 2026.3 item 7),
 * and the sentence that says why they are left out ("" when none is).
 */
function taltIndregnet(g: Resultatgruppe): { indregnet: Dec; ikkeTalt: string } {
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
  if (grunde.size === 0) return { indregnet: tilOere(indregnet), ikkeTalt: "" };
  const hvorfor = [
    ...(grunde.has("mangler") ? ["Indregnet i takstår mangler"] : []),
    ...(grunde.has("foer") ? ["Indregnet i takstår ligger før regnskabsåret (eller er selve regnskabsåret)"] : []),
  ].join(", og ");
  return {
    indregnet: tilOere(indregnet),
    ikkeTalt:
      ` ${formaterKr(udenAar)} i Indregnet tælles ikke som indregnet, fordi ${hvorfor}; ` +
      `et resultat indregnes i en takst for et senere år: skriv det takstår, beløbet er indregnet i.`,
  };
}

export function tjekIkkeIndregnet(ctx: TjekKontekst, art: "overskud" | "underskud"): void {
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
    const andel = grundlag.isZero()
      ? ""
      : // On its true side of the grænse the message names next (regler.md 2026.3 point 9).
        `, ${formaterPctBroekMod(f.beloeb.div(grundlag), pct)} af takstberegningsgrundlaget på ${formaterKr(grundlag)}`;
    const hvordan = art === "overskud" ? "som en reduktion af taksten" : "som en takststigning";
    const kolonne = art === "overskud" ? "Indregnet overskud" : "Indregnet underskud";
    const omk = iOmkostninger.isZero()
      ? ""
      : ` og ${formaterKr(iOmkostninger)} mere står i ${kolonne} i Omkostninger for takstår ${aarNu} uden en række her`;
    const start =
      `${art === "overskud" ? "Overskuddet" : "Underskuddet"}${forHvem(g.id)} i regnskabsår ${regnskabsaar} er ${formaterKr(f.beloeb)}${andel} ` +
      `Den del, der overstiger ${formaterPct(pct)} (${formaterKr(f.graense)}), i alt ${formaterKr(f.skalIndregnes)}, skal indregnes ${hvordan} ` +
      `senest i takstår ${frist.aar} (${fristForklaring(frist, ctx.profil)}); indregnet er ${formaterKr(indregnet)}${iAlt(g)}${omk}, så der mangler ${formaterKr(mangler)}`;
    const iDenneTakst = `indregn resten i denne takst (${kolonne} i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår ${aarNu}`;
    const slut = fristNaaet
      ? aarNu === frist.aar
        ? ` Takstår ${aarNu} er sidste frist: ${iDenneTakst}.`
        : ` Fristen er overskredet: ${iDenneTakst}, og begrund den sene indregning i Bemærkninger.`
      : ` Det kan ske i en senere takst, men senest i ${frist.aar}.`;
    const celle = g.sidste.indregnet;
    ctx.rapporter({
      ark: celle.ark,
      celle: celle.adresse,
      ydelsesId: g.id,
      besked: start + slut + ikkeTalt,
      ...(fristNaaet ? {} : { alvor: "info" as const }),
    });
  }
}
