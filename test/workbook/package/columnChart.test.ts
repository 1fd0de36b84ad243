import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SaxesParser } from "saxes";
import { LEVEL_COLOURS } from "../../../src/usecases/resultColumns";
import type { Block } from "../../../src/workbook/port";
import { ColumnChartSpec, columnChartParts, reference } from "../../../src/workbook/package/columnChart";
import { convert } from "../../support/libreOffice";

/**
 * The summary's column chart as package parts: well-formed, in schema order
 * (Excel refuses anything else), escaped, and drawn for real by LibreOffice
 * in a workbook openpyxl wrote and reads back.
 */
jest.setTimeout(240_000);

const COLOURS = [1, 2, 3, 4].map((level) => LEVEL_COLOURS[level as 1 | 2 | 3 | 4]);
const POSTS = [3, 12, 7, 1]; // the cells chartWorkbook.py writes in B2:B5
const block = (sheet: string, row: number, column: number, rows: number, columns: number): Block => ({ sheet, row, column, rows, columns });

function spec(sheet: string, extra: Partial<ColumnChartSpec> = {}): ColumnChartSpec {
  return {
    sheet,
    categories: block(sheet, 2, 1, 4, 1),
    values: block(sheet, 2, 2, 4, 1),
    seriesName: block(sheet, 1, 2, 1, 1),
    title: "Posten per klasse",
    at: block(sheet, 2, 4, 15, 5), // 5 columns wide, as the summary places it: one page wide
    cache: { categories: ["A1", "A2", "A3", "A4"], values: POSTS, seriesName: "Posten" },
    pointColours: COLOURS,
    ...extra,
  };
}

interface Element {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: Element[];
  text: string;
}

/** A namespace-aware parse; any well-formedness or unbound-prefix error fails the test. */
function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const stack: Element[] = [{ name: "#document", attributes: {}, children: [], text: "" }];
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: Element = { name: tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => (stack[stack.length - 1].text += text));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  expect(errors).toEqual([]);
  return stack[0].children[0];
}

const all = (root: Element, name: string): Element[] =>
  [root.name === name ? [root] : [], ...root.children.map((child) => all(child, name))].flat();
const one = (root: Element, name: string): Element => {
  const found = all(root, name);
  expect(found).toHaveLength(1);
  return found[0];
};

/**
 * xsd:sequence of each element written, from ECMA-376 Part 1 dml-chart.xsd and
 * dml-spreadsheetDrawing.xsd, stated here apart from the module so a reordering
 * there fails here. A slot lists the names allowed at that position (a choice);
 * `required` names must be present.
 */
const AXES = ["c:valAx", "c:catAx", "c:dateAx", "c:serAx"];
const CHARTS = ["c:areaChart", "c:area3DChart", "c:lineChart", "c:line3DChart", "c:stockChart", "c:radarChart", "c:scatterChart", "c:pieChart", "c:pie3DChart", "c:doughnutChart", "c:barChart", "c:bar3DChart", "c:ofPieChart", "c:surfaceChart", "c:surface3DChart", "c:bubbleChart"];
const AXIS_HEAD = ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", ["c:crosses", "c:crossesAt"]];
type Schema = Record<string, { slots: (string | string[])[]; required: string[] }>;
const CHART_SCHEMA: Schema = {
  "c:chartSpace": { slots: ["c:date1904", "c:lang", "c:roundedCorners", "c:style", "c:clrMapOvr", "c:pivotSource", "c:protection", "c:chart", "c:spPr", "c:txPr", "c:externalData", "c:printSettings", "c:userShapes", "c:extLst"], required: ["c:chart"] },
  "c:chart": { slots: ["c:title", "c:autoTitleDeleted", "c:pivotFmts", "c:view3D", "c:floor", "c:sideWall", "c:backWall", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs", "c:showDLblsOverMax", "c:extLst"], required: ["c:plotArea"] },
  "c:title": { slots: ["c:tx", "c:layout", "c:overlay", "c:spPr", "c:txPr", "c:extLst"], required: [] },
  "c:plotArea": { slots: ["c:layout", CHARTS, AXES, "c:dTable", "c:spPr", "c:extLst"], required: ["c:barChart"] },
  "c:barChart": { slots: ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:serLines", "c:axId", "c:extLst"], required: ["c:barDir", "c:axId"] },
  "c:ser": { slots: ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:pictureOptions", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:shape", "c:extLst"], required: ["c:idx", "c:order"] },
  "c:dPt": { slots: ["c:idx", "c:invertIfNegative", "c:marker", "c:bubble3D", "c:explosion", "c:spPr", "c:pictureOptions", "c:extLst"], required: ["c:idx"] },
  "c:strRef": { slots: ["c:f", "c:strCache", "c:extLst"], required: ["c:f"] },
  "c:numRef": { slots: ["c:f", "c:numCache", "c:extLst"], required: ["c:f"] },
  "c:strCache": { slots: ["c:ptCount", "c:pt", "c:extLst"], required: [] },
  "c:numCache": { slots: ["c:formatCode", "c:ptCount", "c:pt", "c:extLst"], required: [] },
  "c:scaling": { slots: ["c:logBase", "c:orientation", "c:max", "c:min", "c:extLst"], required: [] },
  "c:catAx": { slots: [...AXIS_HEAD, "c:auto", "c:lblAlgn", "c:lblOffset", "c:tickLblSkip", "c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst"], required: ["c:axId", "c:scaling", "c:axPos", "c:crossAx"] },
  "c:valAx": { slots: [...AXIS_HEAD, "c:crossBetween", "c:majorUnit", "c:minorUnit", "c:dispUnits", "c:extLst"], required: ["c:axId", "c:scaling", "c:axPos", "c:crossAx"] },
};
// Apart from the chart's: in a drawing, c:chart is the reference to the chart part.
const DRAWING_SCHEMA: Schema = {
  "xdr:twoCellAnchor": { slots: ["xdr:from", "xdr:to", ["xdr:sp", "xdr:grpSp", "xdr:graphicFrame", "xdr:cxnSp", "xdr:pic", "xdr:contentPart"], "xdr:clientData"], required: ["xdr:from", "xdr:to", "xdr:graphicFrame", "xdr:clientData"] },
  "xdr:from": { slots: ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"], required: ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"] },
  "xdr:to": { slots: ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"], required: ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"] },
  "xdr:graphicFrame": { slots: ["xdr:nvGraphicFramePr", "xdr:xfrm", "a:graphic"], required: ["xdr:nvGraphicFramePr", "xdr:xfrm", "a:graphic"] },
  "xdr:nvGraphicFramePr": { slots: ["xdr:cNvPr", "xdr:cNvGraphicFramePr"], required: ["xdr:cNvPr", "xdr:cNvGraphicFramePr"] },
};

/** Every element with a known sequence, checked: only allowed children, in order, required ones present. */
function orderProblems(root: Element, schema: Schema): string[] {
  const problems: string[] = [];
  const visit = (element: Element) => {
    const rule = schema[element.name];
    if (rule) {
      const slotOf = (name: string) => rule.slots.findIndex((slot) => (Array.isArray(slot) ? slot.includes(name) : slot === name));
      let last = -1;
      for (const child of element.children) {
        const slot = slotOf(child.name);
        if (slot < 0) problems.push(`${child.name} is not allowed in ${element.name}`);
        else if (slot < last) problems.push(`${child.name} comes too late in ${element.name}`);
        last = Math.max(last, slot);
      }
      for (const name of rule.required) if (!element.children.some((c) => c.name === name)) problems.push(`${element.name} lacks ${name}`);
    }
    element.children.forEach(visit);
  };
  visit(root);
  return problems;
}

describe("columnChartParts", () => {
  const parts = columnChartParts(spec("Samenvatting"), { chartTarget: "../charts/chart3.xml" });

  it("writes three well-formed parts whose elements follow the schema order", () => {
    const chart = parse(parts.chartXml);
    const drawing = parse(parts.drawingXml);
    expect(chart.name).toBe("c:chartSpace");
    expect(drawing.name).toBe("xdr:wsDr");
    expect(orderProblems(chart, CHART_SCHEMA)).toEqual([]);
    expect(orderProblems(drawing, DRAWING_SCHEMA)).toEqual([]);
    // The checker itself finds a swap.
    const swapped = parts.chartXml.replace('<c:autoTitleDeleted val="0"/>', "").replace("<c:plotVisOnly", '<c:autoTitleDeleted val="0"/><c:plotVisOnly');
    expect(orderProblems(parse(swapped), CHART_SCHEMA)).toEqual(["c:autoTitleDeleted comes too late in c:chart"]);
    const rels = parse(parts.drawingRels);
    expect(one(rels, "Relationship").attributes).toEqual({
      Id: "rId1",
      Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
      Target: "../charts/chart3.xml",
    });
    expect(one(drawing, "c:chart").attributes["r:id"]).toBe("rId1");
  });

  it("is a clustered column chart with one series, a title and axes that cross each other", () => {
    const chart = parse(parts.chartXml);
    expect(one(chart, "c:barDir").attributes.val).toBe("col");
    expect(one(chart, "c:grouping").attributes.val).toBe("clustered");
    expect(one(chart, "c:autoTitleDeleted").attributes.val).toBe("0");
    expect(one(chart, "c:plotVisOnly").attributes.val).toBe("1");
    expect(one(one(chart, "c:title"), "a:t").text).toBe("Posten per klasse");
    const barAxes = one(chart, "c:barChart").children.filter((c) => c.name === "c:axId").map((c) => c.attributes.val);
    const catAx = one(chart, "c:catAx");
    const valAx = one(chart, "c:valAx");
    const id = (axis: Element, name: string) => axis.children.find((c) => c.name === name)!.attributes.val;
    expect(barAxes).toEqual([id(catAx, "c:axId"), id(valAx, "c:axId")]);
    expect(id(catAx, "c:crossAx")).toBe(id(valAx, "c:axId"));
    expect(id(valAx, "c:crossAx")).toBe(id(catAx, "c:axId"));
    expect(id(catAx, "c:axId")).not.toBe(id(valAx, "c:axId"));
  });

  it("refers to the data with absolute references and caches its values", () => {
    const ser = one(parse(parts.chartXml), "c:ser");
    expect(all(ser, "c:f").map((f) => f.text)).toEqual(["Samenvatting!$B$1", "Samenvatting!$A$2:$A$5", "Samenvatting!$B$2:$B$5"]);
    const cat = one(one(ser, "c:cat"), "c:strCache");
    expect(one(cat, "c:ptCount").attributes.val).toBe("4");
    expect(all(cat, "c:v").map((v) => v.text)).toEqual(["A1", "A2", "A3", "A4"]);
    expect(all(one(ser, "c:numCache"), "c:v").map((v) => Number(v.text))).toEqual(POSTS);
    expect(all(ser, "a:srgbClr").map((c) => c.attributes.val)).toEqual(COLOURS);
    expect(all(ser, "c:dPt").map((p) => one(p, "c:idx").attributes.val)).toEqual(["0", "1", "2", "3"]);
  });

  it("anchors the chart over exactly the `at` block (0-based markers, end at the next cell)", () => {
    const drawing = parse(parts.drawingXml);
    const marker = (name: string) => one(drawing, name).children.map((c) => Number(c.text));
    expect(marker("xdr:from")).toEqual([3, 0, 1, 0]);
    expect(marker("xdr:to")).toEqual([8, 0, 16, 0]);
  });

  it("escapes the title and the sheet name, and quotes the sheet name in references as Excel does", () => {
    const sheet = `Tom's <&> "data"`;
    const title = `Klasse <A1> & 'B' "C"\u0001\uD800`;
    const escaped = columnChartParts(spec(sheet, { title, cache: { categories: ["<A1>", "&", "'", '"'], values: POSTS } }), { chartTarget: "../charts/a&b.xml" });
    const chart = parse(escaped.chartXml);
    expect(one(one(chart, "c:title"), "a:t").text).toBe(`Klasse <A1> & 'B' "C"`);
    expect(all(chart, "c:f").map((f) => f.text)[1]).toBe(`'Tom''s <&> "data"'!$A$2:$A$5`);
    expect(all(one(chart, "c:strCache"), "c:v").map((v) => v.text)).toEqual(["<A1>", "&", "'", '"']);
    expect(one(parse(escaped.drawingXml), "xdr:cNvPr").attributes.descr).toBe(`Klasse <A1> & 'B' "C"`);
    expect(one(parse(escaped.drawingRels), "Relationship").attributes.Target).toBe("../charts/a&b.xml");
  });

  it.each([
    ["Samenvatting", "Samenvatting!$A$2:$A$5"],
    ["My sheet", "'My sheet'!$A$2:$A$5"],
    ["Tom's", "'Tom''s'!$A$2:$A$5"],
    ["Coördinatie", "'Coördinatie'!$A$2:$A$5"],
    ["A1", "'A1'!$A$2:$A$5"],
    ["R2C3", "'R2C3'!$A$2:$A$5"],
    ["TRUE", "'TRUE'!$A$2:$A$5"],
  ])("writes a reference to sheet %s as %s", (sheet, expected) => {
    expect(reference(sheet, block(sheet, 2, 1, 4, 1))).toBe(expected);
  });

  it("leaves out the cache and the point fills when not given, and a non-finite cached value", () => {
    const bare = parse(columnChartParts(spec("S", { cache: undefined, pointColours: undefined }), { chartTarget: "../charts/chart1.xml" }).chartXml);
    expect(all(bare, "c:strCache").concat(all(bare, "c:numCache"), all(bare, "c:dPt"))).toEqual([]);
    const gap = parse(columnChartParts(spec("S", { cache: { categories: ["a", "b", "c", "d"], values: [1, NaN, Infinity, 4] } }), { chartTarget: "x" }).chartXml);
    expect(all(one(gap, "c:numCache"), "c:pt").map((p) => p.attributes.idx)).toEqual(["0", "3"]);
  });

  it.each<[string, Partial<ColumnChartSpec>]>([
    ["values of another length", { values: block("S", 2, 2, 3, 1) }],
    ["two columns of values", { values: block("S", 2, 2, 4, 2) }],
    ["data on another sheet", { categories: block("T", 2, 1, 4, 1) }],
    ["a cache of another length", { cache: { categories: ["A1"], values: [1] } }],
    ["a colour that is not RRGGBB", { pointColours: ["#A6CEE3"] }],
    ["more colours than points", { pointColours: [...COLOURS, "000000"] }],
  ])("refuses %s", (_, extra) => {
    expect(() => columnChartParts(spec("S", extra), { chartTarget: "x" })).toThrow(/chart/);
  });
});

describe("the chart in a real workbook", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-chart-"));
  const script = path.join(__dirname, "chartWorkbook.py");
  const python = (...args: string[]) => execFileSync("/usr/bin/python3", [script, ...args], { encoding: "utf8" });
  // The second sheet's name needs quoting and escaping, and its chart has no cache: LibreOffice must follow the reference.
  const sheets = ["Samenvatting", `Per klasse 'A' & <B>`];
  const titles = ["Posten per klasse", `Klasse "A1" <&> 'A4'`];
  const file = path.join(dir, "summary.xlsx");

  beforeAll(() => {
    const plain = path.join(dir, "plain.xlsx");
    python("make", plain, ...sheets);
    const partDirs = sheets.map((sheet, i) => {
      const partDir = path.join(dir, `parts${i}`);
      fs.mkdirSync(partDir);
      const chartTarget = `../charts/chart${i + 3}.xml`;
      const parts = columnChartParts(spec(sheet, { title: titles[i], cache: i === 0 ? spec(sheet).cache : undefined }), { chartTarget });
      fs.writeFileSync(path.join(partDir, "drawing.xml"), parts.drawingXml);
      fs.writeFileSync(path.join(partDir, "chart.xml"), parts.chartXml);
      fs.writeFileSync(path.join(partDir, "drawing.xml.rels"), parts.drawingRels);
      fs.writeFileSync(path.join(partDir, "chartTarget.txt"), chartTarget);
      return partDir;
    });
    python("inject", plain, file, ...partDirs);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is read back by openpyxl as the column chart written", () => {
    const read = JSON.parse(python("read", file));
    expect(Object.keys(read)).toEqual(sheets);
    sheets.forEach((sheet, i) => {
      expect(read[sheet]).toHaveLength(1);
      const quoted = i === 0 ? sheet : `'Per klasse ''A'' & <B>'`;
      expect(read[sheet][0]).toEqual({
        type: "barChart", barDir: "col", grouping: "clustered", title: titles[i],
        seriesName: `${quoted}!$B$1`, categories: `${quoted}!$A$2:$A$5`, values: `${quoted}!$B$2:$B$5`,
        cachedValues: i === 0 ? POSTS : [], pointColours: COLOURS, from: [3, 1], to: [8, 16],
      });
    });
  });

  it("is drawn by LibreOffice: titled, one coloured column per class, heights in proportion to the posts", () => {
    const pdf = convert(file, "pdf", dir);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    for (const title of titles) expect(text).toContain(title);
    execFileSync("pdftoppm", ["-png", "-r", "80", pdf, path.join(dir, "page")]);
    const pages = fs.readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const boxes = JSON.parse(python("bars", path.join(dir, page), ...COLOURS)) as Record<string, { pixels: number; left: number; right: number; top: number; bottom: number }>;
      const bars = COLOURS.map((colour) => boxes[colour]);
      for (const bar of bars) expect(bar.pixels).toBeGreaterThan(20);
      // Columns: left to right A1…A4, standing on one baseline, as tall as their counts.
      expect(bars.map((b) => b.left)).toEqual([...bars.map((b) => b.left)].sort((a, b) => a - b));
      for (const bar of bars) expect(Math.abs(bar.bottom - bars[0].bottom)).toBeLessThanOrEqual(1);
      const heights = bars.map((b) => b.bottom - b.top + 1);
      heights.forEach((height, i) => expect(height / heights[1]).toBeCloseTo(POSTS[i] / POSTS[1], 1));
    }
  });
});
