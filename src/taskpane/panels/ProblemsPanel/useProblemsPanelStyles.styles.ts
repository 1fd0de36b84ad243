import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the Problems list. */
export const useProblemsPanelStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", wordBreak: "break-word" },
  address: { alignSelf: "flex-start", fontFamily: tokens.fontFamilyMonospace },
});
