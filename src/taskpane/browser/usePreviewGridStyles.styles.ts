import { makeStyles, tokens } from "@fluentui/react-components";

/** Height of a preview row in px: fixed, so the grid can place rows by index (virtualised). */
export const PREVIEW_ROW_HEIGHT = 28;

export const usePreviewGridStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  scroller: {
    position: "relative",
    height: "420px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: "none",
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "grid",
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  body: { position: "relative" },
  row: {
    position: "absolute",
    left: 0,
    display: "grid",
    cursor: "pointer",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ":hover": { backgroundColor: tokens.colorBrandBackground2Hover } },
  cell: {
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: `${PREVIEW_ROW_HEIGHT - 1}px`,
  },
  rowNumber: { color: tokens.colorNeutralForeground3, textAlign: "right" },
  stripCell: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  stripHeader: { paddingLeft: 0, paddingRight: 0, textAlign: "center", fontSize: tokens.fontSizeBase100 },
  classCell: { fontWeight: tokens.fontWeightSemibold, textAlign: "center" },
});
