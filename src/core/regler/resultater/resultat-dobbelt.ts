import { lavRegel } from "../lav-regel";
import type { ResultatRaekke } from "../../model";
import { TBL_RESULTATER } from "../../skema/tabeller";
import { tabelOrd } from "../../skema/tabelord";

const HELE_TILBUDDET = "*";

/** A row with any amount (an empty row, or one of zeros, says nothing about the year). */
function harBeloeb(r: ResultatRaekke): boolean {
  return [r.grundlag, r.resultat, r.hensat, r.indregnet].some((c) => c.vaerdi !== null && !c.vaerdi.isZero());
}

/**
 * regler.md 2026.3 item 12 (§ 5.6 "ensartede principper"): one Regnskabsår opgjort both for the
 * whole tilbud (`*`) and for single ydelser may count the same result twice. One finding per
 * Regnskabsår, on the first `*` row's Ydelses-ID cell.
 */
export default lavRegel({
  meta: {
    id: "resultat-dobbelt",
    standardAlvor: "advarsel",
    beskrivelse:
      "Et regnskabsår, der står både for hele tilbuddet (*) og for enkelte ydelser i tabellen over over- og underskud, kan være talt med to gange.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    dobbelt: (d: { regnskabsaar: number; ydelser: readonly string[] }) =>
      `Regnskabsår ${d.regnskabsaar} står i ${tabelOrd(TBL_RESULTATER.navn)} både for hele tilbuddet (*) og for ${d.ydelser.length === 1 ? "ydelsen" : "ydelserne"} ${d.ydelser.join(", ")}, ` +
      `så det samme resultat kan være talt med to gange. Opgør årets resultat efter ét princip: enten for hele tilbuddet ` +
      `eller pr. ydelse; hører beløbene til hver sin del af tilbuddet, så skriv det i Bemærkninger.`,
  },
  tjek(ctx) {
    const efterAar = new Map<number, { hele: ResultatRaekke | null; enkelte: string[] }>();
    for (const r of ctx.skema.resultater?.raekker ?? []) {
      const id = r.ydelsesId.vaerdi?.trim();
      const aar = r.regnskabsaar.vaerdi;
      if (!id || aar === null || !harBeloeb(r)) continue;
      const post = efterAar.get(aar) ?? { hele: null, enkelte: [] };
      if (id === HELE_TILBUDDET) post.hele ??= r;
      else if (!post.enkelte.includes(id)) post.enkelte.push(id);
      efterAar.set(aar, post);
    }
    for (const [aar, { hele, enkelte }] of efterAar) {
      if (!hele || enkelte.length === 0) continue;
      ctx.rapporter({
        besked: "dobbelt",
        celle: hele.ydelsesId,
        ydelsesId: HELE_TILBUDDET,
        data: { regnskabsaar: aar, ydelser: enkelte },
      });
    }
  },
});
