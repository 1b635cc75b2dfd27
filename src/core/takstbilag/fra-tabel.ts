/**
 * A takstbilag read back (tblTakstbilag in the reader's model) as the rows the takstbilag's
 * figures are made from, so the task pane's Takstbilag section reaches the lists and totals the
 * bilag's Oversigt shows (issue 17 § 5): "Takstændringer over 5 %" and "Pladsændringer til
 * godkendelse", largest first, and pladser per driftsherre like with like, all by samlOversigt.
 *
 * What tblTakstbilag does not hold stays empty: Belægning (so no takstindtægt) and the rule IDs
 * behind Fund (the column holds their Danish names).
 */
import type { Celle, TakstbilagRaekke } from "../model";
import type { Dec } from "../penge";
import type { Profil } from "../profil/typer";
import { samlOversigt, sorterRaekker, type BilagRaekke, type OversigtData } from "./oversigt";

function tekst(c: Celle<unknown>): string | null {
  if (c.vaerdi !== null && c.vaerdi !== undefined) return String(c.vaerdi);
  // An unreadable text value (e.g. an unknown enum spelling) is still shown as typed, as the bilag does.
  return typeof c.raa === "string" && c.raa.trim() !== "" ? c.raa : null;
}

function tal(c: Celle<Dec>): Dec | null {
  return c.vaerdi ?? null;
}

/** One row of tblTakstbilag as a takstbilag row; an empty or unknown Status is "Ikke markeret". */
export function bilagRaekkeFraTabel(r: TakstbilagRaekke): BilagRaekke {
  const s = r.status.vaerdi;
  const aar = r.takstaar.vaerdi;
  return {
    takstaar: aar === null || aar === undefined ? null : Number(aar),
    driftsherre: tekst(r.driftsherre),
    tilbud: tekst(r.tilbud),
    ydelsesId: tekst(r.ydelsesId),
    ydelse: tekst(r.ydelse),
    paragraf: tekst(r.paragraf),
    takstenhed: tekst(r.takstenhed),
    pladserSidsteAar: tal(r.pladserSidsteAar),
    pladser: tal(r.pladser),
    takstSidsteAar: tal(r.takstSidsteAar),
    takst: tal(r.takst),
    belaegning: null,
    aarsag: tekst(r.aarsag),
    bemaerkninger: tekst(r.bemaerkninger),
    status: s === "OK" || s === "Advarsel" || s === "Fejl" ? s : "Ikke markeret",
    fund: [],
  };
}

export interface TabelOversigt {
  data: OversigtData;
  /** The table row each takstbilag row of `data` was made from (to select its cells). */
  kilde: ReadonlyMap<BilagRaekke, TakstbilagRaekke>;
}

/** The Oversigt's figures for the rows of a tblTakstbilag, under the profile's threshold. */
export function oversigtFraTabel(
  raekker: readonly TakstbilagRaekke[],
  profil: Pick<Profil, "takstaendring" | "dagePrAar">,
): TabelOversigt {
  const kilde = new Map<BilagRaekke, TakstbilagRaekke>();
  const bilag = raekker.map((r) => {
    const b = bilagRaekkeFraTabel(r);
    kilde.set(b, r);
    return b;
  });
  const data = samlOversigt(sorterRaekker(bilag), {
    takstaendring: profil.takstaendring,
    dagePrAar: profil.dagePrAar,
  });
  return { data, kilde };
}
