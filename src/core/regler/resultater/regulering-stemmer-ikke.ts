import { lavRegel } from "../lav-regel";
import type { Celle, OmkostningRaekke } from "../../model";
import { formaterKr } from "../../format";
import { NUL, tilOere, type Dec } from "../../penge";
import { TBL_OMKOSTNINGER, TBL_RESULTATER } from "../../skema/tabeller";
import { takstaar } from "./hjaelp/faelles";
import { beloebSomExcel } from "../omkostninger/hjaelp/faelles";

const HELE_TILBUDDET = "*";

function noegle(id: string): string {
  return id.trim().toUpperCase();
}

function label(tabel: { kolonner: readonly { key: string; label: string }[] }, key: string): string {
  return tabel.kolonner.find((k) => k.key === key)?.label ?? key;
}

/**
 * Per sign (overskud → Indregnet overskud, underskud → Indregnet underskud): the tblResultater rows
 * with Indregnet i takstår = Takstår are summed per Ydelses-ID and compared with that ydelse's
 * tblOmkostninger cell. When some of those rows are `*` (the whole tilbud), the amounts are spread
 * over the ydelser in tblOmkostninger in a way the skema does not show, so the total of all rows is
 * compared with the SUM of the column instead, and the finding points at the column's first cell.
 */

export default lavRegel({
  meta: {
    id: "regulering-stemmer-ikke",
    standardAlvor: "fejl",
    beskrivelse:
      "Det over-/underskud, der er indregnet i omkostningstabellen, skal svare til det, tabellen over over- og underskud angiver for takståret.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const resultater = ctx.skema.resultater;
    const omkostninger = ctx.skema.omkostninger;
    const aarNu = takstaar(ctx.skema);
    if (!resultater || !omkostninger || aarNu === null || omkostninger.raekker.length === 0) return;

    for (const art of ["overskud", "underskud"] as const) {
      const kolonne = art === "overskud" ? "indregnetOverskud" : "indregnetUnderskud";
      const kolonneNavn = label(TBL_OMKOSTNINGER, kolonne);
      const iAar = label(TBL_RESULTATER, "indregnetITakstaar");

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
          ark: foerste.ark,
          celle: foerste.adresse,
          besked:
            `${kolonneNavn} er i alt ${formaterKr(faktisk)} for hele tilbuddet (summen af kolonnen), men tabellen over over- og underskud ` +
            `angiver ${formaterKr(i_alt)} ${art} indregnet i takstår ${aarNu} (rækkerne, hvor ${iAar} er dette år, heraf for hele tilbuddet med Ydelses-ID "*"). ` +
            `Ret beløbene, så de to stemmer (forskel ${formaterKr(tilOere(faktisk).minus(tilOere(i_alt)).abs())}).`,
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
      for (const [k, post] of faktiskPrId) {
        if (!post.kendt || usikker.has(k)) continue;
        const skal = forventet.get(k) ?? NUL;
        if (tilOere(skal).eq(tilOere(post.sum))) continue;
        const angivet = forventet.has(k)
          ? `tabellen over over- og underskud angiver ${formaterKr(skal)} ${art} indregnet i takstår ${aarNu} (rækkerne, hvor ${iAar} er dette år)`
          : `tabellen over over- og underskud har intet ${art} indregnet i takstår ${aarNu} for ydelsen`;
        ctx.rapporter({
          ark: post.celle.ark,
          celle: post.celle.adresse,
          ydelsesId: post.id,
          besked:
            `${kolonneNavn} for ${post.id} er ${formaterKr(post.sum)}, men ${angivet}. ` +
            `Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer` +
            // The difference only when it is not simply the whole amount just named.
            (skal.isZero() ? "." : ` (forskel ${formaterKr(tilOere(post.sum).minus(tilOere(skal)).abs())}).`),
        });
      }
    }
  },
});
