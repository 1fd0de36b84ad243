import { Body1, Button, Caption1, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import * as React from "react";
import { LANGUAGES, type Language } from "../../../domain";
import { LANGUAGE_NAMES } from "../../text/commonText";
import { MATRIX_TEXT } from "../../text/matrixText";
import { usePanelStyles } from "../usePanelStyles.styles";
import { useMatrixPanel } from "./useMatrixPanel";

export interface MatrixPanelProps {
  readonly language: Language;
  readonly loadMatrix: (language: Language) => Promise<{ readonly sheet: string }>;
  readonly report: (failure: unknown) => void;
}

/** Load or update the matrix sheet in a language of the analyst's choice. */
export function MatrixPanel({ language, loadMatrix, report }: MatrixPanelProps): React.JSX.Element {
  const text = MATRIX_TEXT[language];
  const styles = usePanelStyles();
  const { sheetLanguage, setSheetLanguage, loading, loaded, load } = useMatrixPanel(language, loadMatrix, report);
  return (
    <div className={styles.panel}>
      <Body1>{text.intro}</Body1>
      <RadioGroup
        aria-label={text.language}
        layout="horizontal"
        value={sheetLanguage}
        onChange={(_, data) => setSheetLanguage(data.value as Language)}
      >
        {LANGUAGES.map((l) => (
          <Radio key={l} value={l} label={LANGUAGE_NAMES[l]} />
        ))}
      </RadioGroup>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={loading} onClick={() => void load()}>
          {text.load}
        </Button>
        {loading && <Spinner size="tiny" label={text.loading} />}
      </div>
      {loaded && (
        <Caption1 role="status" className={styles.note}>
          {text.loaded(loaded)}
        </Caption1>
      )}
    </div>
  );
}
