import * as React from "react";
import { LEVELS, levelCode } from "../../../domain";
import type { LevelCounts } from "../../../usecases/summary/summaryTables";
import { LEVEL_COLOURS } from "../../../usecases/resultColumns";
import { useClassChartStyles } from "./useClassChartStyles.styles";

export interface ClassChartProps {
  readonly counts: LevelCounts;
  /** States every count: the chart's accessible name, read instead of the drawing. */
  readonly label: string;
}

const WIDTH = 240;
const HEIGHT = 120;
const BASELINE = 100;
const BAR = 36;
const TOP = 16;

/** Posts per indicative class as four columns in the levels' colours; an image whose name gives the counts. */
export function ClassChart({ counts, label }: ClassChartProps): React.JSX.Element {
  const styles = useClassChartStyles();
  const highest = Math.max(1, ...counts);
  const step = WIDTH / LEVELS.length;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart}>
      <line x1={0} x2={WIDTH} y1={BASELINE} y2={BASELINE} className={styles.axis} />
      {LEVELS.map((level, i) => {
        const count = counts[i];
        const height = ((BASELINE - TOP) * count) / highest;
        const x = i * step + (step - BAR) / 2;
        return (
          <g key={level}>
            <rect x={x} y={BASELINE - height} width={BAR} height={height} fill={`#${LEVEL_COLOURS[level]}`} />
            <text x={x + BAR / 2} y={BASELINE - height - 3} className={styles.count}>
              {count}
            </text>
            <text x={x + BAR / 2} y={HEIGHT - 6} className={styles.level}>
              {levelCode(level)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
