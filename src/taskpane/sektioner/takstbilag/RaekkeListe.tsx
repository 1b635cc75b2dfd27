/** The Takstbilag section's lists of rows: each row a button that selects one of its cells. */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { TakstbilagRaekke } from "../../../core";
import { vis } from "../../faelles/tekst";
import { useFaellesStil } from "../../stil";
import type { DasLinje } from "./logik";
import { useTakstbilagStil as useStil } from "./stil";

function raekkeNavn(r: TakstbilagRaekke): string {
  const dele = [r.ydelsesId.vaerdi, r.tilbud.vaerdi, r.driftsherre.vaerdi].filter(
    (x): x is string => !!x && x.trim() !== "",
  );
  return dele.length ? vis(dele.join(" · ")) : `Række ${r.raekke}`;
}

/**
 * A list for DAS, largest change first (as the takstbilag's Oversigt): each row its change to
 * the right, the figures behind it and its reason below; a click selects `celle` of the row.
 */
export function AendringsListe(props: {
  titel: React.ReactNode;
  tom: string;
  liste: DasLinje[];
  klasse: string;
  celle: "takst" | "bemaerkninger";
  onVaelg: (ark: string, celle: string) => void;
  testId: string;
}): React.ReactElement {
  const s = useStil();
  return (
    <RaekkeListe titel={props.titel} tom={props.tom} testId={props.testId} ordnet>
      {props.liste.map(({ raekke: r, tekst, detalje }) => (
        <RaekkeKnap
          key={r.raekke}
          raekke={r}
          celle={r[props.celle]}
          onVaelg={props.onVaelg}
          hoejre={<span className={props.klasse}>{tekst}</span>}
        >
          {detalje && <span className={s.begrundelse}>{detalje}</span>}
          {r.aarsag.vaerdi ? <span className={s.begrundelse}>Årsag: {vis(r.aarsag.vaerdi)}</span> : null}
          <Begrundelse raekke={r} />
        </RaekkeKnap>
      ))}
    </RaekkeListe>
  );
}

/** A heading and its list of rows, or a line saying there are none. */
export function RaekkeListe(props: {
  titel: React.ReactNode;
  tom: string;
  testId: string;
  /** A ranking (ol) rather than a set (ul). */
  ordnet?: boolean;
  children: React.ReactElement[];
}): React.ReactElement {
  const f = useFaellesStil();
  const Liste = props.ordnet ? "ol" : "ul";
  return (
    <>
      <h3 className={f.underoverskrift}>{props.titel}</h3>
      {props.children.length === 0 ? (
        <p className={f.hjaelp}>{props.tom}</p>
      ) : (
        <Liste className={f.liste} data-testid={props.testId}>
          {props.children}
        </Liste>
      )}
    </>
  );
}

/**
 * A takstbilag row in a list, as a button that selects one of its cells: the row's name, a
 * figure to the right, and lines below. `visCelle` names the cell in data-celle.
 */
export function RaekkeKnap(props: {
  raekke: TakstbilagRaekke;
  celle: { ark: string; adresse: string };
  onVaelg: (ark: string, celle: string) => void;
  hoejre: React.ReactNode;
  visCelle?: boolean;
  children?: React.ReactNode;
}): React.ReactElement {
  const { raekke, celle, onVaelg } = props;
  const s = useStil();
  const f = useFaellesStil();
  return (
    <li className={f.ombryd}>
      <button
        type="button"
        className={mergeClasses(f.listeKnap, s.knap)}
        onClick={() => onVaelg(celle.ark, celle.adresse)}
        data-celle={props.visCelle ? vis(`${celle.ark}!${celle.adresse}`) : undefined}
      >
        <span className={s.hoved}>
          <span className={mergeClasses(s.navn, f.ombryd)}>{raekkeNavn(raekke)}</span>
          {props.hoejre}
        </span>
        {props.children}
      </button>
    </li>
  );
}

/** The row's reason from Bemærkninger, or that it has none. */
export function Begrundelse({ raekke }: { raekke: TakstbilagRaekke }): React.ReactElement {
  const s = useStil();
  const begrundelse = vis(raekke.bemaerkninger.vaerdi?.trim());
  return begrundelse ? (
    <span className={s.begrundelse}>{begrundelse}</span>
  ) : (
    <span className={s.mangler}>Ingen begrundelse i Bemærkninger.</span>
  );
}
