/**
 * A labelled number field as the user types it (Danish decimal comma, parsed by the caller
 * with `laesDanskTal`), and its percent variant. The field says when the text is not a
 * number, else what a rule found; the message is tied to the input by Fluent's Field.
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { useFaellesStil } from "../stil";

/** A rule's finding on the field: an error or a warning. */
export interface FeltTjek {
  besked: string;
  tilstand: "error" | "warning";
}

export interface TalFeltProps {
  etiket: string;
  vaerdi: string;
  onChange(vaerdi: string): void;
  /** The input's data-testid. */
  testId: string;
  /** The field's data-testid (it holds the label and the message). */
  feltTestId?: string;
  /** The text is not a number (the caller parses it). */
  ugyldig?: boolean;
  /** What a rule says about the number, shown when the text is a number. */
  tjek?: FeltTjek | null;
  required?: boolean;
  hint?: string;
}

/** What the field says when the text is not a number (a percent). */
const UGYLDIGT_TAL = "Skriv et tal, fx 206,00";
const UGYLDIG_PROCENT = "Skriv en procent, fx 33";

export function TalFelt(props: TalFeltProps & { ugyldigBesked?: string }): React.ReactElement {
  const { etiket, vaerdi, onChange, testId, feltTestId, ugyldig, tjek, required, hint } = props;
  const f = useFaellesStil();
  const fejl = ugyldig ? (props.ugyldigBesked ?? UGYLDIGT_TAL) : undefined;
  return (
    <Field
      label={etiket}
      required={required}
      hint={hint}
      validationMessage={fejl ?? tjek?.besked}
      // Unset, Fluent shows a message as an error and no message as nothing.
      validationState={fejl ? "error" : tjek?.tilstand}
      data-testid={feltTestId}
    >
      <Input
        className={f.fyld}
        inputMode="decimal"
        value={vaerdi}
        onChange={(_, d) => onChange(d.value)}
        data-testid={testId}
      />
    </Field>
  );
}

/** A percent as the user types it (33 or "33 %"). */
export function ProcentFelt(props: TalFeltProps): React.ReactElement {
  return <TalFelt {...props} ugyldigBesked={UGYLDIG_PROCENT} />;
}
