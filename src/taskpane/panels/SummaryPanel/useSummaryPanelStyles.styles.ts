import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the summary's tables and flagged list. */
export const useSummaryPanelStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  // Section titles of the summary read alike: the flagged list's heading, the tables' captions.
  caption: {
    textAlign: "start",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "end",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  rowHead: { textAlign: "start", fontWeight: tokens.fontWeightRegular, wordBreak: "break-word" },
  number: { textAlign: "end", paddingLeft: tokens.spacingHorizontalXS },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  problem: { display: "block", color: tokens.colorNeutralForeground3 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
