import { Body1, Caption1, Link } from "@fluentui/react-components";
import * as React from "react";
import { type Language, printable } from "../../../domain";
import type { CellProblem, PaneEvaluation } from "../../../usecases/paneJobs.types";
import { RESULTS_TEXT } from "../../text/resultsText";
import { usePanelStyles } from "../usePanelStyles.styles";
import { useProblemsPanelStyles } from "./useProblemsPanelStyles.styles";

/** Enough to work through in a pane; the inventory's Flags column marks every row in error. */
export const PROBLEMS_SHOWN = 200;

export interface ProblemsPanelProps {
  readonly evaluation?: PaneEvaluation;
  readonly language: Language;
  readonly onSelectCell: (problem: CellProblem) => void;
}

/** Cells that could not be read, with address and reason; clicking one selects it. */
export function ProblemsPanel({ evaluation, language, onSelectCell }: ProblemsPanelProps): React.JSX.Element {
  const text = RESULTS_TEXT[language];
  const panel = usePanelStyles();
  const styles = useProblemsPanelStyles();
  if (!evaluation) return <Body1>{text.notEvaluated}</Body1>;
  const { problems } = evaluation;
  if (problems.length === 0) return <Body1>{text.noProblems}</Body1>;
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <div className={panel.panel}>
      <ul className={styles.list}>
        {shown.map((problem, i) => (
          // A row may have several problems at one address (a row-level one falls back to column A).
          <li key={i} className={styles.item}>
            <Link as="button" className={styles.address} onClick={() => onSelectCell(problem)}>
              {`${printable(problem.sheet)}!${problem.cell}`}
            </Link>
            {/* The message quotes the cell's text: made printable, so a bidi control in it cannot reorder the line. */}
            <Caption1>{printable(problem.message)}</Caption1>
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <Caption1 className={panel.note}>{text.problemsMore(shown.length, problems.length)}</Caption1>}
    </div>
  );
}
