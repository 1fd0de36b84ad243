import type { InventoryInput } from "../../usecases/inventoryHeaders";

/** Words every panel shares: the pane's title, languages, inventory inputs, errors. */
export interface CommonText {
  readonly title: string;
  readonly indicative: string;
  readonly paneLanguage: string;
  readonly inputs: Readonly<Record<InventoryInput, string>>;
  readonly unexpected: (message: string) => string;
  readonly dismiss: string;
  /** Titles of the MessageBars, which also name them for screen readers. */
  readonly errorTitle: string;
  readonly warningTitle: string;
  readonly startupFailed: (reason: string) => string;
}
