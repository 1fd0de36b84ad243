import type { OwnedSheetRole } from "../../usecases/ownership";

export interface SheetNamesWords {
  /** Names of the sheets the product adds, per language (kept on re-runs in another language). */
  readonly names: Readonly<Record<OwnedSheetRole, string>>;
}
