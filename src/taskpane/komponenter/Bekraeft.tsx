/**
 * A button that asks before it writes (issue 10 §3): a Fluent Dialog says what will be
 * written where, and only its own confirm button runs the write.
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
  return (
    <Dialog open={aaben} onOpenChange={(_, d) => setAaben(d.open)}>
      <Button {...props.knap} aria-haspopup="dialog" onClick={() => setAaben(true)} />
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
