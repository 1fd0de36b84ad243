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
    alignItems: "end",
    height: `${2 * PREVIEW_ROW_HEIGHT}px`,
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
  /** The first level of a criterion: a stronger line groups the strip by criterion. */
  stripGroup: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  stripHeader: { position: "relative", overflow: "visible", paddingLeft: 0, paddingRight: 0, textAlign: "center", fontSize: tokens.fontSizeBase100 },
  /** The criterion's name over its four strip columns. */
  stripLabel: {
    position: "absolute",
    bottom: "100%",
    left: 0,
    width: "400%",
    textAlign: "center",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  classCell: { fontWeight: tokens.fontWeightSemibold, textAlign: "center" },
});
