import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import type { Block } from "../../../src/workbook/port";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import { copiedFormula } from "../../../harness/excel/fakeFormulas";

/**
 * fillFormulas over office.js: the first row's formulas written, then
 * copied down by Excel (Range.copyFrom with "Formulas"), so each row holds
 * its own formulas with relative rows moved, absolute parts, text and
 * quoted sheet names kept, and the requests do not grow with the rows.
 */

function workbook(maxRequestBytes?: number) {
  const fake = new FakeContext();
  const sheet = fake.addSheet("Posts");
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext, { maxRequestBytes });
  const sync = jest.spyOn(fake, "sync");
  return { fake, port, sync, sheet };
}

const block = (row: number, column: number, rows: number, columns: number): Block => ({ sheet: "Posts", row, column, rows, columns });

/** Formulas of the kind the portable mode writes: mixed references, ranges, a quoted cross-sheet range, text with an en dash and a no-break space. */
const LEVEL = `=IFERROR(INDEX('AssistLevel.forms'!$A$2:$A$90,SUMPRODUCT(($B2:$D2="A1 – x\u00a0B2")*1)+1),"–")`;
const DOUBLE = "=$A2*2";
const TEXT = `=SUBSTITUTE(MID($E2,1,3),"A2","'B3'!C4")&F$1`;

describe("fillFormulas on the fake Excel", () => {
  it("leaves each row of the block its own formulas, and a null column untouched", async () => {
    const { port, sheet, sync } = workbook();
    for (let r = 2; r <= 6; r++) sheet.set(r, 8, `keep ${r}`);
    await port.fillFormulas(block(2, 6, 5, 4), [DOUBLE, LEVEL, null, TEXT]);
    expect(sync).not.toHaveBeenCalled();
    await port.flush();
    expect(sync).toHaveBeenCalledTimes(1);
    expect([2, 3, 6].map((r) => [sheet.get(r, 6), sheet.get(r, 7), sheet.get(r, 8), sheet.get(r, 9)])).toEqual([
      [DOUBLE, LEVEL, "keep 2", TEXT],
      ["=$A3*2", LEVEL.replace("$B2:$D2", "$B3:$D3"), "keep 3", TEXT.replace("$E2", "$E3")],
      ["=$A6*2", LEVEL.replace("$B2:$D2", "$B6:$D6"), "keep 6", TEXT.replace("$E2", "$E6")],
    ]);
    expect(await port.readFormulas(block(5, 6, 1, 2))).toEqual([[{ formula: "=$A5*2" }, { formula: LEVEL.replace("$B2:$D2", "$B5:$D5") }]]);
  });

  it("takes formulas without their '=' and fills a one-row block without copying", async () => {
    const { port, sheet } = workbook();
    await port.fillFormulas(block(4, 2, 1, 1), ["$A4+1"]);
    await port.flush();
    expect([sheet.get(4, 2), sheet.get(5, 2)]).toEqual(["=$A4+1", ""]);
  });

  it("sends the same requests for 200,000 rows as for 10", async () => {
    const requests = async (rows: number) => {
      const { port, fake, sheet } = workbook();
      await port.fillFormulas(block(2, 10, rows, 3), [DOUBLE, null, LEVEL]);
      await port.flush();
      expect(sheet.get(rows + 1, 10)).toBe(`=$A${rows + 1}*2`);
      expect(sheet.get(rows + 1, 12)).toBe(LEVEL.replace("$B2:$D2", `$B${rows + 1}:$D${rows + 1}`));
      return { syncs: fake.counts.syncs, largest: fake.counts.largestRequest, chunks: port.stats.chunks };
    };
    const small = await requests(10);
    const large = await requests(200_000);
    expect(large).toEqual(small);
    expect(large.syncs).toBe(1);
  });

  it("rides with the other writes queued, in call order", async () => {
    const { port, sheet, sync } = workbook();
    await port.write(block(2, 1, 3, 1), [[1], [2], [3]]);
    await port.fillFormulas(block(2, 2, 3, 1), [DOUBLE]);
    await port.write(block(3, 2, 1, 1), [["over"]]);
    expect(await port.readFormulas(block(2, 2, 3, 1))).toEqual([[{ formula: "=$A2*2" }], ["over"], [{ formula: "=$A4*2" }]]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(sheet.get(4, 2)).toBe("=$A4*2");
  });

  it("still fails where a read is not synced", async () => {
    const { port, fake } = workbook();
    await port.fillFormulas(block(2, 2, 3, 1), [DOUBLE]);
    jest.spyOn(fake, "sync").mockResolvedValue(undefined);
    await expect(port.readFormulas(block(2, 2, 3, 1))).rejects.toThrow(/PropertyNotLoaded/);
  });

  it("refuses a formula count that is not the block's column count", async () => {
    const { port } = workbook();
    await expect(port.fillFormulas(block(2, 2, 3, 2), [DOUBLE])).rejects.toThrow(/1 formulas for a block of 2 columns/);
  });
});

describe("the fake's copyFrom (Microsoft's documented behaviour only)", () => {
  it("moves references as the support page's table does for a copy two cells down and two right", () => {
    expect(["=$A$1", "=A$1", "=$A1", "=A1"].map((f) => copiedFormula(f, 2, 2))).toEqual(["=$A$1", "=C$1", "=$A3", "=C3"]);
  });

  it("keeps text, quoted sheet names, function names and names that are no references", () => {
    expect(copiedFormula(`=LOG10(A1)&"A1 – B2"&'B2 x'!A1&Sheet1!B$2&SUM(A1:B2)`, 1, 0)).toBe(`=LOG10(A2)&"A1 – B2"&'B2 x'!A2&Sheet1!B$2&SUM(A2:B3)`);
    expect(copiedFormula("plain A1", 1, 1)).toBe("plain A1");
  });

  it("refuses what it does not model", async () => {
    const { fake, sheet } = workbook();
    sheet.set(1, 1, "=B1");
    const range = fake.workbook.worksheets.getItem("Posts").getRange("A2:A3");
    range.copyFrom("A1", "Values");
    await expect(fake.sync()).rejects.toThrow(/models copyFrom\(source, "Formulas"\) only/);
    fake.workbook.worksheets.getItem("Posts").getRange("A2:B4").copyFrom("A1:B2", "Formulas");
    await expect(fake.sync()).rejects.toThrow(/does not model copying/);
  });
});
