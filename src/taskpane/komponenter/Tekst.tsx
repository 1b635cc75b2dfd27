/** Text from rules and the contract in the pane: code spans as <code>, never a Markdown backtick. */
import * as React from "react";
import { kodeDele, vis } from "../faelles/tekst";

export function Tekst(props: { children: string | null | undefined }): React.ReactElement {
  return (
    <>
      {kodeDele(vis(props.children)).map((d, i) =>
        d.kode ? <code key={i}>{d.tekst}</code> : <React.Fragment key={i}>{d.tekst}</React.Fragment>,
      )}
    </>
  );
}
