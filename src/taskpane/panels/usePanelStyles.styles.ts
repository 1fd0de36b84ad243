import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every panel shares: a column of fields with Office's spacing. */
export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  note: { color: tokens.colorNeutralForeground3 },
  figure: { margin: 0 },
});
