import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the Inventory panel: the mapping fields, label beside dropdown. */
export const useInventoryPanelStyles = makeStyles({
  mapping: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  // Label and dropdown share a narrow pane: the label takes what it needs, the dropdown the rest.
  field: {
    gridTemplateColumns: "minmax(6em, 40%) 1fr",
  },
});
