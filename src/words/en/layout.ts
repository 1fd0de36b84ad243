import { type LayoutMessages, q } from "../sections/layout";

export const LAYOUT: LayoutMessages = {
  mergedResults: (sheet, areas, block) =>
    `Nothing was written: on sheet ${q(sheet)} merged cells (${areas}) lie where the result columns go (${block}); results written there would show on the wrong rows. Unmerge them (Home › Merge & Center › Unmerge Cells) or move them, then run again.`,
  noRoomForResults: (sheet, lastColumn, width) =>
    `Nothing was written: on sheet ${q(sheet)} the inventory's cells run to column ${lastColumn}, and a sheet ends at column XFD: there is no room for the ${width} result columns after it. Clear or move the cells far to the right, or evaluate a copy with fewer columns.`,
  mergedInputs: (areas, rows) =>
    `Merged cells ${areas}: Excel keeps a merged block's value in its top-left cell only, so these rows were read with blank inputs there: ${rows}. Unmerge and fill each row if those posts share the value.`,
};
