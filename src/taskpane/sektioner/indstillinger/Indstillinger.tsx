/**
 * Section 5: the profile in use and where it comes from, as a form: thresholds and
 * severities in sentences, numbers with a Danish decimal comma, validated by the profile
 * schema. "Skriv profilen i arket Takstprofil" writes it to the workbook (the add-in's
 * place for it); a profile the user wrote here counts as accepted, and Validering's
 * banner still shows what it loosens.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, Select, Spinner, Switch, tokens } from "@fluentui/react-components";
import { ArrowResetRegular, SaveRegular } from "@fluentui/react-icons";
import {
  ALVOR_ETIKET,
  type Alvor,
  findRegel,
  type Fortrydelse,
  FRA_ETIKET,
  kildeTekst,
  lempelserResume,
  lempelseTekst,
  PROFILER,
  profilLempelser,
  REGEL_IDER,
  type RegelId,
  STANDARD_PROFIL_ID,
  standardAlvor,
  TAKSTPROFIL_ARK,
} from "../../../core";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { useHandling, validerIgen } from "../../komponenter/useHandling";
import { vis } from "../../faelles/tekst";
import { profilKildeTekst, profilNoegle } from "../../profil";
import {
  bygProfil,
  egenProfilId,
  formularFelter,
  saetningDele,
  startVaerdier,
  type FormularFelt,
  type FormularVaerdier,
} from "./logik";
import { useFaellesStil } from "../../stil";
import type { FaellesTilstand } from "../../tilstand";

const useStil = makeStyles({
  gruppe: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalS} 0 0`,
  },
  saetning: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
  },
  tal: { width: "6.5em", minWidth: 0 },
  kilde: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  navn: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  regel: { fontSize: tokens.fontSizeBase200 },
});

const VALG_TEKST: Record<string, string> = {
  nominel: "nominelt (hele ændringen)",
  ud_over_pl: "ud over pris- og lønfremskrivningen",
};

/** A severity in the settings as in every report (src/core/rapport/), and a rule switched off. */
const alvorTekst = (a: Alvor | "fra"): string => (a === "fra" ? FRA_ETIKET : ALVOR_ETIKET[a].etiket);

export function Indstillinger(props: FaellesTilstand): React.ReactElement {
  const { profilValg, indlaest, arbejdsbog, godkendelser, valider, annoncer } = props;
  const s = useStil();
  const f = useFaellesStil();
  const handling = useHandling();
  const profil = profilValg.profil;
  const ark = profilValg.ark;
  // What the form's profile extends and is compared with: a shipped profile, never the workbook's.
  const base = ark?.ok ? ark.base : (PROFILER[STANDARD_PROFIL_ID] ?? profil);
  const [vaerdier, setVaerdier] = React.useState<FormularVaerdier>(() => startVaerdier(profil, standardAlvor));
  const [visAlvor, setVisAlvor] = React.useState(false);
  // A new profile in force (another workbook, an acceptance): the form starts from it. Compared
  // by content (a new validation gives an equal profile as a new object), and set while
  // rendering, as React advises for state that follows a prop, so no effect runs on stale values.
  const noegle = profilNoegle(profil);
  const [formularensNoegle, setFormularensNoegle] = React.useState(noegle);
  if (formularensNoegle !== noegle) {
    setFormularensNoegle(noegle);
    setVaerdier(startVaerdier(profil, standardAlvor));
  }

  const { id, navn } = egenProfilId(profil, profilValg.fraArbejdsbog);
  const resultat = bygProfil(vaerdier, base, standardAlvor, id, navn);
  const lempelser = resultat.ok ? profilLempelser(resultat.profil, base, standardAlvor) : [];
  const aendret = resultat.ok && profilNoegle(resultat.profil) !== noegle;
  const erstatter = ark && (!ark.ok || !profilValg.fraArbejdsbog);

  const saetFelt = (sti: string, v: string): void => setVaerdier((x) => ({ ...x, felter: { ...x.felter, [sti]: v } }));
  const saetAlvor = (rid: RegelId, a: Alvor | "fra"): void =>
    setVaerdier((x) => ({ ...x, alvor: { ...x.alvor, [rid]: a } }));

  const fortrydProfil = (fortrydelse: Fortrydelse): void => {
    void handling.koer("Fortryder …", async () => {
      await arbejdsbog.fortryd(fortrydelse);
      handling.setBesked({
        art: "info",
        titel: "Fortrudt",
        tekst: fortrydelse.tilfoejedeArk?.length
          ? `Arket ${TAKSTPROFIL_ARK}, som profilen blev skrevet i, er fjernet igen.`
          : `Celle A1 på arket ${TAKSTPROFIL_ARK} er som før.`,
      });
      annoncer("Skrivningen af profilen er fortrudt");
      await validerIgen(handling, valider);
    });
  };

  const skriv = (): void => {
    if (!resultat.ok) return;
    void handling.koer("Skriver profilen …", async () => {
      const fortrydelse = await arbejdsbog.skrivProfil(resultat.json);
      // Written by the user in this pane: accepted (the banner still shows what it loosens).
      godkendelser.godkend(profilNoegle(resultat.profil));
      handling.setBesked({
        art: "success",
        tekst: `Profilen er skrevet i celle A1 på arket ${TAKSTPROFIL_ARK} og gælder nu for denne projektmappe.`,
        handling: { tekst: "Fortryd", onKlik: () => fortrydProfil(fortrydelse), testId: "fortryd-profil" },
      });
      await validerIgen(handling, valider);
      annoncer("Profilen er skrevet og brugt ved valideringen");
    });
  };

  const grupper: { titel: string; felter: FormularFelt[] }[] = [];
  for (const ff of formularFelter()) {
    let g = grupper.find((x) => x.titel === ff.gruppe);
    if (!g) grupper.push((g = { titel: ff.gruppe, felter: [] }));
    g.felter.push(ff);
  }
  const kilde = (sti: string): string | null => {
    const k = profilValg.kilder?.[sti];
    return k && k.art !== "indbygget" ? kildeTekst(k) : null;
  };

  const feltElement = ({ sti, felt }: FormularFelt): React.ReactNode => {
    const fejl = resultat.ok ? undefined : resultat.fejl[sti];
    const k = kilde(sti);
    if (felt.art === "valg") {
      return (
        <Field key={sti} label={`${felt.etiket}:`} validationMessage={fejl} hint={k ? `Fra ${vis(k)}.` : undefined}>
          <Select
            value={vaerdier.felter[sti]}
            onChange={(_, d) => saetFelt(sti, d.value)}
            data-testid={`profil-${sti}`}
          >
            {felt.vaerdier.map((v) => (
              <option key={v} value={v}>
                {VALG_TEKST[v] ?? v}
              </option>
            ))}
          </Select>
        </Field>
      );
    }
    const { foer, efter } = saetningDele(felt);
    const inputId = `profil-felt-${sti}`;
    return (
      <Field
        key={sti}
        validationMessage={fejl}
        hint={felt.nullTilladt ? "Tom: ingen." : k ? `Fra ${vis(k)}.` : undefined}
      >
        <div className={s.saetning}>
          <label htmlFor={inputId}>{foer}</label>
          <Input
            id={inputId}
            className={s.tal}
            inputMode="decimal"
            value={vaerdier.felter[sti]}
            onChange={(_, d) => saetFelt(sti, d.value)}
            aria-label={`${foer} … ${efter}`.trim()}
            aria-invalid={fejl ? true : undefined}
            data-testid={`profil-${sti}`}
          />
          <span aria-hidden>{efter}</span>
        </div>
      </Field>
    );
  };

  return (
    <div className={f.sektion} data-testid="indstillinger">
      {ark && !ark.ok && (
        <BeskedBjaelke
          besked={{
            art: "warning",
            titel: "Ugyldig profil i projektmappen",
            tekst: profilKildeTekst(profilValg),
            detaljer: ark.fejl,
          }}
        />
      )}
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
      <p className={f.hjaelp}>
        Ret tærskler og alvorsgrader herunder (tal med komma, fx 2,5). {profilValg.aftale.kortnavn} sætter ikke tal på
        en “væsentlig” takstændring; grænsen er profilens valg.
      </p>

      {grupper.map((g) => (
        <fieldset key={g.titel} className={s.gruppe}>
          <legend className={s.legend}>{g.titel}</legend>
          {g.titel === "Takstloft" && (
            <Switch
              label="Takstloft slået til"
              checked={vaerdier.takstloft}
              onChange={(_, d) => setVaerdier((x) => ({ ...x, takstloft: d.checked }))}
              data-testid="profil-takstloft"
            />
          )}
          {(g.titel !== "Takstloft" || vaerdier.takstloft ? g.felter : []).map(feltElement)}
        </fieldset>
      ))}

      <div>
        <Button
          appearance="subtle"
          aria-expanded={visAlvor}
          onClick={() => setVisAlvor((v) => !v)}
          data-testid="vis-alvorsgrader"
        >
          {visAlvor ? "Skjul" : "Vis"} alvorsgrader ({REGEL_IDER.length} regler)
        </Button>
        {visAlvor && (
          <fieldset className={s.gruppe} data-testid="alvorsgrader">
            <legend className={s.legend}>Alvorsgrader</legend>
            {REGEL_IDER.map((rid) => (
              <Field key={rid} label={`${findRegel(rid)?.meta.beskrivelse ?? rid} (${rid})`} className={s.regel}>
                <Select
                  value={vaerdier.alvor[rid]}
                  onChange={(_, d) => saetAlvor(rid, d.value as Alvor | "fra")}
                  data-testid={`alvor-${rid}`}
                >
                  {(["fejl", "advarsel", "info", "fra"] as const).map((a) => (
                    <option key={a} value={a}>
                      {alvorTekst(a)}
                      {a === standardAlvor(rid) ? " (standard)" : ""}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </fieldset>
        )}
      </div>

      {!resultat.ok && resultat.oevrige.length > 0 && (
        <BeskedBjaelke besked={{ art: "error", titel: "Profilen er ugyldig", tekst: "", detaljer: resultat.oevrige }} />
      )}
      {resultat.ok && lempelser.length > 0 && (
        <BeskedBjaelke
          testId="profil-formular-lempelser"
          besked={{
            art: "warning",
            titel: "Profilen løsner kontrollen",
            tekst: `I forhold til ${base.id} har den ${lempelserResume(lempelser)}:`,
            detaljer: lempelser.map(lempelseTekst),
          }}
        />
      )}
      <p className={f.hjaelp}>
        Skriv profilen i arket {TAKSTPROFIL_ARK} skriver den som JSON i celle A1 (arket tilføjes, hvis det mangler;
        intet andet ændres). Den gælder straks for denne projektmappe, og Validering viser, hvad den løsner.
        {erstatter ? ` Arket ${TAKSTPROFIL_ARK} har allerede en profil, som bliver erstattet.` : ""}
      </p>
      <div className={f.raekke}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          onClick={skriv}
          disabled={!resultat.ok || !aendret || handling.arbejder !== null}
          data-testid="skriv-profil"
        >
          Skriv profilen i arket {TAKSTPROFIL_ARK}
        </Button>
        <Button
          icon={<ArrowResetRegular />}
          onClick={() => setVaerdier(startVaerdier(base, standardAlvor))}
          disabled={handling.arbejder !== null}
          data-testid="profil-standard"
        >
          Standardværdier
        </Button>
        {handling.arbejder && <Spinner size="tiny" label={handling.arbejder} />}
      </div>
      <BeskedBjaelke besked={handling.besked} onLuk={() => handling.setBesked(null)} testId="profil-besked" />
    </div>
  );
}
