import { Body1, Button, Caption1, Field, ProgressBar, Switch } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../../domain";
import { columnLetter } from "../../../workbook/port";
import { EVALUATE_TEXT } from "../../text/evaluateText";
import type { PaneEvaluate } from "../../usePaneEvaluate";
import type { PaneInventory } from "../../usePaneInventory";
import { usePanelStyles } from "../usePanelStyles.styles";
import { AbsentCriteriaBars } from "./AbsentCriteriaBars";

export interface EvaluatePanelProps {
  readonly run: PaneEvaluate;
  readonly inventory: PaneInventory;
  readonly language: Language;
  /** Live formulas are offered only where they compute. */
  readonly formulasAvailable: boolean;
}

/** The switch between live formulas and values, the Evaluate button, progress with Cancel, and the counts. */
export function EvaluatePanel({ run, inventory, language, formulasAvailable }: EvaluatePanelProps): React.JSX.Element {
  const text = EVALUATE_TEXT[language];
  const styles = usePanelStyles();
  const { source, map, mapping, pending, validation } = inventory;
  const ready = source !== undefined && mapping !== undefined && !pending;
  const live = formulasAvailable && run.liveFormulas;
  const start = () => {
    if (source) void run.evaluate({ source, map, language, mode: live ? "formulas" : "values", validation });
  };
  const kept = run.evaluation?.validation.filter((note) => !note.applied).map((note) => columnLetter(note.column)) ?? [];
  return (
    <div className={styles.panel}>
      <Switch
        checked={live}
        disabled={!formulasAvailable || run.running}
        onChange={(_, data) => run.setLiveFormulas(data.checked)}
        label={text.liveFormulas}
      />
      <Caption1 className={styles.note}>{!formulasAvailable ? text.formulasNeedExcel : live ? text.liveFormulasHint : text.valuesHint}</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready || run.running} onClick={start}>
          {text.evaluate}
        </Button>
        {run.running && <Button onClick={run.cancel}>{text.cancel}</Button>}
      </div>
      {!ready && !run.running && <Caption1 className={styles.note}>{text.needSource}</Caption1>}
      {run.running && (
        <Field
          validationState="none"
          validationMessage={run.progress ? text.progress(text.steps[run.progress.step], run.progress.done, run.progress.total) : undefined}
        >
          <ProgressBar
            aria-label={text.evaluate}
            value={run.progress && run.progress.total > 0 ? run.progress.done / run.progress.total : undefined}
          />
        </Field>
      )}
      {run.evaluation && (
        <Body1 role="status">{text.results(run.evaluation.evaluated, run.evaluation.invalid, run.evaluation.blank)}</Body1>
      )}
      {run.evaluation && <AbsentCriteriaBars absent={run.evaluation.mapping.absent} notes={run.evaluation.layoutNotes} language={language} />}
      {kept.length > 0 && <Caption1 className={styles.note}>{text.keptValidation(kept.join(", "))}</Caption1>}
    </div>
  );
}
