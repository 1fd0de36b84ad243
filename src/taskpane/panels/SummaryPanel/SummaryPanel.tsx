import { Body1, Caption1 } from "@fluentui/react-components";
import * as React from "react";
import { type Language, matrixStamp } from "../../../domain";
import type { PaneEvaluation } from "../../../usecases/paneJobs.types";
import { SUMMARY_TEXT } from "../../../usecases/summary/summaryText";
import { ClassChart } from "../../components/ClassChart/ClassChart";
import { LevelGrid } from "../../components/LevelGrid/LevelGrid";
import { RESULTS_TEXT } from "../../text/resultsText";
import { usePanelStyles } from "../usePanelStyles.styles";
import { CrossTable } from "./CrossTable";
import { FlaggedList } from "./FlaggedList";
import { WhatIfTable } from "./WhatIfTable";

export interface SummaryPanelProps {
  readonly evaluation?: PaneEvaluation;
  readonly language: Language;
  readonly onSelectRow: (row: number) => void;
}

/** Light to dark with the share of posts meeting a descriptor, as on the summary sheet (quarters). */
const HEAT = ["#EFF6FC", "#C7E0F4", "#9FCBEF", "#71AFE5"];

/** The run's summary: chart, current vs indicative, flagged posts, heat map, what-if. */
export function SummaryPanel({ evaluation, language, onSelectRow }: SummaryPanelProps): React.JSX.Element {
  const styles = usePanelStyles();
  const own = RESULTS_TEXT[language];
  if (!evaluation) return <Body1>{own.noSummary}</Body1>;
  const text = SUMMARY_TEXT[language];
  const { summary } = evaluation;
  const { counts, invalid, blank } = summary.perClass;
  const heat = (count: number) => HEAT[Math.min(3, Math.floor((4 * count) / Math.max(1, summary.evaluated)))];
  return (
    <div className={styles.panel}>
      <Caption1 className={styles.note}>{text.note(matrixStamp(language), summary.evaluated, invalid)}</Caption1>
      <figure className={styles.figure}>
        <figcaption>
          <Body1>
            <strong>{text.perClass}</strong>
          </Body1>
        </figcaption>
        <ClassChart counts={counts} label={own.chartLabel(counts, invalid, blank)} />
      </figure>
      {summary.currentVsIndicative && <CrossTable table={summary.currentVsIndicative} text={text} />}
      <FlaggedList flagged={summary.flagged} language={language} onSelectRow={onSelectRow} />
      <LevelGrid
        caption={text.heatMap}
        language={language}
        corner={text.criterion}
        cell={(criterion, level) => {
          const count = summary.heatMap[criterion][level - 1];
          return { content: count, fill: heat(count) };
        }}
      />
      <Caption1 className={styles.note}>{text.heatMapNote(summary.evaluated)}</Caption1>
      <WhatIfTable scenarios={summary.whatIf} text={text} />
      <Caption1 className={styles.note}>{text.whatIfNote}</Caption1>
    </div>
  );
}
