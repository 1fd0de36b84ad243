import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Language } from "../../../domain";
import { paneMessage } from "../../paneMessage";
import { COMMON_TEXT } from "../../text/commonText";
import type { ReportedFailure } from "../../usePaneMessages";

export interface ErrorBarsProps {
  readonly failures: readonly ReportedFailure[];
  readonly language: Language;
  readonly onDismiss: (id: number) => void;
}

/** Every rejected host call, one MessageBar each, until dismissed. */
export function ErrorBars({ failures, language, onDismiss }: ErrorBarsProps): React.JSX.Element | null {
  if (failures.length === 0) return null;
  const text = COMMON_TEXT[language];
  return (
    <MessageBarGroup>
      {failures.map(({ id, failure }) => {
        const { intent, text: message } = paneMessage(failure, language);
        return (
          <MessageBar key={id} intent={intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{intent === "warning" ? text.warningTitle : text.errorTitle}</MessageBarTitle>
              {message}
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label={text.dismiss} icon={<DismissRegular />} onClick={() => onDismiss(id)} />}
            />
          </MessageBar>
        );
      })}
    </MessageBarGroup>
  );
}
