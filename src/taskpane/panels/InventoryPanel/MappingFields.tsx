import { Caption1, Field, Select } from "@fluentui/react-components";
import * as React from "react";
import { type Language, printable } from "../../../domain";
import { INVENTORY_INPUTS, type InventoryInput, REQUIRED_INPUTS } from "../../../usecases/inventoryHeaders";
import type { InventoryMapping } from "../../../usecases/mapInventory";
import { columnLetter } from "../../../workbook/port";
import { COMMON_TEXT } from "../../text/commonText";
import { INVENTORY_TEXT } from "../../text/inventoryText";
import { useInventoryPanelStyles } from "./useInventoryPanelStyles.styles";

export interface MappingFieldsProps {
  readonly mapping: InventoryMapping;
  readonly language: Language;
  readonly disabled: boolean;
  /** A column letter, or undefined to go back to the recognised column. */
  readonly onCorrect: (input: InventoryInput, column: string | undefined) => void;
}

/**
 * One dropdown per input: the column found (or "not found") and every header
 * of the sheet to pick instead; under it, why that column was taken, or, for
 * an optional criterion without one, that it will not count and the nearest headers.
 */
export function MappingFields({ mapping, language, disabled, onCorrect }: MappingFieldsProps): React.JSX.Element {
  const text = INVENTORY_TEXT[language];
  const names = COMMON_TEXT[language].inputs;
  const styles = useInventoryPanelStyles();
  // Header text is the analyst's cell text: shown printable (no control or bidi character acts on the pane).
  const headers = mapping.headers.map((header, i) => ({ letter: columnLetter(i + 1), header: printable(header) })).filter(({ header }) => header !== "");
  return (
    <div className={styles.mapping}>
      <Caption1>{text.mappingNote(printable(mapping.sheet), mapping.headerRow, mapping.firstRow, mapping.lastRow)}</Caption1>
      {INVENTORY_INPUTS.map((input) => {
        const column = mapping.columns[input];
        const required = REQUIRED_INPUTS.includes(input);
        const found = mapping.recognised[input];
        const absent = mapping.absent.find((a) => a.input === input);
        const hint = found ? text.why(found.how, found.word) : absent ? text.absent(printable(absent.nearest.join(", "))) : undefined;
        return (
          <Field
            key={input}
            label={names[input]}
            required={required}
            orientation="horizontal"
            className={styles.field}
            hint={hint}
            validationState={absent ? "warning" : "none"}
          >
            <Select
              value={column === undefined ? "" : columnLetter(column)}
              disabled={disabled}
              onChange={(_, data) => onCorrect(input, data.value === "" ? undefined : data.value)}
            >
              {column === undefined && <option value="">{text.notFound}</option>}
              {headers.map(({ letter, header }) => (
                <option key={letter} value={letter}>
                  {text.column(letter, header)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
