/** Messages for the user: every error in an error MessageBar, never swallowed (and never a CPR number). */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { vis } from "../faelles/tekst";

export type BeskedArt = "error" | "warning" | "success" | "info";

export interface Besked {
  art: BeskedArt;
  titel?: string;
  tekst: string;
  /** Further lines, e.g. every problem of a bad profile. */
  detaljer?: string[];
  /** A button in the message, e.g. "Fortryd" after a write. */
  handling?: { tekst: string; onKlik: () => void; testId?: string };
}

const TITLER: Record<BeskedArt, string> = {
  error: "Fejl",
  warning: "Bemærk",
  success: "Udført",
  info: "Oplysning",
};

export function BeskedBjaelke(props: {
  besked: Besked | null;
  onLuk?: () => void;
  testId?: string;
}): React.ReactElement | null {
  const { besked, onLuk, testId } = props;
  if (!besked) return null;
  return (
    <MessageBar
      intent={besked.art}
      layout="multiline"
      politeness={besked.art === "error" ? "assertive" : "polite"}
      data-testid={testId ?? `besked-${besked.art}`}
    >
      <MessageBarBody>
        <MessageBarTitle>{besked.titel ?? TITLER[besked.art]}</MessageBarTitle> {vis(besked.tekst)}
        {besked.detaljer && besked.detaljer.length > 0 && (
          <ul style={{ margin: "4px 0 0", paddingLeft: "18px" }}>
            {besked.detaljer.map((d, i) => (
              <li key={i}>{vis(d)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {(onLuk || besked.handling) && (
        <MessageBarActions
          containerAction={
            onLuk && (
              <Button appearance="transparent" aria-label="Luk beskeden" icon={<DismissRegular />} onClick={onLuk} />
            )
          }
        >
          {besked.handling && (
            <Button size="small" onClick={besked.handling.onKlik} data-testid={besked.handling.testId}>
              {besked.handling.tekst}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
