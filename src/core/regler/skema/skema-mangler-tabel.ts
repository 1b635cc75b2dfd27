import { findSheet } from "../../snapshot";
import { formaterKr } from "../../format";
import { NUL, sum, type Dec } from "../../penge";
import { TBL_RESULTATER } from "../../skema/tabeller";
import { lavRegel } from "../lav-regel";
import { rapporterProblemer, tabelDef } from "./hjaelp/problemer";
import { tabelOrd } from "../../skema/tabelord";

export default lavRegel({
  meta: {
    id: "skema-mangler-tabel",
    standardAlvor: "fejl",
    beskrivelse:
      "Skemaets tabeller (Stamdata, Ydelser, Omkostninger og – når der indregnes over-/underskud – Over- og underskud) skal findes.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    arkMangler: (d: { ark: string; tabel: string }) =>
      `Arket "${d.ark}" med ${tabelOrd(d.tabel, { udenArk: true })} findes ikke. Indsæt skabelonen, eller omdøb arket.`,
    tabelMangler: (d: { ark: string; tabel: string; overskrifter: readonly string[] }) =>
      `Arket "${d.ark}" har hverken ${tabelOrd(d.tabel, { udenArk: true })} eller en række med dens overskrifter (${d.overskrifter.join(", ")} …). ` +
      `Indsæt skabelonens tabel, eller lav en tabel med overskrifterne, og giv den navnet ${d.tabel} (Tabeldesign → Tabelnavn).`,
    resultaterMangler: (d: { indregnet: Dec; tabel: string; ark: string | null; arkNavn: string; afsnit: string }) =>
      `Omkostninger indregner ${formaterKr(d.indregnet)} i over-/underskud, men ${tabelOrd(d.tabel, { udenArk: true })} findes ikke` +
      (d.ark ? ` på arket "${d.ark}"` : ` (arket "${d.arkNavn}" mangler)`) +
      `. Indsæt tabellen, giv den navnet ${d.tabel} (Tabeldesign → Tabelnavn), og angiv for hvert regnskabsår resultatet og hvad der er hensat og indregnet (${d.afsnit}).`,
  },
  tjek(ctx) {
    // tblStamdata, tblYdelser, tblOmkostninger: the reader records them (and not for a takstbilag).
    rapporterProblemer(ctx, ["tabel-mangler"], (p) =>
      p.arkFindes
        ? {
            besked: "tabelMangler",
            data: {
              ark: p.ark,
              tabel: p.tabel,
              overskrifter: (tabelDef(p.tabel)?.kolonner ?? []).slice(0, 3).map((k) => k.label),
            },
          }
        : { besked: "arkMangler", data: { ark: p.ark, tabel: p.tabel } },
    );

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
      besked: "resultaterMangler",
      celle: { ark: ark?.name ?? TBL_RESULTATER.ark, adresse: "A1" },
      data: {
        indregnet,
        tabel: TBL_RESULTATER.navn,
        ark: ark?.name ?? null,
        arkNavn: TBL_RESULTATER.ark,
        afsnit: ctx.afsnit("overUnderskud"),
      },
    });
  },
});
