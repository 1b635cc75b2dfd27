/** Styles shared by the sections. The pane must fit 320 px: everything wraps, nothing scrolls sideways. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFaellesStil = makeStyles({
  sektion: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalM,
  },
  raekke: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  toKolonner: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    // Labels of different lengths wrap differently; the inputs still line up.
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    "& > *": { minWidth: 0 },
  },
  /** An input that takes its column's width (a native input's own size would push the pane wider). */
  fyld: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  hjaelp: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    margin: 0,
  },
  underoverskrift: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  liste: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  /** A list item that is a button (a finding, a takstbilag row): the section adds its own size. */
  listeKnap: {
    display: "block",
    width: "100%",
    textAlign: "left",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  ombryd: {
    overflowWrap: "anywhere",
    wordBreak: "break-word",
    minWidth: 0,
  },
  skjult: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  tal: {
    fontVariantNumeric: "tabular-nums",
  },
});
