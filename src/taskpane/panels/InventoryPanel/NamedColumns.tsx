import { Body1, Button, Field, Input } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../../domain";
import { type InventoryInput, REQUIRED_INPUTS } from "../../../usecases/inventoryHeaders";
import type { EvaluateRequest } from "../../../usecases/paneJobs.types";
import { COMMON_TEXT } from "../../text/commonText";
import { INVENTORY_TEXT } from "../../text/inventoryText";
import { useInventoryPanelStyles } from "./useInventoryPanelStyles.styles";

export interface NamedColumnsProps {
  readonly language: Language;
  readonly disabled: boolean;
  readonly onApply: (corrections: EvaluateRequest["map"]) => void;
}

/**
 * When recognition found no inventory there are no headers to offer in
 * dropdowns: the analyst names the required columns by header or letter,
 * as the batch tool's --map does. The fields are not `required`: a column
 * left empty may still be recognised by its header.
 */
export function NamedColumns({ language, disabled, onApply }: NamedColumnsProps): React.JSX.Element {
  const text = INVENTORY_TEXT[language];
  const names = COMMON_TEXT[language].inputs;
  const styles = useInventoryPanelStyles();
  const [named, setNamed] = React.useState<Partial<Record<InventoryInput, string>>>({});
  const filled = Object.fromEntries(Object.entries(named).filter(([, value]) => value.trim() !== ""));
  return (
    <form
      className={styles.mapping}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(filled);
      }}
    >
      <Body1>{text.nameColumns}</Body1>
      {REQUIRED_INPUTS.map((input) => (
        <Field key={input} label={names[input]} orientation="horizontal" className={styles.field}>
          <Input
            placeholder={text.columnHint}
            value={named[input] ?? ""}
            onChange={(_, data) => setNamed((current) => ({ ...current, [input]: data.value }))}
          />
        </Field>
      ))}
      <Button type="submit" appearance="secondary" disabled={disabled || Object.keys(filled).length === 0}>
        {text.apply}
      </Button>
    </form>
  );
}
