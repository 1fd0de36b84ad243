import { type GriffelStyle, tokens } from "@fluentui/react-components";

/** Out of sight, still read by screen readers (the usual visually-hidden rule). */
export const VISUALLY_HIDDEN: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};

/** A list without bullets or indent, its items one under the other with `gap` between them. */
export function plainList(gap: string = tokens.spacingVerticalS): GriffelStyle {
  return { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: gap };
}
