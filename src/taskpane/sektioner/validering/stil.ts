/** The Validering section's own styles (with the shared ones in src/taskpane/stil.ts). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useValideringStil = makeStyles({
  // With the shared f.listeKnap.
  fund: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  fejlKant: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  advarselKant: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  infoKant: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  sted: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  besked: { display: "block", marginTop: "2px" },
  meta: {
    display: "block",
    marginTop: "2px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  forklaring: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  citat: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontStyle: "italic",
    whiteSpace: "pre-wrap",
  },
  gruppe: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  tal: { fontVariantNumeric: "tabular-nums" },
  holdtPost: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  holdtIkon: { color: tokens.colorPaletteGreenForeground1, verticalAlign: "middle", marginRight: "4px" },
});
