import { MessageBar, MessageBarBody, MessageBarGroup, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../../domain";
import { absentCriterionMessages } from "../../../usecases/absentCriteria";
import type { AbsentCriterion } from "../../../usecases/mapInventory";
import { COMMON_TEXT } from "../../text/commonText";

export interface AbsentCriteriaBarsProps {
  /** The optional criteria the evaluated inventory had no column for. */
  readonly absent: readonly AbsentCriterion[];
  /** What the sheet's layout did to the reading (merged input cells read blank), in the same bars. */
  readonly notes?: readonly string[];
  readonly language: Language;
}

/**
 * One warning bar per optional criterion the last evaluation was made
 * without, in the words the batch tool and the summary sheet use; nothing
 * when every criterion had a column. Kept while the evaluation is shown: the
 * classes in the workbook stay made without it until the column is named.
 */
export function AbsentCriteriaBars({ absent, notes = [], language }: AbsentCriteriaBarsProps): React.JSX.Element | null {
  const messages = [...absentCriterionMessages(absent, language), ...notes];
  if (messages.length === 0) return null;
  const title = COMMON_TEXT[language].warningTitle;
  return (
    <MessageBarGroup>
      {messages.map((message) => (
        <MessageBar key={message} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
