/** "Om Takstskema": version, Excel, API set, date system and profile, with "Kopiér" for a support mail. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { BeskedBjaelke, type Besked } from "../../komponenter/Beskeder";
import { omLinjer, type Miljoe } from "./logik";
import type { FaellesTilstand } from "../../tilstand";
import { VERSION } from "../../version";

const useStil = makeStyles({
  liste: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalL },
});

export function Om(props: FaellesTilstand & { miljoe: Miljoe | null }): React.ReactElement {
  const s = useStil();
  const [besked, setBesked] = React.useState<Besked | null>(null);
  const linjer = omLinjer({
    version: VERSION,
    miljoe: props.miljoe,
    laest: props.indlaest !== null,
    date1904: props.indlaest?.snapshot.date1904,
    profil: { id: props.profilValg.profil.id, fraArbejdsbog: props.profilValg.fraArbejdsbog },
  });
  const kopier = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(linjer.join("\n"));
      setBesked({ art: "success", tekst: "Oplysningerne er kopieret. Sæt dem ind i din mail til support." });
    } catch {
      // Some Office webviews refuse the clipboard: the lines are on screen to select by hand.
      setBesked({
        art: "info",
        tekst: "Excel tillod ikke at kopiere. Markér linjerne ovenfor, og kopiér dem med Ctrl+C.",
      });
    }
  };
  return (
    <div>
      <ul className={s.liste} data-testid="om-linjer">
        {linjer.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <Button size="small" icon={<CopyRegular />} onClick={() => void kopier()} data-testid="om-kopier">
        Kopiér
      </Button>
      <BeskedBjaelke besked={besked} onLuk={() => setBesked(null)} />
    </div>
  );
}
