import { type Block, type CellLink, address, sheetAddress } from "../port";
import { OPERATION_BYTES, textBytes } from "./chunks";
import type { OfficeRequests } from "./officeRequests";

/**
 * The product's sheets through office.js: adding, clearing and hiding a
 * sheet, its column widths, row heights and frozen panes, and a chart on it.
 */

/** Excel's column width unit is the point; the port's is the character of the default font (7 px + 5 px padding). */
const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

export async function addSheet(office: OfficeRequests, name: string): Promise<boolean> {
  const exists = await office.readOne(() => {
    const sheet = office.context.workbook.worksheets.getItemOrNullObject(name).load("name");
    return () => !sheet.isNullObject;
  });
  if (exists) return false;
  await office.writeOne(() => office.context.workbook.worksheets.add(name));
  return true;
}

/** Values, formats, conditional formats, validation, charts and frozen panes go. */
export async function clearSheet(office: OfficeRequests, name: string): Promise<void> {
  const charts = await office.readOne(() => {
    const collection = office.sheet(name).charts.load("items/name");
    return () => collection.items;
  });
  await office.writeOne(() => {
    for (const chart of charts) chart.delete();
    const sheet = office.sheet(name);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.clear("All");
    sheet.freezePanes.unfreeze();
  });
}

export async function setSheetHidden(office: OfficeRequests, name: string, hidden: boolean): Promise<void> {
  await office.writeOne(() => {
    office.sheet(name).visibility = hidden ? "VeryHidden" : "Visible";
  });
}

export async function setColumnWidths(office: OfficeRequests, sheet: string, firstColumn: number, widths: readonly number[]): Promise<void> {
  await office.writeOne(() => {
    widths.forEach((width, i) => {
      office.range({ sheet, row: 1, column: firstColumn + i, rows: 1, columns: 1 }).getEntireColumn().format.columnWidth = widthInPoints(width);
    });
  }, OPERATION_BYTES * Math.max(1, widths.length));
}

export async function setRowHeights(office: OfficeRequests, sheet: string, firstRow: number, heights: readonly number[]): Promise<void> {
  await office.writeOne(() => {
    heights.forEach((height, i) => {
      office.range({ sheet, row: firstRow + i, column: 1, rows: 1, columns: 1 }).getEntireRow().format.rowHeight = height;
    });
  }, OPERATION_BYTES * Math.max(1, heights.length));
}

export async function freeze(office: OfficeRequests, sheet: string, rows: number, columns: number): Promise<void> {
  await office.writeOne(() => {
    const panes = office.sheet(sheet).freezePanes;
    if (rows === 0 && columns === 0) panes.unfreeze();
    else if (columns === 0) panes.freezeRows(rows);
    else if (rows === 0) panes.freezeColumns(columns);
    else panes.freezeAt(office.range({ sheet, row: 1, column: 1, rows, columns }));
  });
}

export async function addColumnChart(office: OfficeRequests, sheet: string, data: Block, title: string, at: Block): Promise<boolean> {
  await office.writeOne(() => {
    const chart = office.sheet(sheet).charts.add("ColumnClustered", office.range(data), "Auto");
    chart.title.text = title;
    chart.legend.visible = false;
    chart.setPosition(address({ row: at.row, column: at.column }), address({ row: at.row + at.rows - 1, column: at.column + at.columns - 1 }));
  }, OPERATION_BYTES + textBytes(title));
  return true;
}

/**
 * One hyperlink per cell, each to a cell of the workbook: Range.hyperlink with a documentReference
 * (Excel.RangeHyperlink, ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink).
 * No textToDisplay, so the cell keeps the value written there.
 */
export async function linkCells(office: OfficeRequests, sheet: string, links: readonly CellLink[]): Promise<void> {
  await office.queue.write(
    links.map((link) => {
      const documentReference = sheetAddress({ ...link.to, rows: 1, columns: 1 });
      return {
        bytes: OPERATION_BYTES + textBytes(documentReference) + textBytes(link.tip),
        queue: () => {
          office.range({ sheet, row: link.row, column: link.column, rows: 1, columns: 1 }).hyperlink = { documentReference, screenTip: link.tip };
        },
      };
    }),
  );
}
