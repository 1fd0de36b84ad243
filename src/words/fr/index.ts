import type { Words } from "../words.types";
import { ABSENT } from "./absent";
import { AUDIT } from "./audit";
import { BROWSER } from "./browser";
import { CLI } from "./cli";
import { ENGINE } from "./engine";
import { FILES } from "./files";
import { FUNCTION_HELP } from "./functionHelp";
import { LAYOUT } from "./layout";
import { MATRIX_SHEET } from "./matrixSheet";
import { PANE_COMMON } from "./paneCommon";
import { PANE_EVALUATE } from "./paneEvaluate";
import { PANE_FOLLOW } from "./paneFollow";
import { PANE_FORMULAS } from "./paneFormulas";
import { PANE_INVENTORY } from "./paneInventory";
import { PANE_MATRIX } from "./paneMatrix";
import { PANE_RESULTS } from "./paneResults";
import { RESULT_COLUMNS } from "./resultColumns";
import { SHEET_NAMES } from "./sheetNames";
import { STOPS } from "./stops";
import { SUMMARY } from "./summary";
import { VALIDATION } from "./validation";

/** Every word AssistLevel shows in Français. */
export const FR: Words = {
  languageName: "Français",
  absent: ABSENT,
  audit: AUDIT,
  browser: BROWSER,
  cli: CLI,
  engine: ENGINE,
  files: FILES,
  functionHelp: FUNCTION_HELP,
  layout: LAYOUT,
  matrixSheet: MATRIX_SHEET,
  paneCommon: PANE_COMMON,
  paneEvaluate: PANE_EVALUATE,
  paneFollow: PANE_FOLLOW,
  paneFormulas: PANE_FORMULAS,
  paneInventory: PANE_INVENTORY,
  paneMatrix: PANE_MATRIX,
  paneResults: PANE_RESULTS,
  resultColumns: RESULT_COLUMNS,
  sheetNames: SHEET_NAMES,
  stops: STOPS,
  summary: SUMMARY,
  validation: VALIDATION,
};
