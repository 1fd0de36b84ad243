import { type StopMessages, q } from "../sections/stops";

export const STOPS: StopMessages = {
  noSheet: (sheet, sheets) => `The workbook has no sheet ${q(sheet)}; its sheets are: ${sheets}.`,
  emptySheet: (sheet) => `Sheet ${q(sheet)} is empty: there is no inventory to evaluate.`,
  noHeader: (sheet, headers) => `No header row on sheet ${q(sheet)} names the staff, scope and advice columns. Headers found: ${headers}. Name the columns in the pane's Inventory panel, or with the batch tool's --map (e.g. --map staff=Headcount).`,
  missingColumns: (sheet, missing, headers) => `Sheet ${q(sheet)} has no column for ${missing}. Headers found: ${headers}. Name them in the pane's Inventory panel, or with the batch tool's --map (e.g. --map staff=Headcount).`,
  ambiguousColumn: (input, headers) => `Several columns could hold ${input}: ${headers}. Choose one in the pane's Inventory panel, or with the batch tool's --map ${input}=<header>.`,
  unknownMapping: (input, header, headers) => `--map ${input}=${header}: no column has that header or letter. Headers found: ${headers}.`,
  mapSameColumn: (column, first, second) => `Column ${column} was named for both ${first} and ${second}: each input needs a column of its own. Name another column for one of them (in the pane's Inventory panel, or with --map).`,
  mapResultColumn: (input, column) => `Column ${column}, named for ${input}, is not part of the inventory: it lies where AssistLevel writes its result columns. Name a column of the inventory (in the pane's Inventory panel, or with --map).`,
  foreignCells: (sheet, cells) => `Nothing was written: the result columns would cover cells the analyst filled on sheet ${q(sheet)} (${cells}). Move or clear them, or evaluate a copy.`,
  foreignSheet: (sheet) => `Nothing was written: a sheet named ${q(sheet)} already exists and was not made by AssistLevel. Rename it and run again.`,
  changedResults: (sheet, cell, expected, found) => `Nothing was written: on sheet ${q(sheet)} the result column at ${cell} was headed ${q(expected)} by AssistLevel but now holds ${q(found)}. Restore the header or delete the result columns.`,
  editedResults: (sheet, columns) => `Nothing was written: on sheet ${q(sheet)} cells of the result columns ${columns} were changed since AssistLevel wrote them. Copy your changes to a column of your own (or delete the result columns), then run again.`,
  noTable: (table) => `The workbook has no table ${q(table)}. Pick the inventory again.`,
  tableHeaderTaken: (table, header, cell) => `Nothing was written: table ${q(table)} already has a column named ${q(header)} (${cell}). Live formulas add their result columns to the table under their own names, and a table's column names must be unique. Rename that column, or write the results as values.`,
  spillBlocked: (sheet, cell) => `Nothing was written: on sheet ${q(sheet)} the live result formula at ${cell} cannot spill (#SPILL!) because a cell in its result columns was filled. Clear that cell, then run again.`,
  damagedState: (sheet, cell) =>
    `Nothing was written: AssistLevel's record of what it wrote (the very hidden sheet ${q(sheet)}, cell ${cell}) is damaged, so it cannot tell its result columns from yours. Evaluate the original inventory this workbook was made from, or copy only your inventory's columns into a new workbook and evaluate that.`,
  cancelled: () => "Cancelled: nothing of this run was written to the workbook.",
};
