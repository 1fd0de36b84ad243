import { MessageBar, MessageBarBody, MessageBarGroup, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../../domain";
import { absentCriterionMessages } from "../../../usecases/absentCriteria";
import type { AbsentCriterion } from "../../../usecases/mapInventory";
import { COMMON_TEXT } from "../../text/commonText";

export interface AbsentCriteriaBarsProps {
  /** The optional criteria the evaluated inventory had no column for. */
  readonly absent: readonly AbsentCriterion[];
  readonly language: Language;
}

/**
 * One warning bar per optional criterion the last evaluation was made
 * without, in the words the batch tool and the summary sheet use; nothing
 * when every criterion had a column. Kept while the evaluation is shown: the
 * classes in the workbook stay made without it until the column is named.
 */
export function AbsentCriteriaBars({ absent, language }: AbsentCriteriaBarsProps): React.JSX.Element | null {
  if (absent.length === 0) return null;
  const title = COMMON_TEXT[language].warningTitle;
  return (
    <MessageBarGroup>
      {absentCriterionMessages(absent, language).map((message, i) => (
        <MessageBar key={absent[i].input} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
