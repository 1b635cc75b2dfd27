/** "Opdater automatisk efter ændringer": re-validate 1 s after the workbook's last edit. */
import * as React from "react";
import type { Arbejdsbog } from "../../../core";
import { fejlBesked, type Handling } from "../../komponenter/useHandling";
import type { Valideret } from "../../tilstand";
import { debounce } from "./logik";

export interface AutoOpdatering {
  auto: boolean;
  setAuto(v: boolean): void;
  /** Why listening for changes failed (then `auto` is off again). */
  autoBesked: ReturnType<typeof fejlBesked> | null;
  setAutoBesked(b: ReturnType<typeof fejlBesked> | null): void;
}

export function useAutoOpdatering(
  arbejdsbog: Arbejdsbog,
  valider: () => Promise<Valideret>,
  koer: Handling["koer"],
): AutoOpdatering {
  const [auto, setAuto] = React.useState(false);
  const [autoBesked, setAutoBesked] = React.useState<ReturnType<typeof fejlBesked> | null>(null);

  React.useEffect(() => {
    if (!auto) return;
    let aktiv = true;
    let afmeld: (() => Promise<void>) | null = null;
    const d = debounce(() => void koer("Validerer …", valider), 1000);
    arbejdsbog
      .naarAendret(() => d.kald())
      .then(
        (a) => {
          if (aktiv) afmeld = a;
          else a().catch((e: unknown) => console.error(e));
        },
        (e: unknown) => {
          if (!aktiv) return;
          setAutoBesked(fejlBesked(e));
          setAuto(false);
        },
      );
    return () => {
      aktiv = false;
      d.annuller();
      if (afmeld) afmeld().catch((e: unknown) => setAutoBesked(fejlBesked(e)));
    };
  }, [auto, arbejdsbog, valider, koer]);

  return { auto, setAuto, autoBesked, setAutoBesked };
}
