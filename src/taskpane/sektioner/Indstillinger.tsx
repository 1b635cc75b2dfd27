/** Section 5: the profile in use, where it comes from, and its thresholds in Danish. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { profilOversigt, type TaerskelRaekke } from "../../core/profil/oversigt";
import { PROFIL_SKEMA } from "../../core/profil/skema";
import { BeskedBjaelke } from "../komponenter/Beskeder";
import { profilKildeTekst } from "../profil";
import { vis } from "../logik";
import type { FaellesTilstand } from "../Opgaverude";
import { useFaellesStil } from "../stil";

const useStil = makeStyles({
  tabel: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  gruppe: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  etiket: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    width: "55%",
    overflowWrap: "anywhere",
  },
  vaerdi: {
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
    fontVariantNumeric: "tabular-nums",
  },
  kilde: { display: "block", color: tokens.colorNeutralForeground3 },
  navn: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Rows grouped under their top-level key's label (Belægning, Over- og underskud, …). */
function grupper(raekker: TaerskelRaekke[]): { titel: string; raekker: TaerskelRaekke[] }[] {
  const ud: { titel: string; raekker: TaerskelRaekke[] }[] = [];
  for (const r of raekker) {
    const top = r.sti.split(".")[0];
    const titel = r.sti.includes(".") ? (PROFIL_SKEMA[top]?.etiket ?? top) : "Generelt";
    let g = ud.find((x) => x.titel === titel);
    if (!g) ud.push((g = { titel, raekker: [] }));
    g.raekker.push(r);
  }
  return ud;
}

export function Indstillinger(props: FaellesTilstand): React.ReactElement {
  const { profilValg, indlaest } = props;
  const s = useStil();
  const f = useFaellesStil();
  const profil = profilValg.profil;
  const raekker = profilOversigt(profil, profilValg.kilder);
  const alvorRaekker = raekker.filter((r) => r.sti.startsWith("alvor."));
  // One source for every value (the usual case): said once, not on every row.
  const kilder = new Set(raekker.map((r) => r.kilde));
  const faellesKilde = kilder.size === 1 ? [...kilder][0] : null;

  return (
    <div className={f.sektion} data-testid="indstillinger">
      {profilValg.ark && !profilValg.ark.ok && (
        <BeskedBjaelke
          besked={{
            art: "warning",
            titel: "Ugyldig profil i projektmappen",
            tekst: profilKildeTekst(profilValg),
            detaljer: profilValg.ark.fejl,
          }}
        />
      )}
      {profil && (
        <>
          <div>
            <p className={s.navn} data-testid="profil-navn">
              {vis(profil.navn)}
            </p>
            <p className={f.hjaelp} data-testid="profil-kilde">
              {vis(profilKildeTekst(profilValg))}
              {!indlaest &&
                " Projektmappen er ikke læst endnu; har den et ark Takstprofil, spørges du ved næste validering, om den skal bruges."}
            </p>
          </div>
          {faellesKilde && (
            <p className={f.hjaelp} data-testid="profil-faelles-kilde">
              Alle værdier herunder kommer fra {vis(faellesKilde)}.
            </p>
          )}
          <table className={s.tabel} data-testid="profil-taerskler">
            <caption className={f.skjult}>Profilens tærskler og hvor de kommer fra</caption>
            {grupper(raekker.filter((r) => !r.sti.startsWith("alvor."))).map((g) => (
              <tbody key={g.titel}>
                <tr>
                  <th colSpan={2} scope="colgroup" className={s.gruppe}>
                    {g.titel}
                  </th>
                </tr>
                {g.raekker.map((r) => (
                  <tr key={r.sti}>
                    <th scope="row" className={s.etiket}>
                      {r.etiket}
                    </th>
                    <td className={s.vaerdi}>
                      {vis(r.vaerdi)}
                      {!faellesKilde && <span className={s.kilde}>fra {vis(r.kilde)}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <p className={f.hjaelp}>
            Styringsaftalen sætter ikke tal på en “væsentlig” takstændring; grænsen er profilens valg.{" "}
            {alvorRaekker.length === 0
              ? "Alle regler har deres standardalvor."
              : `Ændret alvor: ${alvorRaekker.map((r) => `${r.sti.slice(6)} = ${r.vaerdi} (${vis(r.kilde)})`).join("; ")}.`}
          </p>
          <p className={f.hjaelp}>
            En projektmappe kan have sin egen profil som JSON i celle A1 på arket Takstprofil, fx{" "}
            <code>
              {'{"id": "min-profil", "udvider": "nordjylland-2025-2026", "takstaendring": {"vaesentligPct": 3}}'}
            </code>
            . Den bruges først, når du har godkendt den under Validering.
          </p>
        </>
      )}
    </div>
  );
}
