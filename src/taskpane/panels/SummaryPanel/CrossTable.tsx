import * as React from "react";
import { LEVELS, levelCode } from "../../../domain";
import type { CurrentVsIndicative } from "../../../usecases/summary/summaryTables";
import type { SummaryText } from "../../../usecases/summary/summaryText";
import { useSummaryPanelStyles } from "./useSummaryPanelStyles.styles";

/** Current class down, indicative class across, and how many went higher, equal or lower. */
export function CrossTable({ table, text }: { table: CurrentVsIndicative; text: SummaryText }): React.JSX.Element {
  const styles = useSummaryPanelStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{text.currentVsIndicative}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.rowHead}>
            {text.crossCorner}
          </th>
          {LEVELS.map((level) => (
            <th key={level} scope="col" className={styles.head}>
              {levelCode(level)}
            </th>
          ))}
          <th scope="col" className={styles.head}>
            {text.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.current ?? "other"}>
            <th scope="row" className={styles.rowHead}>
              {row.current === null ? text.otherOrBlank : levelCode(row.current)}
            </th>
            {row.indicative.map((count, i) => (
              <td key={i} className={styles.number}>
                {count}
              </td>
            ))}
            <td className={styles.number}>{row.indicative.reduce((a, b) => a + b, 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {(
          [
            [text.higher, table.higher],
            [text.equal, table.equal],
            [text.lower, table.lower],
          ] as const
        ).map(([label, count]) => (
          <tr key={label}>
            <th scope="row" colSpan={5} className={styles.rowHead}>
              {label}
            </th>
            <td className={styles.number}>{count}</td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
