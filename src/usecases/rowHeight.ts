/**
 * The height (points) a row of wrapped text needs, estimated from each cell's
 * text and column width: Excel does not grow rows to fit wrapped text in a
 * file it did not lay out, and LibreOffice does not either, so the product
 * sets heights on the sheets it writes. Calibri 11 fits about 1.1 average
 * characters per width unit and takes 15 points a line.
 */
export function rowHeight(cells: readonly { readonly text: string; readonly width: number }[]): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, width }) =>
      text.split("\n").reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / (width * 1.1))), 0),
    ),
  );
  return lines * 15 + 3;
}
