/** The common check of overskud-ikke-indregnet and underskud-ikke-indregnet (§ 5.3.1, § 5.3.2). */
import { formaterKr, formaterPct, formaterPctBroek } from "../../format";
import { tilOere } from "../../penge";
import type { RegelKontekst } from "../typer";
import { beloebEllerNul, fordeling, forHvem, fristForklaring, idAf, indregningsfrist, takstaar } from "./faelles";

export function tjekIkkeIndregnet(ctx: RegelKontekst, art: "overskud" | "underskud"): void {
  const tabel = ctx.skema.resultater;
  const aarNu = takstaar(ctx.skema);
  if (!tabel || aarNu === null) return;
  const pct = ctx.profil.overUnderskud.graensePct;
  for (const r of tabel.raekker) {
    const f = fordeling(r, ctx.profil);
    const regnskabsaar = r.regnskabsaar.vaerdi;
    const indregnet = beloebEllerNul(r.indregnet);
    if (!f || f.art !== art || regnskabsaar === null || indregnet === null) continue;
    if (!tilOere(indregnet).lt(f.skalIndregnes)) continue;

    const frist = indregningsfrist(ctx.skema, ctx.profil, regnskabsaar, f.art);
    const fristNaaet = aarNu >= frist.aar;
    const id = idAf(r);
    const grundlag = r.grundlag.vaerdi!;
    const andel = grundlag.isZero()
      ? ""
      : `, ${formaterPctBroek(f.beloeb.div(grundlag))} af takstberegningsgrundlaget på ${formaterKr(grundlag)}`;
    const hvordan = art === "overskud" ? "som en reduktion af taksten" : "som en takststigning";
    const mangler = f.skalIndregnes.minus(tilOere(indregnet));
    const start =
      `${art === "overskud" ? "Overskuddet" : "Underskuddet"}${forHvem(id)} i regnskabsår ${regnskabsaar} er ${formaterKr(f.beloeb)}${andel} ` +
      `Den del, der overstiger ${formaterPct(pct)} (${formaterKr(f.graense)}), i alt ${formaterKr(f.skalIndregnes)}, skal indregnes ${hvordan} ` +
      `senest i takstår ${frist.aar} (${fristForklaring(frist, ctx.profil)}); indregnet er ${formaterKr(indregnet)}, så der mangler ${formaterKr(mangler)}`;
    const slut = fristNaaet
      ? aarNu === frist.aar
        ? ` Takstår ${aarNu} er sidste frist: indregn resten i denne takst, og skriv beløbet i Indregnet.`
        : ` Fristen er overskredet: indregn resten i denne takst, og skriv beløbet i Indregnet.`
      : ` Det kan ske i en senere takst, men senest i ${frist.aar}.`;
    ctx.rapporter({
      ark: r.indregnet.ark,
      celle: r.indregnet.adresse,
      ydelsesId: id,
      besked: start + slut,
      ...(fristNaaet ? {} : { alvor: "info" as const }),
    });
  }
}
