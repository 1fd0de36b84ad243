import type { AbsentText } from "./sections/absent";
import type { AuditWords } from "./sections/audit";
import type { BrowserText } from "./sections/browser";
import type { CliText } from "./sections/cli";
import type { Messages } from "./sections/engine";
import type { FilesWords } from "./sections/files";
import type { FunctionHelpWords } from "./sections/functionHelp";
import type { LayoutMessages } from "./sections/layout";
import type { MatrixSheetText } from "./sections/matrixSheet";
import type { CommonText } from "./sections/paneCommon";
import type { EvaluateText } from "./sections/paneEvaluate";
import type { FollowText } from "./sections/paneFollow";
import type { FormulasText } from "./sections/paneFormulas";
import type { InventoryText } from "./sections/paneInventory";
import type { MatrixText } from "./sections/paneMatrix";
import type { ResultsText } from "./sections/paneResults";
import type { ResultColumnsWords } from "./sections/resultColumns";
import type { SheetNamesWords } from "./sections/sheetNames";
import type { StopMessages } from "./sections/stops";
import type { SummaryText } from "./sections/summary";
import type { ValidationWords } from "./sections/validation";

/**
 * One language's catalogue: every word AssistLevel shows, grouped by where it
 * shows. Each language implements the whole interface, so a missing entry is
 * a compile error; test/words/catalogue.test.ts also compares the three
 * catalogues key by key at run time.
 */
export interface Words {
  /** The language named in itself, as language pickers show it. */
  readonly languageName: string;
  readonly absent: AbsentText;
  readonly audit: AuditWords;
  readonly browser: BrowserText;
  readonly cli: CliText;
  readonly engine: Messages;
  readonly files: FilesWords;
  /** What Excel shows for the =HR.… functions (functions*.json); the build reads it through scripts/localizedMetadata.ts. */
  readonly functionHelp: FunctionHelpWords;
  readonly layout: LayoutMessages;
  readonly matrixSheet: MatrixSheetText;
  readonly paneCommon: CommonText;
  readonly paneEvaluate: EvaluateText;
  readonly paneFollow: FollowText;
  readonly paneFormulas: FormulasText;
  readonly paneInventory: InventoryText;
  readonly paneMatrix: MatrixText;
  readonly paneResults: ResultsText;
  readonly resultColumns: ResultColumnsWords;
  readonly sheetNames: SheetNamesWords;
  readonly stops: StopMessages;
  readonly summary: SummaryText;
  readonly validation: ValidationWords;
}
