import { Body1, Button, Caption1, Field, ProgressBar, Radio, RadioGroup } from "@fluentui/react-components";
import * as React from "react";
import { useId } from "react";
import type { Language } from "../../../domain";
import type { ResultMode } from "../../../usecases/paneJobs.types";
import { columnLetter } from "../../../workbook/port";
import { EVALUATE_TEXT } from "../../text/evaluateText";
import type { PaneEvaluate } from "../../usePaneEvaluate";
import type { PaneInventory } from "../../usePaneInventory";
import { usePanelStyles } from "../usePanelStyles.styles";
import { AbsentCriteriaBars } from "./AbsentCriteriaBars";
import { useEvaluatePanelStyles } from "./useEvaluatePanelStyles.styles";

export interface EvaluatePanelProps {
  readonly run: PaneEvaluate;
  readonly inventory: PaneInventory;
  readonly language: Language;
  /** Live formulas are offered only where they compute. */
  readonly formulasAvailable: boolean;
}

/**
 * The choice of how results are written (values, live formulas, portable
 * formulas, each with its hint), the Evaluate button, progress with Cancel,
 * and the counts.
 */
export function EvaluatePanel({ run, inventory, language, formulasAvailable }: EvaluatePanelProps): React.JSX.Element {
  const text = EVALUATE_TEXT[language];
  const styles = usePanelStyles();
  const own = useEvaluatePanelStyles();
  const hintId = useId();
  const { source, map, mapping, pending, validation } = inventory;
  const ready = source !== undefined && mapping !== undefined && !pending;
  // Live formulas are never sent where they cannot compute.
  const resultMode: ResultMode = !formulasAvailable && run.resultMode === "formulas" ? "values" : run.resultMode;
  const start = () => {
    if (source) void run.evaluate({ source, map, language, mode: resultMode, validation });
  };
  const kept = run.evaluation?.validation.filter((note) => !note.applied).map((note) => columnLetter(note.column)) ?? [];
  const modes: readonly { readonly mode: ResultMode; readonly label: string; readonly hint: string; readonly disabled?: boolean }[] = [
    { mode: "values", label: text.values, hint: text.valuesHint },
    { mode: "formulas", label: text.liveFormulas, hint: formulasAvailable ? text.liveFormulasHint : text.formulasNeedExcel, disabled: !formulasAvailable },
    { mode: "portable", label: text.portableFormulas, hint: text.portableFormulasHint },
  ];
  return (
    <div className={styles.panel}>
      <Field label={text.resultMode}>
        <RadioGroup value={resultMode} disabled={run.running} onChange={(_, data) => run.setResultMode(data.value as ResultMode)}>
          {modes.map(({ mode, label, hint, disabled }) => (
            <React.Fragment key={mode}>
              <Radio value={mode} label={label} disabled={disabled} input={{ "aria-describedby": `${hintId}-${mode}` }} />
              <Caption1 id={`${hintId}-${mode}`} className={own.hint}>
                {hint}
              </Caption1>
            </React.Fragment>
          ))}
        </RadioGroup>
      </Field>
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
