import { Body1, Caption1 } from "@fluentui/react-components";
import * as React from "react";
import { type Language, matrixStamp } from "../../../domain";
import { FORMULAS_TEXT } from "../../text/formulasText";
import { FORMULA_EXAMPLES, type FormulaExample } from "./formulaExamples";
import { useFormulasPanelStyles } from "./useFormulasPanelStyles.styles";

/** What the add-in offers as worksheet formulas, for analysts who prefer typing them. */
export function FormulasPanel({ language }: { language: Language }): React.JSX.Element {
  const text = FORMULAS_TEXT[language];
  const styles = useFormulasPanelStyles();
  return (
    <div className={styles.root}>
      <Body1>{text.intro}</Body1>
      <ul className={styles.list}>
        {(Object.keys(FORMULA_EXAMPLES) as FormulaExample[]).map((example) => (
          <li key={example} className={styles.item}>
            <code className={styles.formula}>{FORMULA_EXAMPLES[example]}</code>
            <Caption1>{text.functions[example]}</Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.version}>{matrixStamp(language)}</Caption1>
    </div>
  );
}
