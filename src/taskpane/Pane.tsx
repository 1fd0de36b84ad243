import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Select,
  Title3,
} from "@fluentui/react-components";
import * as React from "react";
import { LANGUAGES, type Language } from "../domain";
import type { PaneProps } from "./Pane.types";
import { ErrorBars } from "./panels/ErrorBars/ErrorBars";
import { EvaluatePanel } from "./panels/EvaluatePanel/EvaluatePanel";
import { FollowPanel } from "./panels/FollowPanel/FollowPanel";
import { FormulasPanel } from "./panels/FormulasPanel/FormulasPanel";
import { InventoryPanel } from "./panels/InventoryPanel/InventoryPanel";
import { MatrixPanel } from "./panels/MatrixPanel/MatrixPanel";
import { ProblemsPanel } from "./panels/ProblemsPanel/ProblemsPanel";
import { SummaryPanel } from "./panels/SummaryPanel/SummaryPanel";
import { COMMON_TEXT, LANGUAGE_NAMES } from "./text/commonText";
import { EVALUATE_TEXT } from "./text/evaluateText";
import { FOLLOW_TEXT } from "./text/followText";
import { FORMULAS_TEXT } from "./text/formulasText";
import { INVENTORY_TEXT } from "./text/inventoryText";
import { MATRIX_TEXT } from "./text/matrixText";
import { RESULTS_TEXT } from "./text/resultsText";
import { usePane } from "./usePane";
import { usePaneStyles } from "./usePaneStyles.styles";

/**
 * The AssistLevel task pane: matrix, inventory, evaluate & highlight, follow
 * the selection, summary, problems. All workbook work goes through `host`.
 */
export function Pane({ host, initialLanguage, header, extraPanels = [] }: PaneProps): React.JSX.Element {
  const pane = usePane(host, initialLanguage);
  const { language, inventory, run, follow } = pane;
  const styles = usePaneStyles();
  const common = COMMON_TEXT[language];
  const results = RESULTS_TEXT[language];
  const panels: { id: string; heading: string; body: React.ReactNode }[] = [
    { id: "matrix", heading: MATRIX_TEXT[language].heading, body: <MatrixPanel language={language} loadMatrix={pane.loadMatrix} report={pane.report} /> },
    { id: "inventory", heading: INVENTORY_TEXT[language].heading, body: <InventoryPanel inventory={inventory} language={language} /> },
    {
      id: "evaluate",
      heading: EVALUATE_TEXT[language].heading,
      body: <EvaluatePanel run={run} inventory={inventory} language={language} formulasAvailable={host.kind === "excel"} />,
    },
    {
      id: "follow",
      heading: FOLLOW_TEXT[language].heading,
      body: <FollowPanel follow={follow} language={language} ready={inventory.mapping !== undefined} />,
    },
    {
      id: "summary",
      heading: results.summaryHeading,
      body: <SummaryPanel evaluation={run.evaluation} language={language} onSelectRow={pane.selectRow} />,
    },
    {
      id: "problems",
      heading: run.evaluation ? results.problemsHeading(run.evaluation.problems.length) : results.problemsHeading(0),
      body: <ProblemsPanel evaluation={run.evaluation} language={language} onSelectCell={pane.selectCell} />,
    },
    ...extraPanels.map((extra) => ({ id: extra.id, heading: extra.label(language), body: extra.render({ evaluation: run.evaluation, language }) })),
    { id: "formulas", heading: FORMULAS_TEXT[language].functionsHeading, body: <FormulasPanel language={language} /> },
  ];
  return (
    <main className={styles.root} lang={language}>
      <div className={styles.titleBar}>
        <Title3 as="h1">{common.title}</Title3>
        <Select
          aria-label={common.paneLanguage}
          size="small"
          value={language}
          onChange={(_, data) => pane.setLanguage(data.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </div>
      {header?.(language)}
      <Caption1 className={styles.indicative}>{common.indicative}</Caption1>
      <ErrorBars failures={pane.failures} language={language} onDismiss={pane.dismiss} />
      <Accordion multiple collapsible openItems={[...pane.openItems]} onToggle={(_, data) => pane.setOpenItems(data.openItems.map(String))}>
        {panels.map(({ id, heading, body }) => (
          <AccordionItem key={id} value={id}>
            <AccordionHeader as="h2" size="large">
              {heading}
            </AccordionHeader>
            <AccordionPanel>{body}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </main>
  );
}
