import { findSheet } from "../../snapshot";
import { formaterKr } from "../../format";
import { NUL, sum } from "../../penge";
import { TBL_RESULTATER } from "../../skema/tabeller";
import { lavRegel } from "../lav-regel";
import { rapporterProblemer, tabelDef } from "./hjaelp/problemer";

export default lavRegel({
  meta: {
    id: "skema-mangler-tabel",
    standardAlvor: "fejl",
    beskrivelse:
      "Skemaets tabeller (Stamdata, Ydelser, Omkostninger og – når der indregnes over-/underskud – Over- og underskud) skal findes.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    // tblStamdata, tblYdelser, tblOmkostninger: the reader records them (and not for a takstbilag).
    rapporterProblemer(ctx, ["tabel-mangler"], (p) => {
      if (!p.arkFindes)
        return `Arket "${p.ark}" med tabellen ${p.tabel} findes ikke. Indsæt skabelonen, eller omdøb arket.`;
      const overskrifter = (tabelDef(p.tabel)?.kolonner ?? []).slice(0, 3).map((k) => k.label);
      return `Arket "${p.ark}" har hverken tabellen ${p.tabel} eller en række med dens overskrifter (${overskrifter.join(", ")} …). Indsæt skabelonens tabel.`;
    });

    const { skema } = ctx;
    if (skema.type !== "takstskema" || skema.resultater || !skema.omkostninger) return;
    // tblResultater is needed only when tblOmkostninger puts earlier over-/underskud into the takst.
    const indregnet = sum(
      skema.omkostninger.raekker.flatMap((r) =>
        [r.indregnetUnderskud.vaerdi, r.indregnetOverskud.vaerdi].filter((v) => v !== null && v.gt(NUL)),
      ),
    );
    if (!indregnet.gt(NUL)) return;
    const ark = findSheet(ctx.snapshot, TBL_RESULTATER.ark);
    ctx.rapporter({
      ark: ark?.name ?? TBL_RESULTATER.ark,
      celle: "A1",
      besked:
        `Omkostninger indregner ${formaterKr(indregnet)} i over-/underskud, men tabellen ${TBL_RESULTATER.navn} findes ikke` +
        (ark ? ` på arket "${ark.name}"` : ` (arket "${TBL_RESULTATER.ark}" mangler)`) +
        `. Indsæt tabellen og angiv for hvert regnskabsår resultatet og hvad der er hensat og indregnet (${ctx.afsnit("overUnderskud")}).`,
    });
  },
});
