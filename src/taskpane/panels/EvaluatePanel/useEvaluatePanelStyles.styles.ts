import { makeStyles, tokens } from "@fluentui/react-components";

/** The result-mode choice: each mode's hint sits under its label, clear of the radio's circle. */
export const useEvaluatePanelStyles = makeStyles({
  hint: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    // The radio's padding, its 16px circle and the label's padding.
    paddingLeft: `calc(${tokens.spacingHorizontalS} * 2 + 16px)`,
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
    paddingBottom: tokens.spacingVerticalXS,
  },
});
