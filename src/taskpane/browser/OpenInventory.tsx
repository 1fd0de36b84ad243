import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title2, mergeClasses } from "@fluentui/react-components";
import { DocumentArrowUp20Regular, LockClosed16Regular } from "@fluentui/react-icons";
import { type DragEvent, useId, useRef, useState } from "react";
import type { Language } from "../../domain";
import { BROWSER_TEXT } from "./browserText";
import { useBrowserPaneStyles } from "./useBrowserPaneStyles.styles";

export interface OpenInventoryProps {
  readonly language: Language;
  /** The name of the file being opened, while it is. */
  readonly opening?: string;
  /** Why the last file could not be opened. */
  readonly problem?: string;
  readonly onFile: (file: File) => void;
}

/**
 * The browser page before a file is open: a file picker and a drop zone
 * for an .xlsx or .csv inventory, and the promise that nothing leaves the page.
 */
export function OpenInventory({ language, opening, problem, onFile }: OpenInventoryProps) {
  const styles = useBrowserPaneStyles();
  const say = BROWSER_TEXT[language];
  const input = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const headingId = useId();

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <Title2 as="h1" id={headingId}>
        {say.openHeading}
      </Title2>
      <Text>{say.openHint}</Text>
      <div
        className={mergeClasses(styles.dropZone, dropping && styles.dropping)}
        onDragOver={(event) => {
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <Text>{say.dropHere}</Text>
        <Button appearance="primary" icon={<DocumentArrowUp20Regular />} disabled={opening !== undefined} onClick={() => input.current?.click()}>
          {say.chooseFile}
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,text/csv"
          aria-label={say.chooseFile}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
        {opening !== undefined && <Spinner size="small" label={say.opening(opening)} />}
      </div>
      {problem !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{say.cannotOpen}</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text className={styles.note}>
        <LockClosed16Regular /> {say.privacy}
      </Text>
    </section>
  );
}
