import { lavRegel } from "../lav-regel";
import type { Celle, OmkostningRaekke, Takstskema } from "../../model";
import { lukketId } from "../skema/hjaelp/ydelses-id";
import { formaterKr } from "../../format";
import { NUL, tilOere, type Dec } from "../../penge";
import { TBL_OMKOSTNINGER, TBL_RESULTATER } from "../../skema/tabeller";
import { takstaar } from "./hjaelp/faelles";
import { beloebSomExcel } from "../omkostninger/hjaelp/faelles";

const HELE_TILBUDDET = "*";

type Art = "overskud" | "underskud";

function noegle(id: string): string {
  return id.trim().toUpperCase();
}

function label(tabel: { kolonner: readonly { key: string; label: string }[] }, key: string): string {
  return tabel.kolonner.find((k) => k.key === key)?.label ?? key;
}

const kolonneNavn = (art: Art): string =>
  label(TBL_OMKOSTNINGER, art === "overskud" ? "indregnetOverskud" : "indregnetUnderskud");
const I_AAR = label(TBL_RESULTATER, "indregnetITakstaar");

/**
 * Per sign (overskud → Indregnet overskud, underskud → Indregnet underskud): the tblResultater rows
 * with Indregnet i takstår = Takstår are summed per Ydelses-ID and compared with that ydelse's
 * tblOmkostninger cell. When some of those rows are `*` (the whole tilbud), the amounts are spread
 * over the ydelser in tblOmkostninger in a way the skema does not show, so the total of all rows is
 * compared with the SUM of the column instead, and the finding points at the column's first cell.
 */

/** The ydelser closing this Takstår: Pladser 0 in tblYdelser (§ 6.2), by noegle. */
function lukkendeYdelser(skema: Takstskema): Set<string> {
  const ud = new Set<string>();
  for (const y of skema.ydelser?.raekker ?? []) {
    const id = y.ydelsesId.vaerdi;
    const pladser = y.pladser.vaerdi;
    if (id && pladser !== null && !y.pladser.ulaeselig && pladser.isZero()) ud.add(noegle(id));
  }
  return ud;
}

/**
 * regler.md 2026.3 item 6 (§ 6.2.2 "underskuddet/overskuddet henføres til andre
 * socialaftaletilbud hos driftsherren"): per Ydelses-ID, d = Σ Indregnet this Takstår in
 * tblResultater − the tblOmkostninger column; d > 0 gives, d < 0 receives. The differences are a
 * result moved on closing, not an error, when every giver is closing (Pladser 0) or written
 * `lukket: <ID>`, and the skema's totals agree. Anything unknown keeps today's per-ID findings.
 */
function flyttetVedLukning(
  skema: Takstskema,
  forventet: Map<string, Dec>,
  faktiskPrId: Map<string, { sum: Dec; kendt: boolean }>,
  usikker: Set<string>,
): boolean {
  if (usikker.size > 0) return false;
  let iAltForventet = NUL;
  let iAltFaktisk = NUL;
  for (const v of forventet.values()) iAltForventet = iAltForventet.plus(v);
  for (const post of faktiskPrId.values()) {
    if (!post.kendt) return false;
    iAltFaktisk = iAltFaktisk.plus(post.sum);
  }
  if (!tilOere(iAltForventet).eq(tilOere(iAltFaktisk))) return false;
  const lukker = lukkendeYdelser(skema);
  let givere = 0;
  for (const [k, v] of forventet) {
    const d = tilOere(v).minus(tilOere(faktiskPrId.get(k)?.sum ?? NUL));
    if (!d.isPositive() || d.isZero()) continue;
    if (!lukker.has(k) && lukketId(k) === null) return false;
    givere++;
  }
  return givere > 0;
}

export default lavRegel({
  meta: {
    id: "regulering-stemmer-ikke",
    standardAlvor: "fejl",
    beskrivelse:
      "Det over-/underskud, der er indregnet i omkostningstabellen, skal svare til det, tabellen over over- og underskud angiver for takståret; et resultat fra en ydelse, der lukker (0 pladser) eller er lukket (lukket: <ID>), må indregnes på andre ydelser, når skemaets totaler stemmer.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    heleTilbuddet: (d: { art: Art; faktisk: Dec; forventet: Dec; takstaar: number }) =>
      `${kolonneNavn(d.art)} er i alt ${formaterKr(d.faktisk)} for hele tilbuddet (summen af kolonnen), men tabellen over over- og underskud ` +
      `angiver ${formaterKr(d.forventet)} ${d.art} indregnet i takstår ${d.takstaar} (rækkerne, hvor ${I_AAR} er dette år, heraf for hele tilbuddet med Ydelses-ID "*"). ` +
      `Ret beløbene, så de to stemmer (forskel ${formaterKr(tilOere(d.faktisk).minus(tilOere(d.forventet)).abs())}).`,
    ydelse: (d: { art: Art; ydelsesId: string; faktisk: Dec; forventet: Dec | null; takstaar: number }) =>
      `${kolonneNavn(d.art)} for ${d.ydelsesId} er ${formaterKr(d.faktisk)}, men ${
        d.forventet !== null
          ? `tabellen over over- og underskud angiver ${formaterKr(d.forventet)} ${d.art} indregnet i takstår ${d.takstaar} (rækkerne, hvor ${I_AAR} er dette år)`
          : `tabellen over over- og underskud har intet ${d.art} indregnet i takstår ${d.takstaar} for ydelsen`
      }. ` +
      `Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer` +
      // The difference only when it is not simply the whole amount just named.
      (d.forventet === null || d.forventet.isZero()
        ? "."
        : ` (forskel ${formaterKr(tilOere(d.faktisk).minus(tilOere(d.forventet)).abs())}).`),
  },
  tjek(ctx) {
    const resultater = ctx.skema.resultater;
    const omkostninger = ctx.skema.omkostninger;
    const aarNu = takstaar(ctx.skema);
    if (!resultater || !omkostninger || aarNu === null || omkostninger.raekker.length === 0) return;

    for (const art of ["overskud", "underskud"] as const) {
      const kolonne = art === "overskud" ? "indregnetOverskud" : "indregnetUnderskud";

      // What tblResultater says, per Ydelses-ID; IDs whose amount cannot be known are left out.
      const forventet = new Map<string, Dec>();
      const usikker = new Set<string>();
      let alleUsikre = false;
      for (const r of resultater.raekker) {
        const id = r.ydelsesId.vaerdi;
        if (!id) continue;
        const k = noegle(id);
        const resultat = r.resultat.vaerdi;
        const aar = r.indregnetITakstaar;
        const indregnet = r.indregnet;
        if (r.resultat.ulaeselig || aar.ulaeselig || indregnet.ulaeselig) {
          usikker.add(k);
          if (k === HELE_TILBUDDET) alleUsikre = true;
          continue;
        }
        if (resultat === null || resultat.isZero() || (art === "overskud") !== resultat.isPositive()) continue;
        if (aar.vaerdi !== aarNu || indregnet.vaerdi === null) continue;
        forventet.set(k, (forventet.get(k) ?? NUL).plus(indregnet.vaerdi));
      }

      if (forventet.has(HELE_TILBUDDET) || alleUsikre) {
        if (usikker.size > 0) continue;
        let faktisk = NUL;
        let kendt = true;
        for (const o of omkostninger.raekker) {
          // Empty is 0 (regler.md 2026.2 item 3); unreadable: felt-ugyldig-vaerdi reports it.
          const v = beloebSomExcel(o[kolonne]);
          if (v === null) kendt = false;
          else faktisk = faktisk.plus(v);
        }
        if (!kendt) continue;
        let i_alt = NUL;
        for (const v of forventet.values()) i_alt = i_alt.plus(v);
        if (tilOere(i_alt).eq(tilOere(faktisk))) continue;
        const foerste = omkostninger.raekker[0][kolonne];
        ctx.rapporter({
          besked: "heleTilbuddet",
          celle: foerste,
          data: { art, faktisk, forventet: i_alt, takstaar: aarNu },
        });
        continue;
      }

      // Per Ydelses-ID: each tblOmkostninger row (the first of a duplicated ID carries the sum).
      const faktiskPrId = new Map<string, { celle: Celle<Dec>; sum: Dec; kendt: boolean; id: string }>();
      for (const o of omkostninger.raekker as OmkostningRaekke[]) {
        const id = o.ydelsesId.vaerdi;
        if (!id) continue;
        const k = noegle(id);
        const c = o[kolonne];
        let post = faktiskPrId.get(k);
        if (!post) {
          post = { celle: c, sum: NUL, kendt: true, id };
          faktiskPrId.set(k, post);
        }
        const v = beloebSomExcel(c); // empty is 0; unreadable: felt-ugyldig-vaerdi
        if (v === null) post.kendt = false;
        else post.sum = post.sum.plus(v);
      }
      if (flyttetVedLukning(ctx.skema, forventet, faktiskPrId, usikker)) continue;
      for (const [k, post] of faktiskPrId) {
        if (!post.kendt || usikker.has(k)) continue;
        const skal = forventet.get(k) ?? NUL;
        if (tilOere(skal).eq(tilOere(post.sum))) continue;
        ctx.rapporter({
          besked: "ydelse",
          celle: post.celle,
          ydelsesId: post.id,
          data: {
            art,
            ydelsesId: post.id,
            faktisk: post.sum,
            forventet: forventet.has(k) ? skal : null,
            takstaar: aarNu,
          },
        });
      }
    }
  },
});
