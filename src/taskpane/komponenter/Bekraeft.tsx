/**
 * A button that asks before it writes (issue 10 §3): a Fluent Dialog says what will be
 * written where, and only its own confirm button runs the write. Closing it (Escape, Annuller,
 * the confirm button) puts focus back on the button that opened it (issue 20 § 2), not on <body>.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  type ButtonProps,
} from "@fluentui/react-components";
import { BeskedBjaelke, type Besked } from "./Beskeder";

export interface BekraeftKnapProps {
  /** The button that opens the dialog (its text and icon). */
  knap: {
    children: React.ReactNode;
    icon?: ButtonProps["icon"];
    appearance?: ButtonProps["appearance"];
    disabled?: boolean;
    "data-testid"?: string;
  };
  titel: string;
  /** What will be written where. */
  indhold: React.ReactNode;
  /** Shown above the buttons, e.g. a duplicate row. */
  advarsel?: Besked | null;
  /** The confirm button's text ("Indsæt", "Marker status"). */
  bekraeft: string;
  onBekraeft: () => void;
  testId: string;
}

export function BekraeftKnap(props: BekraeftKnapProps): React.ReactElement {
  const [aaben, setAaben] = React.useState(false);
  const knapRef = React.useRef<HTMLButtonElement>(null);
  const varAaben = React.useRef(false);
  // When the dialog closes and focus is left on <body> (or inside the removed surface), put it
  // back on the button that opened it.
  React.useEffect(() => {
    if (aaben) {
      varAaben.current = true;
      return;
    }
    if (!varAaben.current) return;
    varAaben.current = false;
    // Fluent removes the surface after its exit animation, which is when focus falls to <body>:
    // look again a few times until then.
    const ider = [0, 150, 400].map((ms) =>
      window.setTimeout(() => {
        const aktiv = document.activeElement;
        if (!aktiv || aktiv === document.body || !aktiv.isConnected) knapRef.current?.focus();
      }, ms),
    );
    return () => ider.forEach((id) => window.clearTimeout(id));
  }, [aaben]);
  return (
    <Dialog open={aaben} onOpenChange={(_, d) => setAaben(d.open)}>
      {/* Opens, never toggles (a DialogTrigger toggles, and a click landing during a re-render
          after validation left the dialog shut in the browser test under load). */}
      <Button {...props.knap} ref={knapRef} aria-haspopup="dialog" onClick={() => setAaben(true)} />
      <DialogSurface data-testid={props.testId}>
        <DialogBody>
          <DialogTitle>{props.titel}</DialogTitle>
          <DialogContent>
            {props.indhold}
            {props.advarsel && (
              <div style={{ marginTop: 8 }}>
                <BeskedBjaelke besked={props.advarsel} testId={`${props.testId}-advarsel`} />
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setAaben(false);
                props.onBekraeft();
              }}
              data-testid={`${props.testId}-ja`}
            >
              {props.bekraeft}
            </Button>
            <Button onClick={() => setAaben(false)} data-testid={`${props.testId}-nej`}>
              Annuller
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
