import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useState, useSyncExternalStore } from "react";
import type { Language } from "../../domain";
import type { BrowserHost } from "./BrowserHost";
import { BROWSER_TEXT, evaluatedFileName } from "./browserText";
import { saveBlob } from "./saveBlob";
import { useBrowserPaneStyles } from "./useBrowserPaneStyles.styles";

export interface FileToolbarProps {
  readonly host: BrowserHost;
  readonly language: Language;
  readonly onOpenAnother: () => void;
}

/** Names the open file and, once it is evaluated, offers the workbook as `<name>-evaluated.xlsx`. */
export function FileToolbar({ host, language, onOpenAnother }: FileToolbarProps) {
  const styles = useBrowserPaneStyles();
  const say = BROWSER_TEXT[language];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const evaluated = useSyncExternalStore(host.subscribe, host.snapshot).runs > 0;

  const download = async (): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    try {
      saveBlob(await host.download(), evaluatedFileName(host.file.name));
    } catch (error) {
      setProblem(say.downloadFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.toolbar} role="toolbar" aria-label={say.openedFile}>
      <Text className={styles.fileName}>{host.file.name}</Text>
      <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <ArrowDownload20Regular />} disabled={busy || !evaluated} onClick={() => void download()}>
        {busy ? say.downloading : say.download}
      </Button>
      <Button icon={<FolderOpen20Regular />} onClick={onOpenAnother}>
        {say.openAnother}
      </Button>
      {problem !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
