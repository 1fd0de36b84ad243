import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../../components/sharedStyles.styles";

/** Styles of the Formulas panel. */
export const useFormulasPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    wordBreak: "break-word",
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
  },
  version: { color: tokens.colorNeutralForeground3 },
});
