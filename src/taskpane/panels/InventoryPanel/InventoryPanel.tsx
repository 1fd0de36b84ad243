import { Button, Checkbox, Field, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Language } from "../../../domain";
import { INVENTORY_TEXT } from "../../text/inventoryText";
import type { PaneInventory } from "../../usePaneInventory";
import { usePanelStyles } from "../usePanelStyles.styles";
import { MappingFields } from "./MappingFields";
import { NamedColumns } from "./NamedColumns";
import { sourceLabel } from "./sourceLabel";

export interface InventoryPanelProps {
  readonly inventory: PaneInventory;
  readonly language: Language;
}

/** Where the inventory is, which column holds each input, and whether to add dropdowns. */
export function InventoryPanel({ inventory, language }: InventoryPanelProps): React.JSX.Element {
  const text = INVENTORY_TEXT[language];
  const styles = usePanelStyles();
  const { choice, source, choose, refresh, mapping, pending, unrecognised, correct, name, validation, setValidation } = inventory;
  const sources = choice?.sources ?? [];
  const selected = source ? sources.findIndex((s) => JSON.stringify(s) === JSON.stringify(source)) : -1;
  return (
    <div className={styles.panel}>
      <div className={styles.actions}>
        <Field label={text.source} validationMessage={choice && sources.length === 0 ? text.noSources : undefined}>
          <Select value={selected < 0 ? "" : String(selected)} onChange={(_, data) => choose(sources[Number(data.value)])}>
            {sources.map((s, i) => (
              <option key={JSON.stringify(s)} value={String(i)}>
                {sourceLabel(s, text)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={() => void refresh()}>
          {text.refresh}
        </Button>
      </div>
      <Subtitle2 as="h3">{text.mapping}</Subtitle2>
      {pending && !mapping && <Spinner size="tiny" label={text.mappingPending} />}
      {!mapping && unrecognised && <NamedColumns language={language} disabled={pending} onApply={name} />}
      {mapping && <MappingFields mapping={mapping} language={language} disabled={pending} onCorrect={correct} />}
      <Checkbox checked={validation} onChange={(_, data) => setValidation(data.checked === true)} label={text.validation} />
    </div>
  );
}
