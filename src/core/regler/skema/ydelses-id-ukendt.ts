import type { Celle } from "../../model";
import { TBL_OMKOSTNINGER, TBL_RESULTATER, TBL_YDELSER } from "../../skema/tabeller";
import { lavRegel } from "../lav-regel";
import { idNoegle, lukketId, rapporterPaaId } from "./hjaelp/ydelses-id";
import { tabelOrd } from "../../skema/tabelord";

export default lavRegel({
  meta: {
    id: "ydelses-id-ukendt",
    standardAlvor: "fejl",
    beskrivelse:
      "Hver række i Omkostninger og Over- og underskud skal høre til et Ydelses-ID i tabellen over ydelser (i Over- og underskud også `*` for hele tilbuddet og `lukket: <ID>` for en lukket ydelse eller et lukket tilbud).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    udenId: (d: { tabel: string; hvad: string; stjerneTilladt: boolean }) =>
      `Rækken i ${tabelOrd(d.tabel)} har intet Ydelses-ID, så ${d.hvad} kan ikke knyttes til en ydelse. Skriv ydelsens ID fra ${tabelOrd(TBL_YDELSER.navn)}${d.stjerneTilladt ? " (eller * for hele tilbuddet)" : ""}.`,
    ukendt: (d: { ydelsesId?: string; tabel: string; hvad: string; stjerneTilladt: boolean }) =>
      `Ydelses-ID${d.ydelsesId ? ` "${d.ydelsesId}"` : ""} i ${tabelOrd(d.tabel)} findes ikke i ${tabelOrd(TBL_YDELSER.navn)}, så ${d.hvad} kan ikke knyttes til en ydelse.` +
      ` Ret ID'et, så det svarer til en ydelse${d.stjerneTilladt ? " (eller * for hele tilbuddet, eller lukket: og ID'et for en lukket ydelse)" : ""}, eller tilføj ydelsen.`,
  },
  tjek(ctx) {
    const { skema } = ctx;
    // Without tblYdelser or its ID column nothing is known (skema-mangler-tabel/-kolonne report that).
    if (!skema.ydelser || skema.ydelser.manglendeKolonner.includes("ydelsesId")) return;
    const kendte = new Set<string>();
    for (const r of skema.ydelser.raekker) {
      if (r.ydelsesId.vaerdi !== null) kendte.add(idNoegle(r.ydelsesId.vaerdi));
    }

    const tjekCelle = (c: Celle<string>, tabel: string, hvad: string, stjerneTilladt: boolean): void => {
      if (c.ulaeselig || c.mangler) return;
      if (c.vaerdi === null || c.vaerdi.trim() === "") {
        // A row with amounts but no ID cannot be tied to a ydelse.
        ctx.rapporter({ besked: "udenId", celle: c, data: { tabel, hvad, stjerneTilladt } });
        return;
      }
      const noegle = idNoegle(c.vaerdi);
      if (kendte.has(noegle) || (stjerneTilladt && noegle === "*")) return;
      // regler.md 2026.3 item 6 (§ 6.2.2): a closed ydelse's result, written `lukket: <ID>`.
      if (stjerneTilladt && lukketId(c.vaerdi) !== null) return;
      rapporterPaaId(ctx, c, (id) => ({ besked: "ukendt", data: { ydelsesId: id, tabel, hvad, stjerneTilladt } }));
    };

    for (const r of skema.omkostninger?.raekker ?? [])
      tjekCelle(r.ydelsesId, TBL_OMKOSTNINGER.navn, "omkostningerne", false);
    for (const r of skema.resultater?.raekker ?? []) tjekCelle(r.ydelsesId, TBL_RESULTATER.navn, "resultatet", true);
  },
});
