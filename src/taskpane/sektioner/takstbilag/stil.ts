/** The Takstbilag section's own styles (with the shared ones in src/taskpane/stil.ts). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTakstbilagStil = makeStyles({
  // With the shared f.listeKnap.
  knap: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  hoved: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  navn: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  // "Række 12" stays on one line beside a long name (it broke as "Rækk / e 12" at 360 px).
  raekkeNr: { whiteSpace: "nowrap" },
  op: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  ned: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  begrundelse: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  mangler: { display: "block", marginTop: "2px", color: tokens.colorPaletteRedForeground1 },
  statusKnap: { borderLeftWidth: "4px", borderLeftStyle: "solid", fontVariantNumeric: "tabular-nums" },
});
