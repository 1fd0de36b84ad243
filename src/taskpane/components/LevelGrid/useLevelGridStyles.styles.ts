import { makeStyles, tokens } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "../sharedStyles.styles";

/** Styles of the criteria × levels grid. */
export const useLevelGridStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
  },
  // Section titles of the summary read alike: the flagged list's heading, the tables' captions.
  caption: {
    textAlign: "start",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  corner: { width: "40%", textAlign: "start", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  level: { fontWeight: tokens.fontWeightSemibold },
  criterion: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    wordBreak: "break-word",
  },
  cell: {
    textAlign: "center",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Visually hidden, still read by screen readers.
  hidden: VISUALLY_HIDDEN,
});
