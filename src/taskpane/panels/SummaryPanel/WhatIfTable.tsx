import * as React from "react";
import { LEVELS, levelCode } from "../../../domain";
import type { WhatIfScenario } from "../../../usecases/summary/summaryTables";
import type { SummaryText } from "../../../usecases/summary/summaryText";
import { useSummaryPanelStyles } from "./useSummaryPanelStyles.styles";

/** The 200 / 1000 thresholds moved by ±10 %: posts moving up or down and the counts per class. */
export function WhatIfTable({ scenarios, text }: { scenarios: readonly WhatIfScenario[]; text: SummaryText }): React.JSX.Element {
  const styles = useSummaryPanelStyles();
  // Arrows keep seven columns inside a narrow pane; screen readers get the words.
  const arrow = (symbol: string, words: string) => (
    <>
      <span aria-hidden="true">{symbol}</span>
      <span className={styles.hidden}>{words}</span>
    </>
  );
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{text.whatIf}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.rowHead}>
            {text.scenario}
          </th>
          <th scope="col" className={styles.head} title={text.movedUp}>
            {arrow("↑", text.movedUp)}
          </th>
          <th scope="col" className={styles.head} title={text.movedDown}>
            {arrow("↓", text.movedDown)}
          </th>
          {LEVELS.map((level) => (
            <th key={level} scope="col" className={styles.head}>
              {levelCode(level)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => (
          <tr key={`${scenario.threshold ?? "baseline"}${scenario.percent}`}>
            <th scope="row" className={styles.rowHead}>
              {scenario.threshold === null ? text.baseline : text.moved(scenario.threshold, scenario.percent)}
              {` (${scenario.thresholds.lower} / ${scenario.thresholds.upper})`}
            </th>
            <td className={styles.number}>{scenario.up}</td>
            <td className={styles.number}>{scenario.down}</td>
            {scenario.counts.map((count, i) => (
              <td key={i} className={styles.number}>
                {count}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
