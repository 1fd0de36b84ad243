import * as React from "react";
import { CRITERIA, CRITERION_NAMES, type CriterionKey, LEVELS, type Language, type Level, levelCode } from "../../../domain";
import { useLevelGridStyles } from "./useLevelGridStyles.styles";

/** What one (criterion, level) cell shows: visible content, words for screen readers, and a fill. */
export interface LevelCell {
  readonly content: React.ReactNode;
  /** Read instead of `content` when the content is a symbol. */
  readonly spoken?: string;
  /** CSS colour, e.g. "#A6CEE3". */
  readonly fill?: string;
}

export interface LevelGridProps {
  readonly caption: string;
  readonly language: Language;
  readonly corner: string;
  readonly cell: (criterion: CriterionKey, level: Level) => LevelCell;
}

/** The matrix's shape as a table: the five criteria down, A1–A4 across. */
export function LevelGrid({ caption, language, corner, cell }: LevelGridProps): React.JSX.Element {
  const styles = useLevelGridStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.corner}>
            {corner}
          </th>
          {LEVELS.map((level) => (
            <th key={level} scope="col" className={styles.level}>
              {levelCode(level)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CRITERIA.map((criterion) => (
          <tr key={criterion}>
            <th scope="row" className={styles.criterion}>
              {CRITERION_NAMES[criterion][language]}
            </th>
            {LEVELS.map((level) => {
              const { content, spoken, fill } = cell(criterion, level);
              return (
                <td key={level} className={styles.cell} style={fill ? { backgroundColor: fill } : undefined}>
                  {spoken === undefined ? (
                    content
                  ) : (
                    <>
                      <span aria-hidden="true">{content}</span>
                      <span className={styles.hidden}>{spoken}</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
