import { Body1Strong, Caption1, Link } from "@fluentui/react-components";
import * as React from "react";
import { type Language, levelCode, messagesFor, printable } from "../../../domain";
import type { FlaggedPost } from "../../../usecases/summary/summaryTables";
import { SUMMARY_TEXT } from "../../../usecases/summary/summaryText";
import { RESULTS_TEXT } from "../../text/resultsText";
import { useSummaryPanelStyles } from "./useSummaryPanelStyles.styles";

/** Enough to scan in a pane; the inventory's Flags column holds the rest. */
export const FLAGGED_SHOWN = 200;

export interface FlaggedListProps {
  readonly flagged: readonly FlaggedPost[];
  readonly language: Language;
  readonly onSelectRow: (row: number) => void;
}

/** Posts to check; each item selects its row on the inventory. */
export function FlaggedList({ flagged, language, onSelectRow }: FlaggedListProps): React.JSX.Element {
  const text = SUMMARY_TEXT[language];
  const styles = useSummaryPanelStyles();
  const flagNames = messagesFor(language).flagName;
  const shown = flagged.slice(0, FLAGGED_SHOWN);
  return (
    <section aria-label={text.flagged}>
      <Body1Strong as="h3" block className={styles.heading}>
        {text.flagged}
      </Body1Strong>
      {flagged.length === 0 && <Caption1>{text.noneFlagged}</Caption1>}
      <ul className={styles.list}>
        {shown.map((post) => {
          const what = post.level === undefined ? text.error : levelCode(post.level);
          const flags = post.flags.map((f) => flagNames[f]).join(", ");
          return (
            <li key={post.row}>
              <Link as="button" title={RESULTS_TEXT[language].selectRow(post.row)} onClick={() => onSelectRow(post.row)}>
                {[`${text.row} ${post.row}`, printable(post.postId), what, flags].filter((part) => part !== "").join(" · ")}
              </Link>
              {post.problems.map((problem, i) => (
                <Caption1 key={i} className={styles.problem}>
                  {problem}
                </Caption1>
              ))}
            </li>
          );
        })}
      </ul>
      {flagged.length > shown.length && <Caption1>{text.flaggedMore(shown.length, flagged.length)}</Caption1>}
    </section>
  );
}
