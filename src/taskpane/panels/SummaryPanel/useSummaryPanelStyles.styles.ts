import { makeStyles, tokens } from "@fluentui/react-components";
import { VISUALLY_HIDDEN, plainList } from "../../components/sharedStyles.styles";

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
  list: plainList(tokens.spacingVerticalXXS),
  problem: { display: "block", color: tokens.colorNeutralForeground3 },
  hidden: VISUALLY_HIDDEN,
});
