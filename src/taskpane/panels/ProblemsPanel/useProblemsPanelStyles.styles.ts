import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../../components/sharedStyles.styles";

/** Styles of the Problems list. */
export const useProblemsPanelStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  item: { display: "flex", flexDirection: "column", wordBreak: "break-word" },
  address: { alignSelf: "flex-start", fontFamily: tokens.fontFamilyMonospace },
});
