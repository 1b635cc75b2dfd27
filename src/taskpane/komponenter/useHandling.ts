/** Runs an async action for a section: busy flag, and any error kept as a message. */
import * as React from "react";
import { fejlTekst } from "../faelles/tekst";
import type { Besked } from "./Beskeder";

export interface Handling {
  /** Label of the running action ("Validerer …"), or null. */
  arbejder: string | null;
  besked: Besked | null;
  setBesked: React.Dispatch<React.SetStateAction<Besked | null>>;
  /** Runs `fn`; an error becomes an error message (and is returned as undefined). */
  koer<T>(etiket: string, fn: () => Promise<T>): Promise<T | undefined>;
}

export function useHandling(): Handling {
  const [arbejder, setArbejder] = React.useState<string | null>(null);
  const [besked, setBesked] = React.useState<Besked | null>(null);
  const monteret = React.useRef(true);
  React.useEffect(() => {
    monteret.current = true;
    return () => {
      monteret.current = false;
    };
  }, []);

  const koer = React.useCallback(async <T>(etiket: string, fn: () => Promise<T>): Promise<T | undefined> => {
    setArbejder(etiket);
    setBesked(null);
    try {
      return await fn();
    } catch (e) {
      if (monteret.current) setBesked(fejlBesked(e));
      else console.error(e);
      return undefined;
    } finally {
      if (monteret.current) setArbejder(null);
    }
  }, []);

  return { arbejder, besked, setBesked, koer };
}

export function fejlBesked(e: unknown): Besked {
  return { art: "error", tekst: fejlTekst(e) };
}

/**
 * Validates again after a write, so the pane (and the next duplicate check) sees it. A failure
 * is added to the write's message instead of replacing it, so its Fortryd button stays.
 */
export async function validerIgen(handling: Handling, valider: () => Promise<unknown>): Promise<void> {
  try {
    await valider();
  } catch (e) {
    handling.setBesked((b) =>
      b ? { ...b, tekst: `${b.tekst} Projektmappen kunne ikke valideres igen: ${fejlTekst(e)}` } : b,
    );
  }
}
