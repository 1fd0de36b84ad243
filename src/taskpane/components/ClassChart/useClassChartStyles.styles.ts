import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the class chart: theme colours for the axis and labels. */
export const useClassChartStyles = makeStyles({
  chart: { width: "100%", maxWidth: "360px", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  count: { fontSize: "11px", textAnchor: "middle", fill: tokens.colorNeutralForeground1 },
  level: { fontSize: "11px", textAnchor: "middle", fill: tokens.colorNeutralForeground2, fontWeight: 600 },
});
